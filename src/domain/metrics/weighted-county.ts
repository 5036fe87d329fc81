/**
 * The county's value of a per-inhabitant figure, computed from its kommuner when the source gives
 * none (Kolada has no county value for the cost KPIs): Σ(value × inhabitants) / Σ(inhabitants),
 * i.e. the county's total divided by its inhabitants. Only kommuner with both a value and a
 * population count; a missing kommun is left out (never counted as zero), the result says how
 * many were included, and with fewer than half of them there is no county value at all. The
 * result is derived ("beräknat") and says how.
 */
import type { AreaCode } from "../areas";

import type { DerivedValue } from "./derived";

/** With fewer kommuner than this share, the weighted mean would not stand for the county. */
const MIN_INCLUDED_SHARE = 0.5;

export interface WeightedCountyInput {
  /** Every kommun of the county, whether or not it has a value. */
  readonly kommuner: readonly AreaCode[];
  /** A kommun's value per inhabitant; null when the source has none. */
  readonly value: (code: AreaCode) => number | null;
  /** Inhabitants per kommun (the figure's own denominator). */
  readonly population: ReadonlyMap<AreaCode, number>;
  /** The year of that population, for the "beräknat" note. */
  readonly populationPeriod: string;
}

/**
 * The population-weighted county value. `how.numerator` is Σ value × inhabitants (the county
 * total), `how.denominator` Σ inhabitants of the kommuner included, `how.included` how many of
 * how many kommuner. Null value (and how) when fewer than half the kommuner have both figures.
 */
export function populationWeightedCounty(
  input: WeightedCountyInput,
): DerivedValue {
  let numerator = 0;
  let denominator = 0;
  let count = 0;
  for (const code of input.kommuner) {
    const value = input.value(code);
    const people = input.population.get(code);
    if (value === null || !Number.isFinite(value)) continue;
    if (people === undefined || !(people > 0)) continue;
    numerator += value * people;
    denominator += people;
    count += 1;
  }
  const total = input.kommuner.length;
  if (count === 0 || count < total * MIN_INCLUDED_SHARE)
    return { value: null, how: null };
  return {
    value: numerator / denominator,
    how: {
      kind: "population-weighted",
      numerator,
      denominator,
      populationPeriod: input.populationPeriod,
      included: { count, total },
    },
  };
}
