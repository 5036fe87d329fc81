/**
 * Series of the Finansiering view: the agreements by year and recipient, the joint county effort,
 * each kommun's allocation against its population share, and planned against reported use.
 * Pure: no React, no pixels. Every derived figure comes from domain/metrics/derived.
 */
import type { Area, AreaCode } from "@/domain/areas";
import { COUNTY_CODE } from "@/domain/areas";
import type { Indicator } from "@/domain/indicators";
import type { LocalText } from "@/domain/local-text";
import {
  deviationFrom,
  differenceFrom,
  expectedByPopulation,
  sumOfValues,
} from "@/domain/metrics/derived";
import { comparePeriods, type Observation } from "@/domain/observations";

export const RECIPIENTS = ["region", "kommuner", "lansgemensamt"] as const;
export type Recipient = (typeof RECIPIENTS)[number];

/** Indicator id of each recipient column in the `overenskommelser` dataset. */
export const RECIPIENT_INDICATOR: Record<Recipient, string> = {
  region: "fordelning-region",
  kommuner: "fordelning-kommuner",
  lansgemensamt: "fordelning-lansgemensamt",
};
export const STATED_TOTAL_INDICATOR = "overenskommelse-ram";
export const JOINT_EFFORT_INDICATOR = "lansgemensam-satsning";

/**
 * A row's recipient was inferred by the transcriber: its locator says "(tolkad)" or its note says
 * the column was interpreted ("tolkade i kolumnordning", "Kolumnen framgår inte").
 */
export function isInferred(o: Observation): boolean {
  return /\(tolkad\)|tolkade i kolumnordning|kolumnen framgår inte/i.test(
    `${o.locator} ${o.note}`,
  );
}

interface AgreementRow {
  readonly breakdown: string;
  readonly label: LocalText;
  readonly recipient: Recipient;
  readonly value: number;
  readonly inferred: boolean;
  readonly observation: Observation;
}

export interface AgreementYear {
  readonly period: string;
  readonly rows: readonly AgreementRow[];
  /** Sum of the rows per recipient (beräknat); null when the year has no row for it. */
  readonly byRecipient: Readonly<Record<Recipient, number | null>>;
  /** Sum of all rows (beräknat). */
  readonly rowSum: number | null;
  /** The total the source's text states, in mnkr as printed, or null. */
  readonly stated: number | null;
  readonly statedObservation: Observation | null;
  /** rowSum − stated total in kr (beräknat); 0 when they agree exactly. */
  readonly statedDifference: number | null;
  /** True when any row's recipient is inferred (2023). */
  readonly inferred: boolean;
}

export interface AgreementSeries {
  readonly years: readonly AgreementYear[];
  readonly joint: readonly Observation[];
}

const MNKR = 1e6;

/** Agreements per year, oldest first, with sums per recipient and the stated totals. */
export function buildAgreementSeries(
  observations: readonly Observation[],
  indicators: readonly Indicator[],
): AgreementSeries {
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const rows = new Map<string, AgreementRow[]>();
  const stated = new Map<string, Observation>();
  for (const o of observations) {
    if (o.area !== COUNTY_CODE) continue;
    if (o.indicator === STATED_TOTAL_INDICATOR && o.breakdown === "") {
      stated.set(o.period, o);
      continue;
    }
    const recipient = RECIPIENTS.find(
      (r) => RECIPIENT_INDICATOR[r] === o.indicator,
    );
    if (!recipient || o.value === null) continue;
    const label = byId.get(o.indicator)?.breakdowns[o.breakdown] ?? {
      sv: o.breakdown,
      en: o.breakdown,
    };
    const list = rows.get(o.period) ?? [];
    list.push({
      breakdown: o.breakdown,
      label: { sv: label.sv, en: label.en },
      recipient,
      value: o.value,
      inferred: isInferred(o),
      observation: o,
    });
    rows.set(o.period, list);
  }
  const periods = [...new Set([...rows.keys(), ...stated.keys()])].sort(
    comparePeriods,
  );
  const years = periods.map((period): AgreementYear => {
    const list = rows.get(period) ?? [];
    const sumFor = (r: Recipient): number | null => {
      const values = list.filter((x) => x.recipient === r).map((x) => x.value);
      return values.length === 0 ? null : sumOfValues(values);
    };
    const rowSum = sumOfValues(list.map((x) => x.value));
    const statedObservation = stated.get(period) ?? null;
    const statedValue = statedObservation?.value ?? null;
    return {
      period,
      rows: list,
      byRecipient: {
        region: sumFor("region"),
        kommuner: sumFor("kommuner"),
        lansgemensamt: sumFor("lansgemensamt"),
      },
      rowSum,
      stated: statedValue,
      statedObservation,
      statedDifference: differenceFrom(
        rowSum,
        statedValue === null ? null : statedValue * MNKR,
      ),
      inferred: list.some((x) => x.inferred),
    };
  });
  const joint = observations
    .filter(
      (o) =>
        o.area === COUNTY_CODE &&
        o.indicator === JOINT_EFFORT_INDICATOR &&
        o.breakdown === "",
    )
    .sort((a, b) => comparePeriods(a.period, b.period));
  return { years, joint };
}

interface ExpectedRow {
  readonly code: AreaCode;
  readonly name: string;
  readonly actual: number | null;
  readonly population: number | null;
  /** total × population / sum of the populations (beräknat). */
  readonly expected: number | null;
  /** actual − expected in kr, and in per cent of expected (beräknat). */
  readonly deviation: {
    readonly amount: number;
    readonly percent: number | null;
  } | null;
  readonly observation: Observation | null;
}

export interface ExpectedSeries {
  readonly period: string;
  readonly total: number | null;
  readonly totalObservation: Observation | null;
  readonly populationSum: number | null;
  readonly populationPeriod: string;
  /** Largest first. */
  readonly rows: readonly ExpectedRow[];
  readonly maxAbsPercent: number | null;
  readonly maxAbsAmount: number | null;
  readonly largest: ExpectedRow | null;
}

export interface ExpectedInput {
  readonly indicator: Indicator;
  readonly observations: readonly Observation[];
  readonly kommuner: readonly Area[];
  readonly period: string;
  /** Population per area in the indicator's per-capita period. */
  readonly population: ReadonlyMap<AreaCode, number>;
}

/** Each kommun's allocation against its population share of the county (kommun) total. */
export function buildExpectedSeries(input: ExpectedInput): ExpectedSeries {
  const { indicator, period } = input;
  const byArea = new Map<AreaCode, Observation>();
  for (const o of input.observations) {
    if (
      o.indicator === indicator.id &&
      o.period === period &&
      o.breakdown === ""
    )
      byArea.set(o.area, o);
  }
  const totalObservation = byArea.get(COUNTY_CODE) ?? null;
  const total = totalObservation?.value ?? null;
  const populationSum = sumOfValues(
    input.kommuner.map((k) => input.population.get(k.code) ?? null),
  );
  const rows = input.kommuner.map((k): ExpectedRow => {
    const o = byArea.get(k.code) ?? null;
    const population = input.population.get(k.code) ?? null;
    const actual = o?.value ?? null;
    const expected = expectedByPopulation(total, population, populationSum);
    return {
      code: k.code,
      name: k.name,
      actual,
      population,
      expected,
      deviation: deviationFrom(actual, expected),
      observation: o,
    };
  });
  rows.sort(
    (a, b) =>
      (b.actual ?? -Infinity) - (a.actual ?? -Infinity) ||
      a.name.localeCompare(b.name, "sv"),
  );
  let largest: ExpectedRow | null = null;
  let maxAbsPercent: number | null = null;
  for (const r of rows) {
    if (!r.deviation) continue;
    if (
      !largest?.deviation ||
      Math.abs(r.deviation.amount) > Math.abs(largest.deviation.amount)
    )
      largest = r;
    if (r.deviation.percent !== null)
      maxAbsPercent = Math.max(
        maxAbsPercent ?? 0,
        Math.abs(r.deviation.percent),
      );
  }
  return {
    period,
    total,
    totalObservation,
    populationSum,
    populationPeriod: indicator.perCapita?.populationPeriod ?? "",
    rows,
    maxAbsPercent,
    maxAbsAmount: largest?.deviation
      ? Math.abs(largest.deviation.amount)
      : null,
    largest,
  };
}

export const PLANNED_INDICATOR = "stimulans-planerat";
export const REPORTED_INDICATOR = "stimulans-redovisat";
const GROUP_PREFIX = "grupp:";

export interface PlanActivity {
  readonly key: string;
  readonly label: LocalText;
  readonly planned: Observation | null;
  readonly reported: Observation | null;
  /** reported − planned (beräknat); null when the activity is in only one of the sources. */
  readonly difference: number | null;
  readonly only: "planned" | "reported" | null;
}

export interface PlanGroup {
  readonly group: string;
  readonly label: LocalText;
  readonly activities: readonly PlanActivity[];
  /** The source's subtotal for the group in the report, if any. */
  readonly reportedSubtotal: Observation | null;
  /** Sum of the group's planned activities (beräknat; the plan has no group subtotals). */
  readonly plannedSum: number | null;
}

export interface PlanReportSeries {
  readonly area: AreaCode;
  readonly period: string;
  readonly groups: readonly PlanGroup[];
  /** The plan's own total row ("Fördelade medel"). */
  readonly plannedTotal: Observation | null;
  /** Sum of the report's group subtotals (beräknat; the report has no total). */
  readonly reportedTotal: number | null;
  readonly reportedSubtotalCount: number;
  /** reportedTotal − plannedTotal (beräknat). */
  readonly difference: number | null;
}

/** Kommuner (and periods) that have both planned and reported use. */
export function planReportPairs(
  observations: readonly Observation[],
): { area: AreaCode; period: string }[] {
  const key = (o: Observation): string => `${o.area}|${o.period}`;
  const planned = new Set(
    observations.filter((o) => o.indicator === PLANNED_INDICATOR).map(key),
  );
  const pairs = new Map<string, { area: AreaCode; period: string }>();
  for (const o of observations) {
    if (o.indicator === REPORTED_INDICATOR && planned.has(key(o)))
      pairs.set(key(o), { area: o.area, period: o.period });
  }
  return [...pairs.values()];
}

/** Planned against reported use for one kommun and period, by target group and activity. */
export function buildPlanReportSeries(
  observations: readonly Observation[],
  indicators: readonly Indicator[],
  area: AreaCode,
  period: string,
): PlanReportSeries {
  const plannedInd = indicators.find((i) => i.id === PLANNED_INDICATOR);
  const reportedInd = indicators.find((i) => i.id === REPORTED_INDICATOR);
  const mine = observations.filter(
    (o) => o.area === area && o.period === period,
  );
  const planned = new Map<string, Observation>();
  const reported = new Map<string, Observation>();
  const subtotals = new Map<string, Observation>();
  let plannedTotal: Observation | null = null;
  for (const o of mine) {
    if (o.indicator === PLANNED_INDICATOR) {
      if (o.breakdown === "") plannedTotal = o;
      else planned.set(o.breakdown, o);
    } else if (o.indicator === REPORTED_INDICATOR) {
      if (o.breakdown.startsWith(GROUP_PREFIX))
        subtotals.set(o.breakdown.slice(GROUP_PREFIX.length), o);
      else if (o.breakdown !== "") reported.set(o.breakdown, o);
    }
  }
  const labelOf = (key: string) =>
    reportedInd?.breakdowns[key] ?? plannedInd?.breakdowns[key] ?? null;
  // Activities in the report's order, then the plan-only ones.
  const keys = [
    ...reported.keys(),
    ...[...planned.keys()].filter((k) => !reported.has(k)),
  ];
  const groups = new Map<string, PlanActivity[]>();
  const groupOrder: string[] = [...subtotals.keys()];
  for (const key of keys) {
    const label = labelOf(key);
    const group = label?.group ?? "";
    if (!groupOrder.includes(group)) groupOrder.push(group);
    const p = planned.get(key) ?? null;
    const r = reported.get(key) ?? null;
    const list = groups.get(group) ?? [];
    list.push({
      key,
      label: label ? { sv: label.sv, en: label.en } : { sv: key, en: key },
      planned: p,
      reported: r,
      difference: differenceFrom(r?.value ?? null, p?.value ?? null),
      only: p && !r ? "planned" : r && !p ? "reported" : null,
    });
    groups.set(group, list);
  }
  const result = groupOrder.map((group): PlanGroup => {
    const activities = groups.get(group) ?? [];
    const plannedValues = activities
      .filter((a) => a.planned)
      .map((a) => a.planned?.value ?? null);
    const label = reportedInd?.breakdowns[`${GROUP_PREFIX}${group}`];
    return {
      group,
      label: label ? { sv: label.sv, en: label.en } : { sv: group, en: group },
      activities,
      reportedSubtotal: subtotals.get(group) ?? null,
      plannedSum:
        plannedValues.length === 0 ? null : sumOfValues(plannedValues),
    };
  });
  const subtotalValues = [...subtotals.values()].map((o) => o.value);
  const reportedTotal =
    subtotalValues.length === 0 ? null : sumOfValues(subtotalValues);
  return {
    area,
    period,
    groups: result,
    plannedTotal,
    reportedTotal,
    reportedSubtotalCount: subtotalValues.length,
    difference: differenceFrom(reportedTotal, plannedTotal?.value ?? null),
  };
}
