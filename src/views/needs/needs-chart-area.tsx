/**
 * The chart area of Behov och resurser: loads the need, the resources and (for resources per
 * inhabitant) the population, shows the data gate in the chart's frame, then the scatter, or
 * "no values" when either axis has no year to show.
 */
import { ChartPlaceholder } from "@/charts/chart-placeholder";
import { request, useData } from "@/data/use-data";
import type { Area, AreaCode } from "@/domain/areas";
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
  });
  const population = rule
    ? props.catalogue.find((i) => i.id === rule.populationIndicator)
    : undefined;
  return (
    <DataGate gate={data} frame={need.label[locale]}>
      {(loaded) => {
        const scatter = needsScatter({
          need,
          resource,
          needData: loaded.need,
          resourceData: loaded.resource,
          population: loaded.population,
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
              ...(population?.sourceIds ?? []),
            ]}
            showTable={props.showTable}
            onToggleTable={props.onToggleTable}
          />
        );
      }}
    </DataGate>
  );
}
