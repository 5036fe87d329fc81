/** Section 2: stimulus funds per kommun 2018, in kr or kr per inhabitant, ranked. */
import { ChartFrame } from "@/charts/chart-frame";
import RankingBarChart from "@/charts/ranking-bar-chart";
import { RankingTable } from "@/charts/ranking-table";
import type { RankingSeries } from "@/charts/series/ranking-series";
import { rankingSummary } from "@/charts/summary/ranking-summary";
import type { DatasetMeta } from "@/data/load-dataset";
import type { Mode } from "@/navigation/url-state";
import { useT } from "@/i18n/i18n";
import { Segmented } from "@/ui/field";

import { rankingChartExport } from "../shared/export-rows";
import { sourceLine } from "../shared/source-line";

import { sourceLocator } from "../shared/locate";

import { stimulusText } from "./stimulus-text";

export interface StimulusSectionProps {
  readonly series: RankingSeries;
  readonly datasets: readonly DatasetMeta[];
  readonly showTable: boolean;
  readonly onToggleTable: () => void;
  readonly onMode: (mode: Mode) => void;
}

export function StimulusSection({
  series,
  datasets,
  showTable,
  onToggleTable,
  onMode,
}: StimulusSectionProps) {
  const { t, locale } = useT();
  const { indicator } = series;
  const { title, subtitle } = stimulusText(series, t, locale);
  const summary = rankingSummary(series, t, locale);
  const coverage = t("funding.coverage", {
    count: series.coverage.withValue,
    total: series.coverage.total,
  });
  const sourceIds = [
    ...indicator.sourceIds,
    ...(series.perCapita && indicator.perCapita
      ? [`befolkning-${indicator.perCapita.populationPeriod}`]
      : []),
  ];
  return (
    <ChartFrame
      title={title}
      subtitle={subtitle}
      summary={summary}
      coverage={coverage}
      sourceLine={sourceLine(datasets, sourceIds, t, locale)}
      exportData={rankingChartExport(
        "funding-stimulus",
        { title, subtitle },
        series,
        datasets,
        t,
        locale,
      )}
      table={{ shown: showTable, onToggle: onToggleTable }}
      controls={
        <div className="funding-controls">
          <Segmented
            label={t("funding.mode")}
            value={series.perCapita ? "per-capita" : "absolute"}
            options={[
              { value: "absolute", label: t("funding.modeAbsolute") },
              { value: "per-capita", label: t("funding.modePerCapita") },
            ]}
            onChange={(mode) => {
              onMode(mode as Mode);
            }}
          />
        </div>
      }
    >
      {showTable ? (
        <RankingTable
          series={series}
          caption={`${title} (${subtitle})`}
          locate={sourceLocator(datasets, locale)}
        />
      ) : (
        <RankingBarChart series={series} />
      )}
    </ChartFrame>
  );
}
