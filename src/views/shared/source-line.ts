/** The source line under a chart: "Källa: … · Dataversion stimulansmedel-2018 v1". */
import { citeSource } from "@/data/citation";
import type { DatasetMeta } from "@/data/load-dataset";
import type { Translate, UiLocale } from "@/i18n/i18n";

export function sourceLine(
  datasets: readonly DatasetMeta[],
  sourceIds: readonly string[],
  t: Translate,
  locale: UiLocale,
): string {
  const cited = datasets.flatMap((d) =>
    d.entry.sources
      .filter((s) => sourceIds.includes(s.id))
      .map((s) => citeSource(s, locale)),
  );
  const versions = datasets.map((d) => versionLabel(d, t));
  return `${t("chart.source")}: ${[...new Set(cited)].join("; ")} · ${t("chart.version")} ${versions.join(", ")}`;
}

/**
 * The dataset id and version ("befolkning v1"), and when a pinned older version is shown,
 * "befolkning v1 (fastlåst, senaste är v2)" so nobody mistakes it for the current figures.
 */
export function versionLabel(d: DatasetMeta, t: Translate): string {
  const shown = d.version.version;
  const latest = Math.max(...d.entry.versions.map((v) => v.version));
  const label = `${d.entry.id} v${String(shown)}`;
  return shown < latest
    ? `${label} (${t("chart.pinnedNotLatest", { latest: `v${String(latest)}` })})`
    : label;
}
