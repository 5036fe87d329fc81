/**
 * Each kommun's allocation of the stimulus funds against its population share of the county
 * (kommun) total: expected = total × population / sum of the populations, and the deviation.
 * Pure: every derived figure comes from domain/metrics/derived.
 */
import type { Area, AreaCode } from "@/domain/areas";
import { COUNTY_CODE } from "@/domain/areas";
import type { Indicator } from "@/domain/indicators";
import {
  deviationFrom,
  expectedByPopulation,
  sumOfValues,
} from "@/domain/metrics/derived";
import type { Observation } from "@/domain/observations";

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

/** The row with the largest deviation in kr, and the largest deviation in per cent. */
function largestDeviation(rows: readonly ExpectedRow[]): {
  largest: ExpectedRow | null;
  maxAbsPercent: number | null;
} {
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
  return { largest, maxAbsPercent };
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
  const { largest, maxAbsPercent } = largestDeviation(rows);
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
