/**
 * Observations are tidy rows: one area, one indicator, one breakdown, one period. Missing is a
 * status with a reason, never zero and never a dropped row.
 */
import type { AreaCode } from "./areas";
import { comparePeriods } from "./periods";

export { comparePeriods };

export const OBSERVATION_STATUSES = [
  "reported",
  "estimated",
  "range-only",
  "missing",
  "suppressed",
] as const;
export type ObservationStatus = (typeof OBSERVATION_STATUSES)[number];

/** Statuses that carry a number in `value`. */
export const STATUSES_WITH_VALUE: readonly ObservationStatus[] = [
  "reported",
  "estimated",
];

export interface Observation {
  readonly area: AreaCode;
  readonly indicator: string;
  /** "" = the whole population; otherwise e.g. "k"/"m" or an agreement section. */
  readonly breakdown: string;
  /** "2017", "2014M08", "2014K1" or a span "2013-2016" (see periods.ts). */
  readonly period: string;
  readonly value: number | null;
  readonly status: ObservationStatus;
  /** For range-only values: the span the source gives. */
  readonly low: number | null;
  readonly high: number | null;
  readonly note: string;
  readonly sourceId: string;
  /** Table, figure or section in the source (plus the seed file and line). */
  readonly locator: string;
  /**
   * The statistical symbol an imported file had instead of a number (`..`, `-`, …), kept so
   * tables, tooltips and exports show what the file said. Published datasets have none.
   */
  readonly symbol?: string | null;
}

/** Key that identifies one observation within a dataset. */
export function observationKey(
  o: Pick<Observation, "area" | "indicator" | "breakdown" | "period">,
): string {
  return `${o.area}|${o.indicator}|${o.breakdown}|${o.period}`;
}

/** Periods with at least one observation of the indicator and breakdown, newest first. */
export function periodsOf(
  observations: readonly Observation[],
  indicator: string,
  breakdown = "",
): string[] {
  const periods = new Set<string>();
  for (const o of observations) {
    if (o.indicator === indicator && o.breakdown === breakdown)
      periods.add(o.period);
  }
  return [...periods].sort((a, b) => comparePeriods(b, a));
}

/** Breakdown keys other than "" that the indicator has, in first-seen order. */
export function breakdownsOf(
  observations: readonly Observation[],
  indicator: string,
): string[] {
  const keys = new Set<string>();
  for (const o of observations) {
    if (o.indicator === indicator && o.breakdown !== "") keys.add(o.breakdown);
  }
  return [...keys];
}

/** The observation for an area in the newest period that has a value (or the given period). */
export function latestObservation(
  observations: readonly Observation[],
  indicator: string,
  area: string,
  options: { readonly breakdown?: string; readonly period?: string } = {},
): Observation | null {
  const breakdown = options.breakdown ?? "";
  let best: Observation | null = null;
  for (const o of observations) {
    if (
      o.indicator !== indicator ||
      o.area !== area ||
      o.breakdown !== breakdown
    )
      continue;
    if (options.period !== undefined && o.period !== options.period) continue;
    if (o.value === null) continue;
    if (!best || comparePeriods(o.period, best.period) > 0) best = o;
  }
  return best;
}

/** A dataset's observations grouped by indicator id, in file order within each group. */
export type ObservationIndex = ReadonlyMap<string, readonly Observation[]>;

/** Groups observations by indicator: built once per dataset load, read by every view. */
export function indexByIndicator(
  observations: readonly Observation[],
): ObservationIndex {
  const index = new Map<string, Observation[]>();
  for (const o of observations) {
    const group = index.get(o.indicator);
    if (group) group.push(o);
    else index.set(o.indicator, [o]);
  }
  return index;
}

/** The observations of one indicator in an indexed dataset (none when it has none). */
export function observationsOf(
  dataset: { readonly byIndicator: ObservationIndex },
  indicatorId: string,
): readonly Observation[] {
  return dataset.byIndicator.get(indicatorId) ?? [];
}
