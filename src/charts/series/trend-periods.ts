/**
 * The time axis of a trend: the indicator's periods oldest first, filled in between when they are
 * all single years, quarters or months, so a period without any value is a gap on the axis, never
 * a shorter distance. Pure.
 */
import { comparePeriods, type Observation } from "@/domain/observations";
import { periodBounds, type PeriodKind } from "@/domain/periods";

const STEP: Partial<Record<PeriodKind, number>> = {
  year: 12,
  quarter: 3,
  month: 1,
};

function periodAt(month: number, kind: PeriodKind | undefined): string {
  const year = Math.floor(month / 12);
  const inYear = month % 12;
  if (kind === "month") return `${year}M${String(inYear + 1).padStart(2, "0")}`;
  if (kind === "quarter") return `${year}K${Math.floor(inYear / 3) + 1}`;
  return String(year);
}

/** Every period between the first and the last of one kind; ranges and mixed kinds as they are. */
function withGaps(periods: readonly string[]): string[] {
  const bounds = periods.map(periodBounds);
  const kind = bounds[0]?.kind;
  const step = kind === undefined ? undefined : STEP[kind];
  if (step === undefined || bounds.some((b) => b?.kind !== kind))
    return [...periods];
  const first = bounds[0]?.start ?? 0;
  const last = bounds[bounds.length - 1]?.start ?? first;
  if ((last - first) / step > 2000) return [...periods];
  const all: string[] = [];
  for (let m = first; m <= last; m += step) all.push(periodAt(m, kind));
  return all;
}

/** Distinct periods of the indicator (any area, any breakdown), oldest first, gaps filled. */
export function trendPeriods(
  indicator: string,
  observations: readonly Observation[],
): string[] {
  const set = new Set<string>();
  for (const o of observations)
    if (o.indicator === indicator) set.add(o.period);
  return withGaps([...set].sort(comparePeriods));
}
