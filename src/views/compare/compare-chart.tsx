/** The ranked chart (or its table) in its frame, with the kommuner that have no value listed below. */
import { ChartFrame } from "@/charts/chart-frame";
import { MissingList, missingRows } from "@/charts/missing-list";
import { RankingTable } from "@/charts/ranking-table";
import type { RankingSeries } from "@/charts/series/ranking-series";
import type { AreaCode } from "@/domain/areas";
import type { DatasetMeta } from "@/data/load-dataset";
import { useT } from "@/i18n/i18n";

import { rankingChartExport } from "../shared/export-rows";
import { frameProps } from "../shared/frame-props";
import { sourceLine } from "../shared/source-line";

import { compareText } from "./compare-text";
import { useRankingSummary } from "./use-ranking-summary";
import { IndicatorAbout } from "../shared/indicator-about";
import { sourceLocator } from "../shared/locate";

import RankingBarChart from "@/charts/ranking-bar-chart";

export interface CompareChartProps {
  readonly series: RankingSeries;
  readonly datasets: readonly DatasetMeta[];
  readonly showTable: boolean;
  readonly onToggleTable: () => void;
  /** Opens a kommun's profile (the chart's rows and the table's names lead there). */
  readonly kommunLink: {
    readonly href: (code: AreaCode) => string;
    readonly open: (code: AreaCode) => void;
  };
}

export function CompareChart({
  series,
  datasets,
  showTable,
  onToggleTable,
  kommunLink,
}: CompareChartProps) {
  const { t, locale } = useT();
  const text = compareText(series, t, locale);
  const summary = useRankingSummary(series, t, locale);
  const locate = sourceLocator(datasets, locale);
  // A range-only kommun is drawn as its range, so it is not listed.
  const missing = missingRows(series.rows, t, locale, { rangeDrawn: true });
  const source = sourceLine(datasets, series.indicator.sourceIds, t, locale);
  const exportData = rankingChartExport(
    "compare",
    { title: text.title, subtitle: text.subtitle, summary },
    series,
    datasets,
    t,
    locale,
  );

  return (
    <ChartFrame
      {...frameProps({ ...text, summary }, source)}
      exportData={exportData}
      about={
        <IndicatorAbout indicator={series.indicator} datasets={datasets} />
      }
      table={{ shown: showTable, onToggle: onToggleTable }}
    >
      {showTable ? (
        <RankingTable
          series={series}
          caption={`${text.title} (${text.subtitle})`}
          locate={locate}
          kommunLink={kommunLink}
        />
      ) : (
        <RankingBarChart series={series} onOpen={kommunLink.open} />
      )}
      <MissingList
        title={t("chart.missingTitle", { count: missing.length })}
        items={missing}
      />
    </ChartFrame>
  );
}
