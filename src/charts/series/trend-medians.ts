/**
 * The kommungrupp median lines of a trend: for each kommungrupp 2017 that a selected kommun
 * belongs to, one line per breakdown with the median of the group's kommuner in all of Sweden,
 * year by year (derived here from Kolada's national values; labelled "beräknat" wherever shown).
 * A year where fewer than half of the group's kommuner have a value is a gap (the median of a few
 * would be another group), never zero. Pure.
 */
import { groupOfArea, type AreaGrouping } from "@/domain/area-groups";
import type { AreaCode } from "@/domain/areas";
import {
  groupDistribution,
  kommunValues,
  type Distribution,
} from "@/domain/national-reference";
import type { Observation } from "@/domain/observations";

import type { TrendLine, TrendPoint } from "./trend-series";

/** The national values of the indicator (every kommun of Sweden) and SKR's kommungrupper. */
export interface GroupMedianInput {
  readonly observations: readonly Observation[];
  readonly grouping: AreaGrouping;
}

/** A year's median is drawn when at least this share of the group's kommuner have a value. */
const MIN_GROUP_SHARE = 0.5;

/** The groups of the selected kommuner, in selection order, each with its selected members. */
export function selectedGroups(
  grouping: AreaGrouping,
  selected: readonly AreaCode[],
): { code: string; members: AreaCode[] }[] {
  const groups: { code: string; members: AreaCode[] }[] = [];
  for (const code of selected) {
    const group = groupOfArea(grouping, code);
    if (!group) continue;
    const known = groups.find((g) => g.code === group.code);
    if (known) known.members.push(code);
    else groups.push({ code: group.code, members: [code] });
  }
  return groups;
}

/** One year's median point: derived, a gap for too few values, or no value at all. */
function medianPoint(period: string, d: Distribution | null): TrendPoint {
  if (!d) return { period, value: null, status: "no-row", observation: null };
  const included = { count: d.n, total: d.total };
  return d.n >= d.total * MIN_GROUP_SHARE
    ? {
        period,
        value: d.median,
        status: "derived",
        observation: null,
        included,
      }
    : { period, value: null, status: "too-few", observation: null, included };
}

/** The median lines, group by group and breakdown by breakdown, over the chart's periods. */
export function groupMedianLines(
  input: GroupMedianInput,
  indicatorId: string,
  periods: readonly string[],
  breakdowns: readonly string[],
  selected: readonly AreaCode[],
): TrendLine[] {
  const { grouping } = input;
  // The national file holds every area and year: sort it once by year and breakdown.
  const byCell = new Map<string, Observation[]>();
  for (const o of input.observations) {
    if (o.indicator !== indicatorId) continue;
    const key = `${o.period}|${o.breakdown}`;
    const list = byCell.get(key);
    if (list) list.push(o);
    else byCell.set(key, [o]);
  }
  return selectedGroups(grouping, selected).flatMap((group, index) => {
    const info = grouping.groups.find((g) => g.code === group.code);
    return breakdowns.map((breakdown): TrendLine => {
      const points = periods.map((period) => {
        const cell = byCell.get(`${period}|${breakdown}`) ?? [];
        const values = kommunValues(cell, period, breakdown);
        return medianPoint(
          period,
          groupDistribution(values, grouping, group.code),
        );
      });
      const valued = points.filter((p) => p.value !== null);
      return {
        key: `grupp-${group.code}|${breakdown === "" ? "all" : breakdown}`,
        area: null,
        name: group.code,
        role: "group",
        breakdown,
        index,
        points,
        first: valued[0] ?? null,
        last: valued.at(-1) ?? null,
        median: info
          ? { code: info.code, name: info.name, members: group.members }
          : null,
      };
    });
  });
}
