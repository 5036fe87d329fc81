/** Below the controls, once the dataset is there: a placeholder when too few periods, or the trend. */
import { ChartPlaceholder } from "@/charts/chart-placeholder";
import type { TrendGroup } from "@/charts/series/trend-groups";
import { buildTrendSeries } from "@/charts/series/trend-series";
import type { ObservationsDataset } from "@/data/load-dataset";
import type { Area, AreaCode } from "@/domain/areas";
import type { Indicator } from "@/domain/indicators";
import { observationsOf } from "@/domain/observations";
import { useT } from "@/i18n/i18n";

import { trendGroupOptions } from "./trends-controls";
import { TrendsChart } from "./trends-chart";

export interface TrendsBodyProps {
  readonly indicator: Indicator;
  /** The indicator's dataset. */
  readonly dataset: ObservationsDataset;
  readonly areas: readonly Area[];
  readonly selected: readonly AreaCode[];
  readonly group: TrendGroup;
  readonly showTable: boolean;
  readonly onToggleTable: () => void;
}

export function TrendsBody({
  indicator,
  dataset,
  areas,
  selected,
  group,
  showTable,
  onToggleTable,
}: TrendsBodyProps) {
  const { t } = useT();
  const series = buildTrendSeries({
    indicator,
    observations: observationsOf(dataset, indicator.id),
    areas,
    selected,
    group,
  });
  if (series.periods.length < 2) {
    return <ChartPlaceholder state="empty" title={t("trends.fewPeriods")} />;
  }
  const groupLabel =
    trendGroupOptions(t).find((o) => o.value === group)?.label ?? "";
  return (
    <TrendsChart
      indicator={indicator}
      dataset={dataset}
      series={series}
      noneSelected={selected.length === 0}
      groupLabel={groupLabel}
      showTable={showTable}
      onToggleTable={onToggleTable}
    />
  );
}
