/**
 * Lines over time for one indicator: every kommun of the county as a context line, the county and
 * Sweden, the selected kommuner on top; total or split by women and men. One point per period; a
 * period without a value is null (a gap, never zero). Pure: no React, no pixels. The time axis
 * comes from trend-periods, the split by sex from trend-groups.
 */
import {
  COUNTY_CODE,
  SWEDEN_CODE,
  type Area,
  type AreaCode,
} from "@/domain/areas";
import {
  isAdditive,
  type FormatTag,
  type Indicator,
} from "@/domain/indicators";
import type { Observation, ObservationStatus } from "@/domain/observations";
import { niceDomainTicks, zeroBasedDomain } from "@/domain/scale";

import { breakdownsOfGroup, type TrendGroup } from "./trend-groups";
import { trendPeriods } from "./trend-periods";

/** "context": a kommun not selected, drawn thin and grey, without name, keyboard stop or tooltip. */
type TrendRole = "selected" | "county" | "sweden" | "context";
type PointStatus = ObservationStatus | "no-row";

interface TrendPoint {
  readonly period: string;
  readonly value: number | null;
  readonly status: PointStatus;
  readonly observation: Observation | null;
}

export interface TrendLine {
  /** Unique key, also the data key in `rows`: "0127|k". */
  readonly key: string;
  readonly area: AreaCode;
  readonly name: string;
  readonly role: TrendRole;
  /** "" for the whole population, "k" or "m". */
  readonly breakdown: string;
  /** Position among the selected kommuner (0, 1, …); -1 for the others. */
  readonly index: number;
  readonly points: readonly TrendPoint[];
  /** Oldest and newest point with a value. */
  readonly first: TrendPoint | null;
  readonly last: TrendPoint | null;
}

export interface TrendSeries {
  readonly indicator: Indicator;
  readonly format: FormatTag;
  readonly group: TrendGroup;
  /** Periods on the x axis, oldest first; single years are filled so a year no one has is a gap. */
  readonly periods: readonly string[];
  /** The selected kommuner, the county and Sweden, then the context lines (reading order). */
  readonly lines: readonly TrendLine[];
  /** One object per period for the chart: { period, [line.key]: value | null }. */
  readonly rows: readonly Readonly<Record<string, string | number | null>>[];
  /** False when the county and Sweden are totals (counts), so they are not drawn. */
  readonly referencesShown: boolean;
  /** Selected kommuner with at least one value. */
  readonly selectedWithValue: number;
  /** Round value ticks over every line, context included (first and last = the axis). */
  readonly ticks: readonly number[];
}

export interface TrendInput {
  readonly indicator: Indicator;
  readonly observations: readonly Observation[];
  /** Every area (kommuner, county, Sweden) for names. */
  readonly areas: readonly Area[];
  readonly selected: readonly AreaCode[];
  readonly group: TrendGroup;
}

function lineKey(area: AreaCode, breakdown: string): string {
  return `${area}|${breakdown === "" ? "all" : breakdown}`;
}

/**
 * The areas in reading order: the selected kommuner, the county and Sweden, then every other
 * kommun as context. Women and men apart get no context (52 grey lines would tell nothing).
 */
function drawnAreas(input: TrendInput, referencesShown: boolean) {
  const context =
    input.group === "kon"
      ? []
      : input.areas.filter(
          (a) => a.kind === "kommun" && !input.selected.includes(a.code),
        );
  return [
    ...input.selected.map((code, index) => ({
      code,
      role: "selected" as const,
      index,
    })),
    ...(referencesShown
      ? [
          { code: COUNTY_CODE, role: "county" as const, index: -1 },
          { code: SWEDEN_CODE, role: "sweden" as const, index: -1 },
        ]
      : []),
    ...context.map((a) => ({
      code: a.code,
      role: "context" as const,
      index: -1,
    })),
  ];
}

export function buildTrendSeries(input: TrendInput): TrendSeries {
  const { indicator, observations, group } = input;
  const periods = trendPeriods(indicator.id, observations);
  const byKey = new Map<string, Observation>();
  for (const o of observations)
    if (o.indicator === indicator.id)
      byKey.set(`${o.area}|${o.breakdown}|${o.period}`, o);
  const names = new Map(input.areas.map((a) => [a.code, a.name]));
  const referencesShown = !isAdditive(indicator.unit);
  const lines = drawnAreas(input, referencesShown).flatMap((area) =>
    breakdownsOfGroup(group).map((breakdown): TrendLine => {
      const points = periods.map((period): TrendPoint => {
        const o = byKey.get(`${area.code}|${breakdown}|${period}`) ?? null;
        const status = o ? o.status : "no-row";
        return { period, value: o?.value ?? null, status, observation: o };
      });
      const valued = points.filter((p) => p.value !== null);
      return {
        key: lineKey(area.code, breakdown),
        area: area.code,
        name: names.get(area.code) ?? area.code,
        role: area.role,
        breakdown,
        index: area.index,
        points,
        first: valued[0] ?? null,
        last: valued[valued.length - 1] ?? null,
      };
    }),
  );
  const rows = periods.map((period, i) => {
    const row: Record<string, string | number | null> = { period };
    for (const line of lines) row[line.key] = line.points[i]?.value ?? null;
    return row;
  });
  const values = lines.flatMap((l) =>
    l.points.flatMap((p) => (p.value === null ? [] : [p.value])),
  );
  return {
    indicator,
    format: indicator.format,
    group,
    periods,
    lines,
    rows,
    referencesShown,
    selectedWithValue: new Set(
      lines.filter((l) => l.role === "selected" && l.last).map((l) => l.area),
    ).size,
    ticks: niceDomainTicks(zeroBasedDomain(values), 4),
  };
}
