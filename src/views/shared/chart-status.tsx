/** The chart area while its data loads, when it failed (in the chart's own frame) or is empty. */
import { ChartFrame } from "@/charts/chart-frame";
import { ChartPlaceholder } from "@/charts/chart-placeholder";
import type { Indicator } from "@/domain/indicators";
import { useT } from "@/i18n/i18n";

import { DatasetErrorMessage } from "./dataset-error";
import type { IndicatorChart } from "./use-indicator-view";

export function ChartStatus({
  chart,
  indicator,
}: {
  chart: Exclude<IndicatorChart, { kind: "ready" }>;
  indicator: Indicator;
}) {
  const { t, locale } = useT();
  if (chart.kind === "loading") {
    return <ChartPlaceholder state="loading" title={t("chart.loading")} />;
  }
  if (chart.kind === "empty")
    return <ChartPlaceholder state="empty" title={t("chart.empty")} />;
  return (
    <ChartFrame
      title={indicator.label[locale]}
      subtitle={t("chart.errorTitle")}
      failed
    >
      <DatasetErrorMessage
        error={chart.query.error}
        onRetry={() => {
          void chart.query.refetch();
        }}
      />
    </ChartFrame>
  );
}
