/**
 * The chart area of Behov och resurser: loads the need, the resources, (for resources per
 * inhabitant) the population and (for kronor per inhabitant) the inhabitants that weight a county
 * value the source lacks; shows the data gate in the chart's frame, then the scatter, or
 * "no values" when either axis has no year to show.
 */
import { ChartPlaceholder } from "@/charts/chart-placeholder";
import { request, useData } from "@/data/use-data";
import type { Area, AreaCode } from "@/domain/areas";
import { COUNTY_WEIGHTS } from "@/domain/indicator-roles";
import type { Indicator } from "@/domain/indicators";
import { useT } from "@/i18n/i18n";

import { DataGate } from "../shared/data-gate";

import { NeedsChart } from "./needs-chart";
import { needsScatter } from "./needs-scatter";

export interface NeedsChartAreaProps {
  readonly need: Indicator;
  readonly resource: Indicator;
  readonly needPeriod: string | null;
  /** The catalogue, for the population indicator's sources. */
  readonly catalogue: readonly Indicator[];
  readonly kommuner: readonly Area[];
  readonly selected: readonly AreaCode[];
  readonly showTable: boolean;
  readonly onToggleTable: () => void;
}

export function NeedsChartArea(props: NeedsChartAreaProps) {
  const { t, locale } = useT();
  const { need, resource } = props;
  const rule = resource.perCapita;
  const data = useData({
    need: request.observations(need.datasetId),
    resource: request.observations(resource.datasetId),
    population: request.observations(rule?.populationDataset ?? null),
    // Inhabitants to weight a county value Kolada does not give (its cost KPIs have none).
    weights: request.observations(
      resource.unit === "kr-per-inhabitant" ? COUNTY_WEIGHTS.dataset : null,
    ),
  });
  const populationId = rule?.populationIndicator ?? COUNTY_WEIGHTS.indicator;
  const population = props.catalogue.find((i) => i.id === populationId);
  return (
    <DataGate gate={data} frame={need.label[locale]}>
      {(loaded) => {
        const scatter = needsScatter({
          need,
          resource,
          needData: loaded.need,
          resourceData: loaded.resource,
          population: loaded.population,
          weights: loaded.weights,
          needPeriod: props.needPeriod,
          kommuner: props.kommuner,
          selected: props.selected,
        });
        if (!scatter)
          return <ChartPlaceholder state="empty" title={t("chart.empty")} />;
        return (
          <NeedsChart
            series={scatter.series}
            datasets={scatter.datasets}
            sourceIds={[
              ...need.sourceIds,
              ...resource.sourceIds,
              // The population's sources, when a value was divided or weighted by it.
              ...(scatter.populationUsed ? (population?.sourceIds ?? []) : []),
            ]}
            showTable={props.showTable}
            onToggleTable={props.onToggleTable}
          />
        );
      }}
    </DataGate>
  );
}
