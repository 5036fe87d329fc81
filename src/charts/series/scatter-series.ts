/**
 * Need against resources: one point per kommun that has both values (never a guessed or zero
 * value), the county values as references, and every kommun without a point listed with which
 * value is missing and why. Pure: no React, no pixels. Per-inhabitant resources come from
 * domain/metrics/derived.
 */
import type { Area, AreaCode } from "@/domain/areas";
import { COUNTY_CODE } from "@/domain/areas";
import type { FormatTag, Indicator } from "@/domain/indicators";
import { isAdditive } from "@/domain/indicators";
import type { LocalText } from "@/domain/local-text";
import { derivePerCapita, type DerivedHow } from "@/domain/metrics/derived";
import type { Observation } from "@/domain/observations";
import { decimalsOf } from "@/domain/format";

import type { RowStatus } from "./ranking-series";

/** One of the two values of a kommun (or the county), with why it is missing. */
export interface ScatterValue {
  readonly value: number | null;
  readonly status: RowStatus;
  readonly low: number | null;
  readonly high: number | null;
  readonly derived: DerivedHow | null;
  /** Why there is no value; null when there is one. */
  readonly reason: LocalText | null;
  readonly observation: Observation | null;
}

type PairStatus = "both" | "need-missing" | "resource-missing" | "none";

export interface ScatterRow {
  readonly code: AreaCode;
  readonly name: string;
  readonly need: ScatterValue;
  readonly resource: ScatterValue;
  readonly pair: PairStatus;
  readonly highlighted: boolean;
}

export interface ScatterPoint {
  readonly code: AreaCode;
  readonly name: string;
  /** Resources (x). */
  readonly x: number;
  /** Need (y). */
  readonly y: number;
  readonly highlighted: boolean;
}

export interface ScatterAxis {
  readonly indicator: Indicator;
  readonly period: string;
  readonly format: FormatTag;
  /** True when the values are derived per inhabitant (labelled "beräknat"). */
  readonly perCapita: boolean;
  /** The county value, when the source has one that is comparable with the kommun values. */
  readonly county: ScatterValue | null;
  /** Kommuner with a value on this axis. */
  readonly withValue: number;
  /**
   * Set when every kommun with a value has the same value at the precision shown (e.g. the 2018
   * stimulus funds per inhabitant, all 34,64 kr): the axis then does not tell the kommuner apart.
   */
  readonly uniform: number | null;
}

export interface ScatterSeries {
  readonly need: ScatterAxis;
  readonly resource: ScatterAxis;
  /** Every kommun, in the order given (alphabetical from the areas dataset). */
  readonly rows: readonly ScatterRow[];
  /** Kommuner with both values, as points. */
  readonly points: readonly ScatterPoint[];
  readonly coverage: { readonly withValue: number; readonly total: number };
  /** True when the need source names only a few kommuner (fewer than half). */
  readonly fewValues: boolean;
}

interface ScatterAxisInput {
  readonly indicator: Indicator;
  readonly observations: readonly Observation[];
  readonly period: string;
  /** Population per area for the indicator's per-capita rule; null = use values as they are. */
  readonly population: ReadonlyMap<AreaCode, number> | null;
  /** Why a kommun without a row has no value (the dataset's missingReason). */
  readonly missingReason: LocalText;
}

export interface ScatterInput {
  readonly need: ScatterAxisInput;
  readonly resource: ScatterAxisInput;
  readonly kommuner: readonly Area[];
  readonly selected: readonly AreaCode[];
}

const NO_POPULATION: LocalText = {
  sv: "Folkmängd saknas, så värdet per invånare kan inte beräknas.",
  en: "No population figure, so the value per inhabitant cannot be computed.",
};

function valuesOf(axis: ScatterAxisInput): (code: AreaCode) => ScatterValue {
  const byArea = new Map<AreaCode, Observation>();
  for (const o of axis.observations) {
    if (
      o.indicator === axis.indicator.id &&
      o.period === axis.period &&
      o.breakdown === ""
    )
      byArea.set(o.area, o);
  }
  const population = axis.indicator.perCapita !== null ? axis.population : null;
  return (code) => {
    const o = byArea.get(code) ?? null;
    if (!o)
      return {
        value: null,
        status: "no-row",
        low: null,
        high: null,
        derived: null,
        reason: axis.missingReason,
        observation: null,
      };
    const noteReason: LocalText | null =
      o.note !== "" ? { sv: o.note, en: o.note } : null;
    if (o.value === null)
      return {
        value: null,
        status: o.status,
        low: population === null ? o.low : null,
        high: population === null ? o.high : null,
        derived: null,
        reason: noteReason ?? axis.missingReason,
        observation: o,
      };
    if (population === null)
      return {
        value: o.value,
        status: o.status,
        low: o.low,
        high: o.high,
        derived: null,
        reason: null,
        observation: o,
      };
    const result = derivePerCapita(
      axis.indicator,
      o.value,
      population.get(code),
    );
    return {
      value: result.value,
      status: result.value === null ? "missing" : o.status,
      low: null,
      high: null,
      derived: result.how,
      reason: result.value === null ? NO_POPULATION : null,
      observation: o,
    };
  };
}

function uniformOf(values: readonly number[], decimals: number): number | null {
  const [first] = values;
  if (first === undefined || values.length < 2) return null;
  const factor = 10 ** decimals;
  const key = Math.round(first * factor);
  return values.every((v) => Math.round(v * factor) === key) ? first : null;
}

function axisOf(
  axis: ScatterAxisInput,
  value: (code: AreaCode) => ScatterValue,
  values: readonly number[],
): ScatterAxis {
  const rule = axis.population !== null ? axis.indicator.perCapita : null;
  const perCapita = rule !== null;
  const county = value(COUNTY_CODE);
  const comparable = perCapita || !isAdditive(axis.indicator.unit);
  const format = rule !== null ? rule.format : axis.indicator.format;
  return {
    indicator: axis.indicator,
    period: axis.period,
    format,
    perCapita,
    county: comparable && county.value !== null ? county : null,
    withValue: values.length,
    uniform: uniformOf(values, decimalsOf(format)),
  };
}

function pairOf(need: ScatterValue, resource: ScatterValue): PairStatus {
  if (need.value !== null && resource.value !== null) return "both";
  if (need.value === null && resource.value === null) return "none";
  return need.value === null ? "need-missing" : "resource-missing";
}

/** Builds the scatter series. */
export function buildScatterSeries(input: ScatterInput): ScatterSeries {
  const need = valuesOf(input.need);
  const resource = valuesOf(input.resource);
  const rows: ScatterRow[] = input.kommuner.map((area) => {
    const n = need(area.code);
    const r = resource(area.code);
    return {
      code: area.code,
      name: area.name,
      need: n,
      resource: r,
      pair: pairOf(n, r),
      highlighted: input.selected.includes(area.code),
    };
  });
  const points: ScatterPoint[] = rows.flatMap((r) =>
    r.need.value !== null && r.resource.value !== null
      ? [
          {
            code: r.code,
            name: r.name,
            x: r.resource.value,
            y: r.need.value,
            highlighted: r.highlighted,
          },
        ]
      : [],
  );
  const needValues = rows.flatMap((r) =>
    r.need.value === null ? [] : [r.need.value],
  );
  const resourceValues = rows.flatMap((r) =>
    r.resource.value === null ? [] : [r.resource.value],
  );
  const needCount = needValues.length;
  return {
    need: axisOf(input.need, need, needValues),
    resource: axisOf(input.resource, resource, resourceValues),
    rows,
    points,
    coverage: { withValue: points.length, total: rows.length },
    fewValues: needCount > 0 && needCount < rows.length / 2,
  };
}

/**
 * Where a value sits against the county value, compared at the precision shown (`decimals`), so
 * two values that read the same ("34,64 kr") are never called above or below each other.
 */
export function sideOf(
  value: number,
  county: number,
  decimals: number,
): "above" | "below" | "same" {
  const factor = 10 ** decimals;
  const a = Math.round(value * factor);
  const b = Math.round(county * factor);
  if (a > b) return "above";
  if (a < b) return "below";
  return "same";
}
