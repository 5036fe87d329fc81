/**
 * The facts at the top of Kommunprofil: the latest population (SCB and Kolada), the stimulus funds
 * and the funds per inhabitant ("beräknat", with how).
 */
import type { AreaCode } from "@/domain/areas";
import type { Indicator } from "@/domain/indicators";
import {
  derivePerCapita,
  populationByArea,
  type DerivedHow,
} from "@/domain/metrics/derived";
import { comparePeriods, type Observation } from "@/domain/observations";

export interface FactValue {
  readonly value: number;
  readonly period: string;
  readonly observation: Observation;
}

export interface ProfileFacts {
  /** Latest population in the population dataset (SCB, 31 dec). */
  readonly population: FactValue | null;
  /** Latest Kolada N01951 "Invånare totalt". */
  readonly koladaPopulation: FactValue | null;
  /** The stimulus funds of the stimulus indicator's latest period. */
  readonly funds: FactValue | null;
  /** Funds per inhabitant under the indicator's per-capita rule ("beräknat"). */
  readonly fundsPerCapita: {
    readonly value: number;
    readonly how: DerivedHow;
  } | null;
}

export interface FactsInput {
  readonly kommun: AreaCode;
  readonly populationIndicator: string;
  readonly population: readonly Observation[] | null;
  readonly koladaPopulationIndicator: string;
  readonly koladaPopulation: readonly Observation[] | null;
  readonly fundsIndicator: Indicator | null;
  readonly funds: readonly Observation[] | null;
}

/** The latest value of an indicator (breakdown "") for an area; null when there is none. */
function latestValue(
  observations: readonly Observation[] | null,
  indicator: string,
  area: AreaCode,
): FactValue | null {
  if (!observations) return null;
  const found = observations
    .filter(
      (o) =>
        o.indicator === indicator &&
        o.area === area &&
        o.breakdown === "" &&
        o.value !== null,
    )
    .sort((a, b) => comparePeriods(b.period, a.period))[0];
  return found && found.value !== null
    ? { value: found.value, period: found.period, observation: found }
    : null;
}

/** Population, stimulus funds and funds per inhabitant for the top of the profile. */
export function buildProfileFacts(input: FactsInput): ProfileFacts {
  const funds = input.fundsIndicator
    ? latestValue(input.funds, input.fundsIndicator.id, input.kommun)
    : null;
  const rule = input.fundsIndicator?.perCapita ?? null;
  let fundsPerCapita: ProfileFacts["fundsPerCapita"] = null;
  if (input.fundsIndicator && rule && funds && input.population) {
    const derived = derivePerCapita(
      input.fundsIndicator,
      funds.value,
      populationByArea(rule, input.population).get(input.kommun),
    );
    if (derived.value !== null && derived.how !== null)
      fundsPerCapita = { value: derived.value, how: derived.how };
  }
  return {
    population: latestValue(
      input.population,
      input.populationIndicator,
      input.kommun,
    ),
    koladaPopulation: latestValue(
      input.koladaPopulation,
      input.koladaPopulationIndicator,
      input.kommun,
    ),
    funds,
    fundsPerCapita,
  };
}
