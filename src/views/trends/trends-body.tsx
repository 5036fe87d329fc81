/** Below the controls: the dataset's error, a placeholder while it loads or when too few periods, or the trend. */
import { ChartFrame } from "@/charts/chart-frame";
import { ChartPlaceholder } from "@/charts/chart-placeholder";
import {
  buildTrendSeries,
  type TrendGroup,
} from "@/charts/series/trend-series";
import type { ObservationsDataset } from "@/data/load-dataset";
import type { Area, AreaCode } from "@/domain/areas";
import type { Indicator } from "@/domain/indicators";
import { useT } from "@/i18n/i18n";

import { DatasetErrorMessage } from "../shared/dataset-error";

import { trendGroupOptions } from "./trends-controls";
import { TrendsChart } from "./trends-chart";

export interface TrendsBodyProps {
  readonly indicator: Indicator;
  /** The indicator's observations, once loaded. */
  readonly dataset: ObservationsDataset | undefined;
  /** Loading the observations failed with `error`. */
  readonly isError: boolean;
  readonly error: unknown;
  readonly onRetry: () => void;
  readonly areas: readonly Area[];
  readonly selected: readonly AreaCode[];
  readonly group: TrendGroup;
  readonly showTable: boolean;
  readonly onToggleTable: () => void;
}

export function TrendsBody({
  indicator,
  dataset,
  isError,
  error,
  onRetry,
  areas,
  selected,
  group,
  showTable,
  onToggleTable,
}: TrendsBodyProps) {
  const { t, locale } = useT();
  if (isError) {
    return (
      <ChartFrame
        title={indicator.label[locale]}
        subtitle={t("chart.errorTitle")}
        failed
      >
        <DatasetErrorMessage error={error} onRetry={onRetry} />
      </ChartFrame>
    );
  }
  if (!dataset) {
    return <ChartPlaceholder state="loading" title={t("chart.loading")} />;
  }
  const series = buildTrendSeries({
    indicator,
    observations: dataset.observations,
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
