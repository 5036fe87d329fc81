/**
 * The scatter of Behov och resurser from loaded data: the resource's year follows the need's,
 * resources per inhabitant use the population of the resource's rule, and a county value the
 * source lacks is weighted by inhabitants (the rule's population, or Kolada's inhabitants on
 * 31 December of the resource's year). Null when either axis has no year to show. Pure.
 */
import {
  buildScatterSeries,
  type ScatterSeries,
} from "@/charts/series/scatter-series";
import type { ObservationsDataset } from "@/data/load-dataset";
import type { Area, AreaCode } from "@/domain/areas";
import { COUNTY_WEIGHTS } from "@/domain/indicator-roles";
import type { Indicator } from "@/domain/indicators";
import { populationByArea } from "@/domain/metrics/derived";
import { observationsOf } from "@/domain/observations";

import { missingReasonOf } from "../shared/missing-reason";

import { resolveResourcePeriod } from "./resolve-needs";

/** Inhabitants per kommun in `period`; null when not loaded or the year is missing. */
function weightsOf(
  dataset: ObservationsDataset | null,
  period: string,
): { population: Map<AreaCode, number>; period: string } | null {
  if (!dataset) return null;
  const population = new Map<AreaCode, number>();
  for (const o of observationsOf(dataset, COUNTY_WEIGHTS.indicator))
    if (o.period === period && o.breakdown === "" && o.value !== null)
      population.set(o.area, o.value);
  return population.size > 0 ? { population, period } : null;
}

export interface NeedsScatterInput {
  readonly need: Indicator;
  readonly resource: Indicator;
  readonly needData: ObservationsDataset;
  readonly resourceData: ObservationsDataset;
  /** The resource rule's population dataset, when it has a rule. */
  readonly population: ObservationsDataset | null;
  /** Inhabitants per kommun and year (domain/indicator-roles COUNTY_WEIGHTS), when loaded. */
  readonly weights: ObservationsDataset | null;
  readonly needPeriod: string | null;
  readonly kommuner: readonly Area[];
  readonly selected: readonly AreaCode[];
}

export function needsScatter(input: NeedsScatterInput): {
  series: ScatterSeries;
  datasets: ObservationsDataset[];
  /** A population divided or weighted a value (its source belongs in the source line). */
  populationUsed: boolean;
} | null {
  const { need, resource, needData, resourceData, population } = input;
  const rule = resource.perCapita;
  const resourceObservations = observationsOf(resourceData, resource.id);
  const resourcePeriod = resolveResourcePeriod(
    input.needPeriod,
    resourceObservations,
    resource,
  );
  if (input.needPeriod === null || resourcePeriod === null) return null;
  const perCapita =
    rule !== null && population
      ? populationByArea(
          rule,
          observationsOf(population, rule.populationIndicator),
        )
      : null;
  const series = buildScatterSeries({
    need: {
      indicator: need,
      observations: observationsOf(needData, need.id),
      period: input.needPeriod,
      population: null,
      missingReason: missingReasonOf(needData),
    },
    resource: {
      indicator: resource,
      observations: resourceObservations,
      period: resourcePeriod,
      population: perCapita,
      weights:
        rule !== null
          ? perCapita && {
              population: perCapita,
              period: rule.populationPeriod,
            }
          : weightsOf(input.weights, resourcePeriod),
      missingReason: missingReasonOf(resourceData),
    },
    kommuner: input.kommuner,
    selected: input.selected,
  });
  const weighted =
    rule === null &&
    series.resource.county?.derived?.kind === "population-weighted";
  const used = rule !== null ? population : weighted ? input.weights : null;
  const datasets = [
    needData,
    ...(resourceData.entry.id === needData.entry.id ? [] : [resourceData]),
    ...(used ? [used] : []),
  ];
  return { series, datasets, populationUsed: used !== null };
}
