/**
 * One axis' value per area for the scatter: the observation of the axis' indicator and period,
 * per inhabitant where the indicator has a rule (domain/metrics/derived), and why a value is
 * missing. Never a guessed or zero value. Pure.
 */
import type { AreaCode } from "@/domain/areas";
import type { Indicator } from "@/domain/indicators";
import type { LocalText } from "@/domain/local-text";
import { noteText } from "@/domain/note-text";
import { derivePerCapita, type DerivedHow } from "@/domain/metrics/derived";
import type { Observation } from "@/domain/observations";

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

export interface ScatterAxisInput {
  readonly indicator: Indicator;
  readonly observations: readonly Observation[];
  readonly period: string;
  /** Population per area for the indicator's per-capita rule; null = use values as they are. */
  readonly population: ReadonlyMap<AreaCode, number> | null;
  /**
   * Inhabitants per kommun to weight a county value with when the source has none (values per
   * inhabitant only), and their year; null = no computed county value.
   */
  readonly weights?: {
    readonly population: ReadonlyMap<AreaCode, number>;
    readonly period: string;
  } | null;
  /** Why a kommun without a row has no value (the dataset's missingReason). */
  readonly missingReason: LocalText;
}

const NO_POPULATION: LocalText = {
  sv: "Folkmängd saknas, så värdet per invånare kan inte beräknas.",
  en: "No population figure, so the value per inhabitant cannot be computed.",
};

const missing = (
  status: RowStatus,
  reason: LocalText,
  observation: Observation | null,
): ScatterValue => ({
  value: null,
  status,
  low: null,
  high: null,
  derived: null,
  reason,
  observation,
});

/** The axis' value of any area (kommun or county), by code. */
export function valuesOf(
  axis: ScatterAxisInput,
): (code: AreaCode) => ScatterValue {
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
    if (!o) return missing("no-row", axis.missingReason, null);
    if (o.value === null) {
      const note = o.note !== "" ? noteText(o.note) : null;
      const value = missing(o.status, note ?? axis.missingReason, o);
      return population === null
        ? { ...value, low: o.low, high: o.high }
        : value;
    }
    if (population === null)
      return {
        ...missing(o.status, axis.missingReason, o),
        value: o.value,
        low: o.low,
        high: o.high,
        reason: null,
      };
    const result = derivePerCapita(
      axis.indicator,
      o.value,
      population.get(code),
    );
    if (result.value === null) return missing("missing", NO_POPULATION, o);
    return {
      ...missing(o.status, NO_POPULATION, o),
      value: result.value,
      derived: result.how,
      reason: null,
    };
  };
}
