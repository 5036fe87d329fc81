/**
 * Everything Kommunprofil and the Kommunrapport show for one kommun, built once from the settled
 * datasets: the facts at the top (population, stimulus funds), one row per indicator against the
 * county, the gaps and the sources' statements. Both views build it here, so the report never
 * drifts from the profile.
 */
import {
  buildProfileFacts,
  type ProfileFacts,
} from "@/charts/series/profile-facts";
import { buildProfileSeries } from "@/charts/series/profile-series";
import type {
  ObservationSet,
  ProfileSeries,
} from "@/charts/series/profile-types";
import type { Settled } from "@/data/gate";
import type { DatasetMeta, ObservationsDataset } from "@/data/load-dataset";
import type { Area } from "@/domain/areas";
import { PROFILE_FACTS } from "@/domain/indicator-roles";
import type { Indicator } from "@/domain/indicators";
import type { Observation } from "@/domain/observations";

/** Shown at the top, not as rows: population (SCB and Kolada) and the 2018 stimulus funds. */
const AT_THE_TOP = [
  PROFILE_FACTS.population,
  PROFILE_FACTS.koladaPopulation,
  PROFILE_FACTS.funds,
];

const FALLBACK_MISSING = {
  sv: "Uppgift saknas i datasetet.",
  en: "No value in the dataset.",
};

export interface ProfileModel {
  readonly series: ProfileSeries;
  readonly facts: ProfileFacts;
  readonly fundsIndicator: Indicator | null;
  readonly populationIndicator: Indicator | null;
  /** The observation datasets that loaded (their citations and versions). */
  readonly datasets: readonly DatasetMeta[];
  readonly failed: Settled<ObservationsDataset>["failed"];
}

export interface ProfileModelInput {
  readonly kommun: Area;
  readonly kommuner: readonly Area[];
  readonly indicators: readonly Indicator[];
  readonly settled: Settled<ObservationsDataset>;
}

/** The profile of one kommun from the datasets that loaded (the failed ones are listed). */
export function profileModel({
  kommun,
  kommuner,
  indicators,
  settled,
}: ProfileModelInput): ProfileModel {
  const { loaded, failed } = settled;
  const datasets = new Map<string, ObservationSet>(
    loaded.map((d) => [
      d.entry.id,
      {
        byIndicator: d.byIndicator,
        missingReason: d.entry.missingReason ?? FALLBACK_MISSING,
      },
    ]),
  );
  const byId = new Map(loaded.map((d) => [d.entry.id, d]));
  const obsOf = (id: string | undefined): readonly Observation[] | null =>
    id === undefined ? null : (byId.get(id)?.observations ?? null);
  const find = (id: string) => indicators.find((i) => i.id === id) ?? null;
  const funds = find(PROFILE_FACTS.funds);
  const populationIndicator = find(PROFILE_FACTS.population);
  const koladaPopulation = find(PROFILE_FACTS.koladaPopulation);
  const facts = buildProfileFacts({
    kommun: kommun.code,
    populationIndicator: PROFILE_FACTS.population,
    population: obsOf(
      funds?.perCapita?.populationDataset ?? populationIndicator?.datasetId,
    ),
    koladaPopulationIndicator: PROFILE_FACTS.koladaPopulation,
    koladaPopulation: obsOf(koladaPopulation?.datasetId),
    fundsIndicator: funds,
    funds: obsOf(funds?.datasetId),
  });
  const series = buildProfileSeries({
    kommun,
    kommuner,
    indicators,
    datasets,
    exclude: AT_THE_TOP,
  });
  return {
    series,
    facts,
    fundsIndicator: funds,
    populationIndicator,
    datasets: loaded,
    failed,
  };
}
