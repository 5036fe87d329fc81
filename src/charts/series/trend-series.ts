/**
 * Lines over time for one indicator: every kommun of the county as a context line, the county and
 * (optionally) Sweden, the median of the selected kommuner's kommungrupp (optional, trend-medians),
 * the selected kommuner on top; total or split by women and men. One point per period; a period
 * without a value is null (a gap, never zero). Pure: no React, no pixels. The time axis comes from
 * trend-periods, the split by sex from trend-groups.
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
import type { LocalText } from "@/domain/local-text";
import type { Observation, ObservationStatus } from "@/domain/observations";
import { niceDomainTicks, zeroBasedDomain } from "@/domain/scale";

import { breakdownsOfGroup, type TrendGroup } from "./trend-groups";
import { groupMedianLines, type GroupMedianInput } from "./trend-medians";
import { trendPeriods } from "./trend-periods";

/**
 * "context": a kommun not selected, drawn thin and grey, without name, keyboard stop or tooltip;
 * "group": the median of a kommungrupp in all of Sweden (derived).
 */
type TrendRole = "selected" | "county" | "sweden" | "group" | "context";
/** "derived": a median computed here; "too-few": too few of the group's kommuner have a value. */
type PointStatus = ObservationStatus | "no-row" | "derived" | "too-few";

export interface TrendPoint {
  readonly period: string;
  readonly value: number | null;
  readonly status: PointStatus;
  readonly observation: Observation | null;
  /** A median: how many of the group's kommuner have a value that year, of how many. */
  readonly included?: { readonly count: number; readonly total: number };
}

/** The kommungrupp of a median line and the selected kommuner that belong to it. */
interface TrendMedianGroup {
  readonly code: string;
  readonly name: LocalText;
  readonly members: readonly AreaCode[];
}

export interface TrendLine {
  /** Unique key, also the data key in `rows`: "0127|k". */
  readonly key: string;
  /** The area drawn; null for a kommungrupp median. */
  readonly area: AreaCode | null;
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
  /** A median line's group (role "group"). */
  readonly median?: TrendMedianGroup | null;
}

export interface TrendSeries {
  readonly indicator: Indicator;
  readonly format: FormatTag;
  readonly group: TrendGroup;
  /** Periods on the x axis, oldest first; single years are filled so a year no one has is a gap. */
  readonly periods: readonly string[];
  /** The selected kommuner, the county, Sweden, the medians, then the context (reading order). */
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
  /** Riket (default on) and the kommungrupp medians (off without national values). */
  readonly references?: {
    readonly sweden: boolean;
    readonly groups: GroupMedianInput | null;
  };
}

function lineKey(area: AreaCode, breakdown: string): string {
  return `${area}|${breakdown === "" ? "all" : breakdown}`;
}

/**
 * The areas in reading order: the selected kommuner, the county and Sweden, then every other
 * kommun as context. Women and men apart get no context (52 grey lines would tell nothing).
 */
function drawnAreas(input: TrendInput, referencesShown: boolean) {
  const sweden = input.references?.sweden ?? true;
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
          ...(sweden
            ? [{ code: SWEDEN_CODE, role: "sweden" as const, index: -1 }]
            : []),
        ]
      : []),
    ...context.map((a) => ({
      code: a.code,
      role: "context" as const,
      index: -1,
    })),
  ];
}

/** The lines of the areas drawn, from the indicator's own observations. */
function areaLines(
  input: TrendInput,
  periods: readonly string[],
  referencesShown: boolean,
): TrendLine[] {
  const byKey = new Map<string, Observation>();
  for (const o of input.observations)
    if (o.indicator === input.indicator.id)
      byKey.set(`${o.area}|${o.breakdown}|${o.period}`, o);
  const names = new Map(input.areas.map((a) => [a.code, a.name]));
  return drawnAreas(input, referencesShown).flatMap((area) =>
    breakdownsOfGroup(input.group).map((breakdown): TrendLine => {
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
}

export function buildTrendSeries(input: TrendInput): TrendSeries {
  const { indicator, observations, group } = input;
  const periods = trendPeriods(indicator.id, observations);
  const referencesShown = !isAdditive(indicator.unit);
  const own = areaLines(input, periods, referencesShown);
  const national = input.references?.groups ?? null;
  const medians = national
    ? groupMedianLines(
        national,
        indicator.id,
        periods,
        breakdownsOfGroup(group),
        input.selected,
      )
    : [];
  // Reading order: the selected kommuner, county and Sweden, the medians, then the context.
  const lines = [
    ...own.filter((l) => l.role !== "context"),
    ...medians,
    ...own.filter((l) => l.role === "context"),
  ];
  const rows = periods.map((period, i) => {
    const row: Record<string, string | number | null> = { period };
    for (const line of lines) row[line.key] = line.points[i]?.value ?? null;
    return row;
  });
  // The value axis covers every line drawn: context, references and medians.
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
