/**
 * One axis of the scatter: its format, the county value (the source's, or computed from the
 * kommuner weighted by population where the source has none and the values are per inhabitant),
 * whether every kommun has the same value, and round ticks. Pure.
 */
import { COUNTY_CODE, type AreaCode } from "@/domain/areas";
import { decimalsOf } from "@/domain/format";
import {
  isAdditive,
  type FormatTag,
  type Indicator,
} from "@/domain/indicators";
import { populationWeightedCounty } from "@/domain/metrics/weighted-county";
import { niceDomainTicks, zeroBasedDomain } from "@/domain/scale";

import type { ScatterAxisInput, ScatterValue } from "./scatter-values";

export interface ScatterAxis {
  readonly indicator: Indicator;
  readonly period: string;
  readonly format: FormatTag;
  /** True when the values are derived per inhabitant (labelled "beräknat"). */
  readonly perCapita: boolean;
  /**
   * The county value, when it is comparable with the kommun values: the source's, or computed
   * from the kommuner (`derived.kind` "population-weighted", labelled "beräknat").
   */
  readonly county: ScatterValue | null;
  /** Kommuner with a value on this axis. */
  readonly withValue: number;
  /**
   * Set when every kommun with a value has the same value at the precision shown (e.g. the 2018
   * stimulus funds per inhabitant, all 34,64 kr): the axis then does not tell the kommuner apart.
   */
  readonly uniform: number | null;
  /** Round ticks from zero past every value and the county (0, 1 000, 2 000, …); first/last = domain. */
  readonly ticks: readonly number[];
}

function uniformOf(values: readonly number[], decimals: number): number | null {
  const [first] = values;
  if (first === undefined || values.length < 2) return null;
  const factor = 10 ** decimals;
  const key = Math.round(first * factor);
  return values.every((v) => Math.round(v * factor) === key) ? first : null;
}

/** The source's county value, else the population-weighted one for values per inhabitant. */
function countyOf(
  axis: ScatterAxisInput,
  value: (code: AreaCode) => ScatterValue,
  kommuner: readonly AreaCode[],
  perCapita: boolean,
): ScatterValue | null {
  const own = value(COUNTY_CODE);
  if (!perCapita && isAdditive(axis.indicator.unit)) return null;
  if (own.value !== null) return own;
  const perInhabitant =
    perCapita || axis.indicator.unit === "kr-per-inhabitant";
  if (!perInhabitant || !axis.weights) return null;
  const weighted = populationWeightedCounty({
    kommuner,
    value: (code) => value(code).value,
    population: axis.weights.population,
    populationPeriod: axis.weights.period,
  });
  if (weighted.value === null) return null;
  return {
    value: weighted.value,
    status: "reported",
    low: null,
    high: null,
    derived: weighted.how,
    reason: null,
    observation: null,
  };
}

export function axisOf(
  axis: ScatterAxisInput,
  value: (code: AreaCode) => ScatterValue,
  kommuner: readonly AreaCode[],
): ScatterAxis {
  const rule = axis.population !== null ? axis.indicator.perCapita : null;
  const perCapita = rule !== null;
  const format = rule !== null ? rule.format : axis.indicator.format;
  const values = kommuner.flatMap((code) => {
    const v = value(code).value;
    return v === null ? [] : [v];
  });
  const county = countyOf(axis, value, kommuner, perCapita);
  return {
    indicator: axis.indicator,
    period: axis.period,
    format,
    perCapita,
    county,
    withValue: values.length,
    uniform: uniformOf(values, decimalsOf(format)),
    ticks: niceDomainTicks(
      zeroBasedDomain([
        ...values,
        ...(county?.value != null ? [county.value] : []),
      ]),
      5,
    ),
  };
}
