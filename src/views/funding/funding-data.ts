/**
 * What Finansiering loads: the areas and the published catalogue (its base), and one gate per
 * section — the agreements, the stimulus funds with the population they were allocated by, and
 * the plan and report — so one broken file costs one section. Dataset ids are
 * domain/indicator-roles'.
 */
import type { Gate } from "@/data/gate";
import type {
  AreasDataset,
  IndicatorsDataset,
  ObservationsDataset,
} from "@/data/load-dataset";
import { request, useData } from "@/data/use-data";
import {
  AGREEMENT_ROLES,
  PLAN_REPORT_ROLES,
  STIMULUS_FUNDS,
  STIMULUS_POPULATION,
} from "@/domain/indicator-roles";

export interface FundingBase {
  readonly areas: AreasDataset;
  readonly catalogue: IndicatorsDataset;
}

export interface FundingData {
  readonly agreements: Gate<{ readonly agreements: ObservationsDataset }>;
  readonly stimulus: Gate<{
    readonly stimulus: ObservationsDataset;
    readonly population: ObservationsDataset;
  }>;
  readonly plan: Gate<{ readonly plan: ObservationsDataset }>;
}

export function useFundingData(): FundingData {
  return {
    agreements: useData({
      agreements: request.observations(AGREEMENT_ROLES.dataset),
    }),
    stimulus: useData({
      stimulus: request.observations(STIMULUS_FUNDS.dataset),
      population: request.observations(STIMULUS_POPULATION.dataset),
    }),
    plan: useData({ plan: request.observations(PLAN_REPORT_ROLES.dataset) }),
  };
}
