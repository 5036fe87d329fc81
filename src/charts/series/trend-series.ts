/**
 * Lines over time for one indicator: the selected kommuner, the county and Sweden, total or split
 * by women and men. One point per period; a period without a value is null (a gap, never zero).
 * Pure: no React, no pixels.
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
import {
  comparePeriods,
  type Observation,
  type ObservationStatus,
} from "@/domain/observations";
import { periodBounds, type PeriodKind } from "@/domain/periods";

/** "" all, "k" women, "m" men, "kon" women and men as separate lines. */
export type TrendGroup = "" | "k" | "m" | "kon";
export const TREND_GROUPS: readonly TrendGroup[] = ["", "k", "m", "kon"];

type TrendRole = "selected" | "county" | "sweden";
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
  /** Position among the selected kommuner (0, 1, …); -1 for county and Sweden. */
  readonly index: number;
  readonly points: readonly TrendPoint[];
  /** Newest and oldest point with a value. */
  readonly first: TrendPoint | null;
  readonly last: TrendPoint | null;
}

export interface TrendSeries {
  readonly indicator: Indicator;
  readonly format: FormatTag;
  readonly group: TrendGroup;
  /** Periods on the x axis, oldest first; single years are filled so a year no one has is a gap. */
  readonly periods: readonly string[];
  readonly lines: readonly TrendLine[];
  /** One object per period for the chart: { period, [line.key]: value | null }. */
  readonly rows: readonly Readonly<Record<string, string | number | null>>[];
  /** False when the county and Sweden are totals (counts), so they are not drawn. */
  readonly referencesShown: boolean;
  /** Selected kommuner with at least one value. */
  readonly selectedWithValue: number;
}

export interface TrendInput {
  readonly indicator: Indicator;
  readonly observations: readonly Observation[];
  /** Every area (kommuner, county, Sweden) for names. */
  readonly areas: readonly Area[];
  readonly selected: readonly AreaCode[];
  readonly group: TrendGroup;
}

/** The sexes a group draws. */
function breakdownsOfGroup(group: TrendGroup): string[] {
  if (group === "kon") return ["k", "m"];
  return [group];
}

/** True when the indicator has both women and men in the observations. */
export function hasSexSplit(
  indicator: Indicator,
  observations: readonly Observation[],
): boolean {
  let k = false;
  let m = false;
  for (const o of observations) {
    if (o.indicator !== indicator.id) continue;
    if (o.breakdown === "k") k = true;
    else if (o.breakdown === "m") m = true;
    if (k && m) return true;
  }
  return false;
}

/** Distinct periods of the indicator (any area, any breakdown), oldest first. */
export function trendPeriods(
  indicator: string,
  observations: readonly Observation[],
): string[] {
  const set = new Set<string>();
  for (const o of observations)
    if (o.indicator === indicator) set.add(o.period);
  const periods = [...set].sort(comparePeriods);
  return withGaps(periods);
}

const STEP: Partial<Record<PeriodKind, number>> = {
  year: 12,
  quarter: 3,
  month: 1,
};

/**
 * Every period between the first and the last when they are all of one kind (years, quarters
 * or months), so a period without any value shows as a gap on the time axis, never as a
 * shorter distance. Ranges and mixed kinds are left as they are.
 */
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

function periodAt(month: number, kind: PeriodKind | undefined): string {
  const year = Math.floor(month / 12);
  const inYear = month % 12;
  if (kind === "month") return `${year}M${String(inYear + 1).padStart(2, "0")}`;
  if (kind === "quarter") return `${year}K${Math.floor(inYear / 3) + 1}`;
  return String(year);
}

function lineKey(area: AreaCode, breakdown: string): string {
  return `${area}|${breakdown === "" ? "all" : breakdown}`;
}

export function buildTrendSeries(input: TrendInput): TrendSeries {
  const { indicator, observations, group } = input;
  const periods = trendPeriods(indicator.id, observations);
  const byKey = new Map<string, Observation>();
  for (const o of observations) {
    if (o.indicator === indicator.id)
      byKey.set(`${o.area}|${o.breakdown}|${o.period}`, o);
  }
  const names = new Map(input.areas.map((a) => [a.code, a.name]));
  const referencesShown = !isAdditive(indicator.unit);
  const areas: { code: AreaCode; role: TrendRole; index: number }[] = [
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
  ];
  const lines: TrendLine[] = [];
  for (const area of areas) {
    for (const breakdown of breakdownsOfGroup(group)) {
      const points = periods.map((period): TrendPoint => {
        const o = byKey.get(`${area.code}|${breakdown}|${period}`) ?? null;
        return {
          period,
          value: o?.value ?? null,
          status: o ? o.status : "no-row",
          observation: o,
        };
      });
      const valued = points.filter((p) => p.value !== null);
      lines.push({
        key: lineKey(area.code, breakdown),
        area: area.code,
        name: names.get(area.code) ?? area.code,
        role: area.role,
        breakdown,
        index: area.index,
        points,
        first: valued[0] ?? null,
        last: valued[valued.length - 1] ?? null,
      });
    }
  }
  const rows = periods.map((period, i) => {
    const row: Record<string, string | number | null> = { period };
    for (const line of lines) row[line.key] = line.points[i]?.value ?? null;
    return row;
  });
  const selectedWithValue = new Set(
    lines.filter((l) => l.role === "selected" && l.last).map((l) => l.area),
  ).size;
  return {
    indicator,
    format: indicator.format,
    group,
    periods,
    lines,
    rows,
    referencesShown,
    selectedWithValue,
  };
}
