/** A Kolada KPI's observation rows, read from an extract's by-geo-year and by-geo-gender-year files. */
import { existsSync } from "node:fs";
import { resolve } from "node:path";

import { readCsv, type Row, row } from "./common";
import type { Kpi } from "./kolada-extracts";

/**
 * The number of years Kolada's year T stands for, as the KPI's definition states it: "avser år
 * T-3 till T" (Folkhälsomyndigheten's survey, four years pooled) gives 4; otherwise 1. The CDUST
 * regions' exception ("avser år T") does not apply to Stockholms län.
 */
function pooledYears(description: string): number {
  const match = /avser år T-(\d) till T/.exec(description);
  return match ? Number(match[1]) + 1 : 1;
}

/** How a version of the Kolada datasets reads the extract. */
export interface Reading {
  /** Periods as ranges ("2019-2022") where the definition pools years (version 2 on). */
  readonly pools: boolean;
  /** Every gender row the extract has, even where kpis.csv does not flag the split (version 2 on). */
  readonly everyGenderFile: boolean;
}

export const V1: Reading = { pools: false, everyGenderFile: false };
/** How the extract is read now (version 2 of kolada-psykisk-ohalsa and kolada-befolkning on). */
export const CURRENT: Reading = { pools: true, everyGenderFile: true };

/** The KPI's rows: totals, then women and men where Kolada splits them. */
export function koladaRows(
  dir: string,
  kpi: Kpi,
  kpiId: string,
  id: string,
  reading: Reading,
): Row[] {
  const out: Row[] = [];
  const files: [string, boolean][] = [
    [resolve(dir, "by-geo-year", `${kpiId.toLowerCase()}.csv`), false],
  ];
  const pooled = reading.pools
    ? pooledYears((kpi.description ?? "").trim())
    : 1;
  if (kpi.is_divided_by_gender === "1" || reading.everyGenderFile) {
    files.push([
      resolve(dir, "by-geo-gender-year", `${kpiId.toLowerCase()}.csv`),
      true,
    ]);
  }
  for (const [file, byGender] of files) {
    if (!existsSync(file)) continue;
    for (const r of readCsv(file)) {
      const value = r[kpiId.toLowerCase()] ?? "";
      if (value === "") continue; // Kolada had no value: the row stays absent, i.e. missing
      const year = r.year ?? "";
      const first = String(Number(year) - pooled + 1);
      out.push(
        row({
          area_code: r.geo === "0" ? "00" : (r.geo ?? ""),
          indicator_id: id,
          breakdown: byGender ? (r.gender ?? "") : "",
          period: pooled > 1 ? `${first}-${year}` : year,
          value,
          ...(pooled > 1
            ? {
                note: `Koladas år ${year} avser ${first}–${year} (${String(pooled)} års undersökningar sammanslagna, enligt KPI-definitionen).`,
              }
            : {}),
          source_id: id,
        }),
      );
    }
  }
  return out;
}
