/** Section 2: stimulus funds per kommun 2018, in kr or kr per inhabitant, ranked. */
import { ChartFrame } from "@/charts/chart-frame";
import RankingBarChart from "@/charts/ranking-bar-chart";
import { RankingTable } from "@/charts/ranking-table";
import type { RankingSeries } from "@/charts/series/ranking-series";
import { rankingSummary } from "@/charts/summary/ranking-summary";
import type { DatasetMeta } from "@/data/load-dataset";
import { formatValue } from "@/domain/format";
import { shareOfTotal } from "@/domain/metrics/derived";
import type { Mode } from "@/navigation/url-state";
import { useT } from "@/i18n/i18n";
import { Segmented } from "@/ui/field";

import { rankingChartExport } from "../shared/export-rows";
import { sourceLine } from "../shared/source-line";

import { sourceLocator } from "../shared/locate";

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
  const fmt = (n: number): string => formatValue(n, series.format, locale);
  const valued = series.rows.flatMap((r) =>
    r.value === null ? [] : [{ ...r, value: r.value }],
  );
  const top = valued[0];
  const county = series.county?.value ?? null;
  const allSame =
    valued.length > 1 && new Set(valued.map((r) => fmt(r.value))).size === 1;
  const topShare =
    !series.perCapita && top ? shareOfTotal(top.value, county) : null;
  let title: string;
  if (series.perCapita && allSame && top)
    title = t("funding.stimulusTitlePerCapitaEqual", {
      count: valued.length,
      value: fmt(top.value),
      period: series.period,
    });
  else if (topShare !== null && top?.name === "Stockholm")
    title = t("funding.stimulusTitleKr", {
      share: formatValue(topShare, "pct1", locale),
      period: series.period,
    });
  else title = t("funding.stimulusTitleGeneric", { period: series.period });
  const subtitle = series.perCapita
    ? t("funding.stimulusSubtitlePerCapita", {
        period: series.period,
        populationPeriod: indicator.perCapita?.populationPeriod ?? "",
      })
    : t("funding.stimulusSubtitleKr", {
        period: series.period,
        total: county === null ? "–" : formatValue(county, "sek0", locale),
      });
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
