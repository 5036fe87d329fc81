/** Below the controls, once the dataset is there: a placeholder when too few periods, or the trend. */
import { ChartPlaceholder } from "@/charts/chart-placeholder";
import type { TrendGroup } from "@/charts/series/trend-groups";
import { buildTrendSeries } from "@/charts/series/trend-series";
import type { Gate } from "@/data/gate";
import type { ObservationsDataset } from "@/data/load-dataset";
import type { Area, AreaCode } from "@/domain/areas";
import type { Indicator } from "@/domain/indicators";
import { observationsOf } from "@/domain/observations";
import { useT } from "@/i18n/i18n";

import { trendGroupOptions } from "./trends-controls";
import { TrendsChart } from "./trends-chart";
import type { MedianData } from "./use-trend-medians";

export interface TrendsBodyProps {
  readonly indicator: Indicator;
  /** The indicator's dataset. */
  readonly dataset: ObservationsDataset;
  readonly areas: readonly Area[];
  readonly selected: readonly AreaCode[];
  readonly group: TrendGroup;
  /** Riket drawn or not; the national data of the medians when they are asked for. */
  readonly references: {
    readonly sweden: boolean;
    readonly medians: Gate<MedianData> | null;
  };
  readonly showTable: boolean;
  readonly onToggleTable: () => void;
}

export function TrendsBody({
  indicator,
  dataset,
  areas,
  selected,
  group,
  references,
  showTable,
  onToggleTable,
}: TrendsBodyProps) {
  const { t } = useT();
  const medians =
    references.medians?.status === "ready" ? references.medians.data : null;
  const series = buildTrendSeries({
    indicator,
    observations: observationsOf(dataset, indicator.id),
    areas,
    selected,
    group,
    references: {
      sweden: references.sweden,
      groups: medians
        ? {
            observations: observationsOf(medians.national, indicator.id),
            grouping: medians.groups.grouping,
          }
        : null,
    },
  });
  if (series.periods.length < 2) {
    return <ChartPlaceholder state="empty" title={t("trends.fewPeriods")} />;
  }
  const groupLabel =
    trendGroupOptions(t).find((o) => o.value === group)?.label ?? "";
  return (
    <TrendsChart
      indicator={indicator}
      datasets={{ own: dataset, medians }}
      medianGate={references.medians}
      series={series}
      noneSelected={selected.length === 0}
      groupLabel={groupLabel}
      showTable={showTable}
      onToggleTable={onToggleTable}
    />
  );
}
