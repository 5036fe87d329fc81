/**
 * Periods as the app writes them, one canonical text per kind:
 *   year     "2019"
 *   month    "2014M08"   (SCB's form; always two digits)
 *   quarter  "2014K1"    (SCB's Swedish form; "2014Q1" is read as this)
 *   range    "2013-2016" (a pooled or ranged period: Kolada's four-year survey pools)
 * Ordering and bounds work in months, so a month sorts inside its year and a range by its end.
 */
export type PeriodKind = "year" | "month" | "quarter" | "range";

const CANONICAL = /^(\d{4})(?:M(0[1-9]|1[0-2])|K([1-4])|-(\d{4}))?$/;

export interface PeriodBounds {
  readonly kind: PeriodKind;
  /** First month, counted as year × 12 + month − 1. */
  readonly start: number;
  /** Last month, inclusive. */
  readonly end: number;
}

/** The kind and month bounds of a canonical period; null for any other text. */
export function periodBounds(period: string): PeriodBounds | null {
  const match = CANONICAL.exec(period);
  if (!match) return null;
  const [, yearText = "", month, quarter, endYear] = match;
  const year = Number(yearText);
  if (month !== undefined) {
    const m = year * 12 + Number(month) - 1;
    return { kind: "month", start: m, end: m };
  }
  if (quarter !== undefined) {
    const first = year * 12 + (Number(quarter) - 1) * 3;
    return { kind: "quarter", start: first, end: first + 2 };
  }
  if (endYear !== undefined) {
    return { kind: "range", start: year * 12, end: Number(endYear) * 12 + 11 };
  }
  return { kind: "year", start: year * 12, end: year * 12 + 11 };
}

/** The kind of a canonical period ("2014M08" → "month"); null for any other text. */
export function periodKind(period: string): PeriodKind | null {
  return periodBounds(period)?.kind ?? null;
}

/**
 * Sorts periods chronologically by their last month, then their first: "2013-2016" <
 * "2016" (same end, earlier start) < "2017M01" < "2017K1" < "2017". Unknown text sorts first,
 * by text.
 */
export function comparePeriods(a: string, b: string): number {
  const pa = periodBounds(a);
  const pb = periodBounds(b);
  if (!pa || !pb) {
    if (pa) return 1;
    if (pb) return -1;
    return a.localeCompare(b);
  }
  return pa.end - pb.end || pa.start - pb.start || a.localeCompare(b);
}

/** The parts of a canonical period, for formatting (domain/format's formatPeriod). */
export function periodParts(period: string): {
  readonly year: string;
  readonly month: number | null;
  readonly quarter: number | null;
  readonly endYear: string | null;
} | null {
  const match = CANONICAL.exec(period);
  if (!match) return null;
  const [, year = "", month, quarter, endYear] = match;
  return {
    year,
    month: month === undefined ? null : Number(month),
    quarter: quarter === undefined ? null : Number(quarter),
    endYear: endYear ?? null,
  };
}
