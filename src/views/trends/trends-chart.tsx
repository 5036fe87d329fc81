/**
 * The trend in its frame: the line chart (or its table), with notes on hidden references, the
 * kommungrupp medians, the end of the series and definition breaks, and the definition under
 * "about". The frame's export and source line name the national datasets when medians are drawn.
 */
import { lazy, Suspense } from "react";

import { ChartFrame } from "@/charts/chart-frame";
import { ChartPlaceholder } from "@/charts/chart-placeholder";
import type { TrendSeries } from "@/charts/series/trend-series";
import type { Gate } from "@/data/gate";
import type { ObservationsDataset } from "@/data/load-dataset";
import type { Indicator } from "@/domain/indicators";
import { useT } from "@/i18n/i18n";

import { frameProps } from "../shared/frame-props";
import { sourceLine } from "../shared/source-line";

import { shownBreaks, TrendsBreaks } from "./trends-breaks";
import { trendsExport } from "./trends-export";
import { TrendsNotes } from "./trends-notes";
import { TrendsTable } from "./trends-table";
import { trendsText, type TrendsText } from "./trends-text";
import type { MedianData } from "./use-trend-medians";

const TrendLineChart = lazy(() => import("@/charts/trend-line-chart"));

export interface TrendsChartProps {
  readonly indicator: Indicator;
  /** The indicator's dataset and, when medians are drawn, the national data. */
  readonly datasets: {
    readonly own: ObservationsDataset;
    readonly medians: MedianData | null;
  };
  /** The medians' data as it loads (null when not asked for). */
  readonly medianGate: Gate<MedianData> | null;
  readonly series: TrendSeries;
  /** No kommun is selected: a hint says how to add some. */
  readonly noneSelected: boolean;
  readonly groupLabel: string;
  readonly showTable: boolean;
  readonly onToggleTable: () => void;
}

function TrendsAbout({ indicator }: { indicator: Indicator }) {
  const { t, locale } = useT();
  return (
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
  );
}

/** The chart, or its table when the table is shown. */
function TrendsFigure({
  indicator,
  series,
  text,
  showTable,
}: {
  indicator: Indicator;
  series: TrendSeries;
  text: TrendsText;
  showTable: boolean;
}) {
  const { t, locale } = useT();
  if (showTable)
    return (
      <TrendsTable
        series={series}
        labels={text.labels}
        caption={t("trends.tableCaption", {
          label: indicator.label[locale],
          unit: text.subtitle,
        })}
      />
    );
  return (
    <Suspense
      fallback={<ChartPlaceholder state="loading" title={t("chart.loading")} />}
    >
      <TrendLineChart
        series={series}
        labels={text.labels}
        marks={shownBreaks(indicator, series).map((b) => ({
          period: b.period,
          label: t("trends.breakMark", { year: b.period }),
        }))}
      />
    </Suspense>
  );
}

export function TrendsChart(props: TrendsChartProps) {
  const { indicator, datasets, series } = props;
  const { t, locale } = useT();
  const text = trendsText(series, t, locale, props.groupLabel);
  const metas = [
    datasets.own,
    ...(datasets.medians
      ? [datasets.medians.national, datasets.medians.groups]
      : []),
  ];
  const sourceIds = [
    ...indicator.sourceIds,
    // SKR's kommungrupper: the source of the groups (as in Jämför kommuner).
    ...(datasets.medians ? ["skr-kommungrupper-2017"] : []),
  ];
  const source = sourceLine(metas, sourceIds, t, locale);
  return (
    <ChartFrame
      {...frameProps(text, source)}
      exportData={trendsExport(series, text, source, metas, t, locale)}
      about={<TrendsAbout indicator={indicator} />}
      table={{ shown: props.showTable, onToggle: props.onToggleTable }}
    >
      {props.noneSelected && (
        <p className="trends-note trends-note--hint">
          {series.lines.some((l) => l.role === "context")
            ? t("trends.noneSelectedContext")
            : t("trends.noneSelected")}
        </p>
      )}
      <TrendsFigure
        indicator={indicator}
        series={series}
        text={text}
        showTable={props.showTable}
      />
      <TrendsNotes
        indicator={indicator}
        series={series}
        medianGate={props.medianGate}
      />
      <TrendsBreaks breaks={shownBreaks(indicator, series)} />
    </ChartFrame>
  );
}
