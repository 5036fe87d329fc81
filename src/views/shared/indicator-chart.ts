/**
 * The chart area of a one-indicator view (Jämför kommuner, Karta) from its loaded data: the
 * ranked series, or "no values" / "no population for per-inhabitant figures" as states of their
 * own. Pure.
 */
import {
  buildRankingSeries,
  type RankingSeries,
} from "@/charts/series/ranking-series";
import type { Gate } from "@/data/gate";
import type { DatasetMeta, ObservationsDataset } from "@/data/load-dataset";
import type { Area, AreaCode } from "@/domain/areas";
import type { Indicator, PerCapitaRule } from "@/domain/indicators";
import { populationByArea } from "@/domain/metrics/derived";
import { observationsOf } from "@/domain/observations";
import type { Sort } from "@/navigation/url-state";

import { missingReasonOf } from "./missing-reason";
import type { ResolvedSelection } from "./resolve-selection";

/** What the chart area shows once its data is there. */
export type IndicatorChart =
  | { readonly kind: "empty" }
  /** Per-inhabitant mode, but the population dataset has no population for the rule's year. */
  | {
      readonly kind: "no-population";
      readonly rule: PerCapitaRule;
    }
  | {
      readonly kind: "ready";
      readonly series: RankingSeries;
      /** The datasets the figures come from (for the source line and "Om uppgifterna"). */
      readonly datasets: readonly DatasetMeta[];
    };

export interface IndicatorChartInput {
  readonly indicator: Indicator;
  readonly selection: ResolvedSelection;
  readonly observations: ObservationsDataset;
  /** The population of the indicator's rule, when it has loaded (or null). */
  readonly population: ObservationsDataset | null;
  readonly kommuner: readonly Area[];
  readonly selected: readonly AreaCode[];
  readonly sort: Sort;
}

/** The chart's state for loaded data. */
export function indicatorChart(input: IndicatorChartInput): IndicatorChart {
  const { indicator, selection, observations, population } = input;
  const rule = indicator.perCapita;
  const perCapita = selection.mode === "per-capita";
  const populationMap =
    rule && population
      ? populationByArea(
          rule,
          observationsOf(population, rule.populationIndicator),
        )
      : null;
  if (selection.period === null) return { kind: "empty" };
  if (perCapita && rule && populationMap?.size === 0)
    return { kind: "no-population", rule };
  const series = buildRankingSeries({
    indicator,
    observations: observationsOf(observations, indicator.id),
    kommuner: input.kommuner,
    period: selection.period,
    breakdown: selection.group,
    perCapita,
    selected: input.selected,
    sort: input.sort,
    population: populationMap,
    missingReason: missingReasonOf(observations),
  });
  const datasets = [
    observations,
    ...(populationMap && population ? [population] : []),
  ];
  return { kind: "ready", series, datasets };
}

/** The chart's gate: the data's while it loads or fails, else the chart's state. */
export function indicatorChartGate(
  data: Gate<{ readonly observations: ObservationsDataset | null }>,
  chart: (observations: ObservationsDataset) => IndicatorChart,
): Gate<IndicatorChart> {
  if (data.status !== "ready") return data;
  const { observations } = data.data;
  return observations
    ? { status: "ready", data: chart(observations) }
    : { status: "pending" };
}
