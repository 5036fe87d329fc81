/**
 * The scatter of Behov och resurser from loaded data: the resource's year follows the need's,
 * resources per inhabitant use the population of the resource's rule. Null when either axis has
 * no year to show. Pure.
 */
import {
  buildScatterSeries,
  type ScatterSeries,
} from "@/charts/series/scatter-series";
import type { ObservationsDataset } from "@/data/load-dataset";
import type { Area, AreaCode } from "@/domain/areas";
import type { Indicator } from "@/domain/indicators";
import { populationByArea } from "@/domain/metrics/derived";
import { observationsOf } from "@/domain/observations";

import { missingReasonOf } from "../shared/missing-reason";

import { resolveResourcePeriod } from "./resolve-needs";

export interface NeedsScatterInput {
  readonly need: Indicator;
  readonly resource: Indicator;
  readonly needData: ObservationsDataset;
  readonly resourceData: ObservationsDataset;
  /** The resource rule's population dataset, when it has a rule. */
  readonly population: ObservationsDataset | null;
  readonly needPeriod: string | null;
  readonly kommuner: readonly Area[];
  readonly selected: readonly AreaCode[];
}

export function needsScatter(input: NeedsScatterInput): {
  series: ScatterSeries;
  datasets: ObservationsDataset[];
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
      population:
        rule !== null && population
          ? populationByArea(
              rule,
              observationsOf(population, rule.populationIndicator),
            )
          : null,
      missingReason: missingReasonOf(resourceData),
    },
    kommuner: input.kommuner,
    selected: input.selected,
  });
  const datasets = [
    needData,
    ...(resourceData.entry.id === needData.entry.id ? [] : [resourceData]),
    ...(rule !== null && population ? [population] : []),
  ];
  return { series, datasets };
}
