/**
 * A kommun of the county against all of Sweden: the national values of one indicator, period and
 * breakdown (one value per kommun that has one: missing is never zero), their median and range
 * (derived here, labelled "beräknat" wherever shown), a kommungrupp's share of them, and where
 * each of the county's kommuner stands among them.
 */
import type { AreaGrouping } from "./area-groups";
import { membersOf } from "./area-groups";
import type { AreaCode } from "./areas";
import type { Observation } from "./observations";

export interface KommunValue {
  readonly code: AreaCode;
  readonly value: number;
}

/** Derived figures of a set of values (computed here, never from the source). */
export interface Distribution {
  /** Kommuner with a value. */
  readonly n: number;
  /** Kommuner asked for (with or without a value). */
  readonly total: number;
  readonly median: number;
  readonly min: number;
  readonly max: number;
  /** Values in ascending order, ties by code. */
  readonly values: readonly KommunValue[];
}

const isKommun = (code: string): boolean => /^\d{4}$/.test(code);

/** Every kommun's value for the period and breakdown; kommuner without one are left out. */
export function kommunValues(
  observations: readonly Observation[],
  period: string,
  breakdown: string,
): KommunValue[] {
  return observations
    .filter(
      (o) =>
        isKommun(o.area) &&
        o.period === period &&
        o.breakdown === breakdown &&
        o.value !== null,
    )
    .map((o) => ({ code: o.area, value: o.value as number }));
}

/** The median: the middle value, or the mean of the two middle values. */
export function median(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? Number.NaN;
  return sorted.length % 2 === 1
    ? upper
    : ((sorted[mid - 1] ?? Number.NaN) + upper) / 2;
}

/** Median and range of `values`; null when none has a value. */
export function distribution(
  values: readonly KommunValue[],
  total: number,
): Distribution | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort(
    (a, b) => a.value - b.value || a.code.localeCompare(b.code),
  );
  const numbers = sorted.map((v) => v.value);
  return {
    n: sorted.length,
    total,
    median: median(numbers),
    min: numbers[0] ?? Number.NaN,
    max: numbers.at(-1) ?? Number.NaN,
    values: sorted,
  };
}

/** The values of one kommungrupp's members (all of Sweden). */
export function groupDistribution(
  values: readonly KommunValue[],
  grouping: AreaGrouping,
  group: string,
): Distribution | null {
  const members = new Set(membersOf(grouping, group));
  return distribution(
    values.filter((v) => members.has(v.code)),
    members.size,
  );
}

/**
 * Where a kommun stands among `d`: how many kommuner have a lower and a higher value (ties are
 * neither), or null when it has no value.
 */
export function standing(
  d: Distribution,
  code: AreaCode,
): { lower: number; higher: number; value: number } | null {
  const own = d.values.find((v) => v.code === code);
  if (!own) return null;
  return {
    value: own.value,
    lower: d.values.filter((v) => v.value < own.value).length,
    higher: d.values.filter((v) => v.value > own.value).length,
  };
}
