/**
 * The stimulus funds 2018 per kommun (kr or kr per inhabitant) and each kommun's allocation
 * against its population share, from loaded data. Without a per-capita rule or without the
 * population of the rule's year there is nothing to divide by: that is a state with a reason,
 * never an empty section. Pure.
 */
import {
  buildExpectedSeries,
  type ExpectedSeries,
} from "@/charts/series/expected-series";
import {
  buildRankingSeries,
  type RankingSeries,
} from "@/charts/series/ranking-series";
import type { ObservationsDataset } from "@/data/load-dataset";
import type { Area, AreaCode } from "@/domain/areas";
import { STIMULUS_FUNDS } from "@/domain/indicator-roles";
import type { Indicator, PerCapitaRule } from "@/domain/indicators";
import { populationByArea } from "@/domain/metrics/derived";
import { observationsOf } from "@/domain/observations";
import type { Sort } from "@/navigation/url-state";

import { missingReasonOf } from "../shared/missing-reason";

export type StimulusData =
  | { readonly kind: "no-rule" }
  | { readonly kind: "no-population"; readonly rule: PerCapitaRule }
  | {
      readonly kind: "ready";
      readonly ranking: RankingSeries;
      readonly expected: ExpectedSeries;
      readonly indicator: Indicator;
      /** The stimulus funds and the population, in that order. */
      readonly datasets: readonly [ObservationsDataset, ObservationsDataset];
    };

export interface StimulusInput {
  readonly indicator: Indicator | null;
  readonly stimulus: ObservationsDataset;
  readonly population: ObservationsDataset;
  readonly kommuner: readonly Area[];
  readonly perCapita: boolean;
  readonly selected: readonly AreaCode[];
  readonly sort: Sort;
}

export function stimulusData(input: StimulusInput): StimulusData {
  const { indicator, stimulus, population, kommuner } = input;
  const rule = indicator?.perCapita ?? null;
  if (!indicator || !rule) return { kind: "no-rule" };
  const populationMap = populationByArea(
    rule,
    observationsOf(population, rule.populationIndicator),
  );
  if (populationMap.size === 0) return { kind: "no-population", rule };
  const observations = observationsOf(stimulus, indicator.id);
  const ranking = buildRankingSeries({
    indicator,
    observations,
    kommuner,
    period: STIMULUS_FUNDS.period,
    breakdown: "",
    perCapita: input.perCapita,
    selected: input.selected,
    sort: input.sort,
    population: populationMap,
    missingReason: missingReasonOf(stimulus),
  });
  const expected = buildExpectedSeries({
    indicator,
    observations,
    kommuner,
    period: STIMULUS_FUNDS.period,
    population: populationMap,
  });
  return {
    kind: "ready",
    ranking,
    expected,
    indicator,
    datasets: [stimulus, population],
  };
}
