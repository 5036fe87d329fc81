/**
 * Every observation of the latest version of every dataset as one tidy CSV, with plain machine
 * numbers (dot decimal, no thousands separator, empty when null). Used by `npm run data:export`
 * and by the download on "Data och källor": the same loader, the same rows.
 */
import Papa from "papaparse";

import type { Area } from "@/domain/areas";
import type { Indicator } from "@/domain/indicators";

import { citeSource } from "./citation";
import {
  loadAreas,
  loadIndicators,
  loadManifest,
  loadObservations,
  resolveVersion,
} from "./load-dataset";
import type { ReadFile } from "./read-file";

export const TIDY_HEADER = [
  "dataset_id",
  "dataset_version",
  "area_code",
  "area_name",
  "indicator_id",
  "indicator_label",
  "period",
  "value",
  "status",
  "unit",
  "source",
] as const;

/** The export as CSV text (header + one row per observation, "\n" line ends). */
export async function buildTidyExport(read: ReadFile): Promise<string> {
  const manifest = await loadManifest(read);
  const areaNames = new Map<string, string>();
  const indicators = new Map<string, Indicator>();
  for (const entry of manifest.datasets) {
    const meta = resolveVersion(manifest, entry.id);
    if (entry.kind === "areas") {
      for (const a of (await loadAreas(read, meta)).areas)
        areaNames.set(a.code, nameOf(a));
    } else if (entry.kind === "indicators") {
      for (const i of (await loadIndicators(read, meta)).indicators)
        indicators.set(i.id, i);
    }
  }
  const rows: string[][] = [];
  for (const entry of manifest.datasets) {
    if (entry.kind !== "observations") continue;
    const dataset = await loadObservations(
      read,
      resolveVersion(manifest, entry.id),
    );
    const sources = new Map(entry.sources.map((s) => [s.id, s]));
    for (const o of dataset.observations) {
      const indicator = indicators.get(o.indicator);
      const source = sources.get(o.sourceId);
      const suffix = o.breakdown === "" ? "" : `:${o.breakdown}`;
      const breakdownLabel =
        o.breakdown === ""
          ? ""
          : ` (${indicator?.breakdowns[o.breakdown]?.sv ?? o.breakdown})`;
      rows.push([
        entry.id,
        String(dataset.version.version),
        o.area,
        areaNames.get(o.area) ?? "",
        `${o.indicator}${suffix}`,
        `${indicator?.label.sv ?? ""}${breakdownLabel}`,
        o.period,
        o.value === null ? "" : String(o.value),
        o.status,
        indicator?.unit ?? "",
        [source ? citeSource(source) : o.sourceId, o.locator]
          .filter((p) => p !== "")
          .join(" · "),
      ]);
    }
  }
  return (
    Papa.unparse({ fields: [...TIDY_HEADER], data: rows }, { newline: "\n" }) +
    "\n"
  );
}

function nameOf(area: Area): string {
  return area.name;
}
