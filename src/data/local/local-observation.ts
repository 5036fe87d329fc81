/** One imported row as the app's observation: its breakdown, its note and where it came from. */
import type { AreaCode } from "@/domain/areas";
import type { Observation } from "@/domain/observations";
import { localDataSwedish as swedish } from "@/i18n/import/local-data-text";

import type { ImportedObservation } from "../import/report-types";

const GENDER_BREAKDOWN: Record<string, string> = { K: "k", M: "m" };

/** The app's breakdown for an imported row: Kolada's K/M → "k"/"m", everything else the total. */
export function breakdownOf(o: ImportedObservation): string {
  if (o.gender === null) return "";
  return GENDER_BREAKDOWN[o.gender.toUpperCase()] ?? "";
}

/** The note that keeps a file's statistical symbol visible where the value would be. */
export function symbolNote(symbol: string): string {
  return swedish({ key: "symbolNote", params: { symbol } });
}

/** An imported row of `file` as an observation of `indicator` ("egen-…:slug"). */
export function localObservation(
  o: ImportedObservation,
  indicator: string,
  file: string,
): Observation {
  return {
    area: o.area as AreaCode,
    indicator,
    breakdown: breakdownOf(o),
    period: o.period,
    value: o.value,
    status: o.status,
    low: null,
    high: null,
    note: o.symbol !== null ? symbolNote(o.symbol) : "",
    sourceId: "egen",
    locator:
      o.line > 0
        ? swedish({ key: "locator", params: { file, line: o.line } })
        : file,
    symbol: o.symbol,
  };
}
