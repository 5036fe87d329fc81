/** The source line under a chart: "Källa: … · Dataversion stimulansmedel-2018 v1". */
import { citeSource } from "@/data/citation";
import type { DatasetMeta } from "@/data/load-dataset";
import type { Translate } from "@/i18n/i18n";

export function sourceLine(
  datasets: readonly DatasetMeta[],
  sourceIds: readonly string[],
  t: Translate,
): string {
  const cited = datasets.flatMap((d) =>
    d.entry.sources.filter((s) => sourceIds.includes(s.id)).map(citeSource),
  );
  const versions = datasets.map((d) => `${d.entry.id} v${d.version.version}`);
  return `${t("chart.source")}: ${[...new Set(cited)].join("; ")} · ${t("chart.version")} ${versions.join(", ")}`;
}
