/**
 * The trend in its frame: the line chart (or its table), with notes on hidden references, the
 * end of the series and definition breaks, and the definition under "about".
 */
import { lazy, Suspense } from "react";

import { ChartFrame } from "@/charts/chart-frame";
import { ChartPlaceholder } from "@/charts/chart-placeholder";
import type { TrendSeries } from "@/charts/series/trend-series";
import type { ObservationsDataset } from "@/data/load-dataset";
import type { Indicator } from "@/domain/indicators";
import { useT } from "@/i18n/i18n";

import { chartExport } from "../shared/export-context";
import { trendExportRows } from "../shared/export-rows";
import { sourceLine } from "../shared/source-line";

import { seriesEnd, shownBreaks, TrendsBreaks } from "./trends-breaks";
import { TrendsTable } from "./trends-table";
import { trendsText } from "./trends-text";

const TrendLineChart = lazy(() => import("@/charts/trend-line-chart"));

export interface TrendsChartProps {
  readonly indicator: Indicator;
  readonly dataset: ObservationsDataset;
  readonly series: TrendSeries;
  /** No kommun is selected: a hint says how to add some. */
  readonly noneSelected: boolean;
  readonly groupLabel: string;
  readonly showTable: boolean;
  readonly onToggleTable: () => void;
}

export function TrendsChart({
  indicator,
  dataset,
  series,
  noneSelected,
  groupLabel,
  showTable,
  onToggleTable,
}: TrendsChartProps) {
  const { t, locale } = useT();
  const text = trendsText(series, t, locale, groupLabel);
  const endYear = seriesEnd(indicator);
  const breaks = shownBreaks(indicator, series);
  return (
    <ChartFrame
      title={text.title}
      subtitle={text.subtitle}
      summary={text.summary}
      coverage={text.coverage}
      sourceLine={sourceLine([dataset], indicator.sourceIds, t, locale)}
      exportData={chartExport(
        "trends",
        {
          title: text.title,
          subtitle: text.subtitle,
          sourceLine: sourceLine([dataset], indicator.sourceIds, t, locale),
        },
        [dataset],
        (c) => trendExportRows(series, c),
        t,
        locale,
      )}
      about={
        <dl className="trends-about">
          <dt>{t("chart.definition")}</dt>
          <dd>{indicator.definition[locale]}</dd>
          {indicator.koladaId !== null && (
            <>
              <dt>{t("chart.kolada")}</dt>
              <dd>{indicator.koladaId}</dd>
            </>
          )}
        </dl>
      }
      table={{ shown: showTable, onToggle: onToggleTable }}
    >
      {noneSelected && (
        <p className="trends-note trends-note--hint">
          {series.lines.some((l) => l.role === "context")
            ? t("trends.noneSelectedContext")
            : t("trends.noneSelected")}
        </p>
      )}
      {showTable ? (
        <TrendsTable
          series={series}
          labels={text.labels}
          caption={t("trends.tableCaption", {
            label: indicator.label[locale],
            unit: text.subtitle,
          })}
        />
      ) : (
        <Suspense
          fallback={
            <ChartPlaceholder state="loading" title={t("chart.loading")} />
          }
        >
          <TrendLineChart
            series={series}
            labels={text.labels}
            marks={breaks.map((b) => ({
              period: b.period,
              label: t("trends.breakMark", { year: b.period }),
            }))}
          />
        </Suspense>
      )}
      {!series.referencesShown && (
        <p className="trends-note">{t("trends.referencesHidden")}</p>
      )}
      {endYear !== null && (
        <p className="trends-note">
          {t("trends.seriesEnds", { year: endYear })}
        </p>
      )}
      <TrendsBreaks breaks={breaks} />
    </ChartFrame>
  );
}
