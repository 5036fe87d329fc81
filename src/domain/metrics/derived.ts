/**
 * Derived figures are computed here and nowhere else. Each carries `how`: what was divided by
 * what, with the population year, so the UI can label it "beräknat" and say how.
 */
import type { AreaCode } from "../areas";
import type { Indicator, PerCapitaRule } from "../indicators";
import type { LocalText } from "../local-text";
import type { Observation } from "../observations";

export interface DerivedValue {
  readonly value: number | null;
  /** Which inputs were used; null when the value could not be computed. */
  readonly how: DerivedHow | null;
}

export interface DerivedHow {
  readonly kind: "per-capita" | "share-of-total" | "population-weighted";
  readonly numerator: number;
  readonly denominator: number;
  /** A value computed from kommuner (population-weighted): how many of how many it includes. */
  readonly included?: { readonly count: number; readonly total: number };
  readonly populationPeriod: string | null;
  /** How the source states that population's period, when not as a plain year. */
  readonly populationPeriodLabel?: LocalText | null | undefined;
}

/** value / population; null (never 0 or Infinity) when either is missing or population ≤ 0. */
export function perCapita(
  value: number | null,
  population: number | null,
): number | null {
  if (value === null || population === null || population <= 0) return null;
  return value / population;
}

/** value / total as a percentage; null when either is missing or total is 0. */
export function shareOfTotal(
  value: number | null,
  total: number | null,
): number | null {
  if (value === null || total === null || total === 0) return null;
  return (value / total) * 100;
}

/**
 * The rest of a share: 100 − value (eligible 85,6 % → not eligible 14,4 %); null when missing.
 * Kept to ten decimals so a share given to one decimal stays exact (100 − 85.6 = 14.4).
 */
export function complementOfShare(value: number | null): number | null {
  return value === null ? null : Math.round((100 - value) * 1e10) / 1e10;
}

/** Population per area for the period a per-capita rule names. */
export function populationByArea(
  rule: PerCapitaRule,
  population: readonly Observation[],
): ReadonlyMap<AreaCode, number> {
  const result = new Map<AreaCode, number>();
  for (const o of population) {
    if (
      o.indicator === rule.populationIndicator &&
      o.period === rule.populationPeriod &&
      o.breakdown === "" &&
      o.value !== null
    ) {
      result.set(o.area, o.value);
    }
  }
  return result;
}

/** The per-inhabitant value of one observation under the indicator's rule. */
export function derivePerCapita(
  indicator: Indicator,
  value: number | null,
  population: number | undefined,
): DerivedValue {
  const rule = indicator.perCapita;
  if (!rule || value === null || population === undefined)
    return { value: null, how: null };
  const result = perCapita(value, population);
  if (result === null) return { value: null, how: null };
  return {
    value: result,
    how: {
      kind: "per-capita",
      numerator: value,
      denominator: population,
      populationPeriod: rule.populationPeriod,
      ...(rule.populationPeriodLabel
        ? { populationPeriodLabel: rule.populationPeriodLabel }
        : {}),
    },
  };
}

/**
 * What an area would get if `total` were shared by population: total × population / sum of the
 * populations. Null when any input is missing or the population sum is not positive.
 */
export function expectedByPopulation(
  total: number | null,
  population: number | null,
  populationSum: number | null,
): number | null {
  if (
    total === null ||
    population === null ||
    populationSum === null ||
    populationSum <= 0
  ) {
    return null;
  }
  return (total * population) / populationSum;
}

/** value − reference (e.g. a kommun against the county); null when either is missing. */
export function differenceFrom(
  value: number | null,
  reference: number | null,
): number | null {
  if (value === null || reference === null) return null;
  return value - reference;
}

/** (value − reference) / |reference|, a fraction; null when either is missing or reference is 0. */
export function relativeDifferenceFrom(
  value: number | null,
  reference: number | null,
): number | null {
  if (value === null || reference === null || reference === 0) return null;
  return (value - reference) / Math.abs(reference);
}

/** Sum of the values; null when the list is empty or any value is missing (never a partial sum). */
export function sumOfValues(values: readonly (number | null)[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) {
    if (v === null) return null;
    sum += v;
  }
  return sum;
}

/** actual − expected in the same unit and as a percentage of expected; null when either is missing. */
export function deviationFrom(
  actual: number | null,
  expected: number | null,
): { readonly amount: number; readonly percent: number | null } | null {
  if (actual === null || expected === null) return null;
  return {
    amount: actual - expected,
    percent: expected === 0 ? null : ((actual - expected) / expected) * 100,
  };
}
