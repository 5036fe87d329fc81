/**
 * The rows of the plan and of the report (Botkyrka 2020): which kommuner and periods have both,
 * and one kommun's and period's rows by activity, with the report's subtotals per target group.
 * Pure; the indicator ids are domain/indicator-roles'.
 */
import type { AreaCode } from "@/domain/areas";
import { PLAN_REPORT_ROLES } from "@/domain/indicator-roles";
import type { Observation } from "@/domain/observations";

const { planned: PLANNED, reported: REPORTED } = PLAN_REPORT_ROLES;
/** A report row whose breakdown starts with this is a target group's subtotal. */
export const GROUP_PREFIX = "grupp:";

/** Kommuner (and periods) that have both planned and reported use. */
export function planReportPairs(
  observations: readonly Observation[],
): { area: AreaCode; period: string }[] {
  const key = (o: Observation): string => `${o.area}|${o.period}`;
  const planned = new Set(
    observations.filter((o) => o.indicator === PLANNED).map(key),
  );
  const pairs = new Map<string, { area: AreaCode; period: string }>();
  for (const o of observations) {
    if (o.indicator === REPORTED && planned.has(key(o)))
      pairs.set(key(o), { area: o.area, period: o.period });
  }
  return [...pairs.values()];
}

/** One kommun's and period's rows of the two sources, by activity (and the report's subtotals). */
export interface SourceRows {
  readonly planned: ReadonlyMap<string, Observation>;
  readonly reported: ReadonlyMap<string, Observation>;
  /** The report's subtotal per target group. */
  readonly subtotals: ReadonlyMap<string, Observation>;
  /** The plan's own total row. */
  readonly plannedTotal: Observation | null;
}

export function sourceRows(
  observations: readonly Observation[],
  area: AreaCode,
  period: string,
): SourceRows {
  const planned = new Map<string, Observation>();
  const reported = new Map<string, Observation>();
  const subtotals = new Map<string, Observation>();
  let plannedTotal: Observation | null = null;
  for (const o of observations) {
    if (o.area !== area || o.period !== period) continue;
    if (o.indicator === PLANNED) {
      if (o.breakdown === "") plannedTotal = o;
      else planned.set(o.breakdown, o);
    } else if (o.indicator === REPORTED) {
      if (o.breakdown.startsWith(GROUP_PREFIX))
        subtotals.set(o.breakdown.slice(GROUP_PREFIX.length), o);
      else if (o.breakdown !== "") reported.set(o.breakdown, o);
    }
  }
  return { planned, reported, subtotals, plannedTotal };
}
