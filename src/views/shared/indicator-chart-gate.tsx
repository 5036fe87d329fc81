/**
 * The chart area of a one-indicator view (Jämför kommuner, Karta): the data gate in the chart's
 * frame, then "no values" or "no population for per-inhabitant figures" as visible states, else
 * the view's chart.
 */
import type { ReactNode } from "react";

import { ChartPlaceholder } from "@/charts/chart-placeholder";
import { useT } from "@/i18n/i18n";

import { DataGate } from "./data-gate";
import type { IndicatorChart } from "./indicator-chart";
import type { IndicatorView } from "./use-indicator-view";

export function IndicatorChartGate({
  view,
  children,
}: {
  view: IndicatorView;
  children: (chart: Extract<IndicatorChart, { kind: "ready" }>) => ReactNode;
}) {
  const { t, locale } = useT();
  return (
    <DataGate gate={view.chart} frame={view.indicator.label[locale]}>
      {(chart) => {
        if (chart.kind === "ready") return children(chart);
        if (chart.kind === "empty")
          return <ChartPlaceholder state="empty" title={t("chart.empty")} />;
        return (
          <ChartPlaceholder
            state="empty"
            title={t("chart.noPopulation", {
              period: chart.rule.populationPeriod,
              dataset: chart.rule.populationDataset,
            })}
          />
        );
      }}
    </DataGate>
  );
}
