/**
 * The ranked regions (or their table) in their frame for one year: the county a ranked row, Riket
 * the reference line, every region without a value listed below.
 */
import { ChartFrame } from "@/charts/chart-frame";
import { MissingList, missingRows } from "@/charts/missing-list";
import RankingBarChart from "@/charts/ranking-bar-chart";
import { RankingTable } from "@/charts/ranking-table";
import { buildRankingSeries } from "@/charts/series/ranking-series";
import type { AreasDataset, ObservationsDataset } from "@/data/load-dataset";
import { COUNTY_CODE } from "@/domain/areas";
import type { Indicator } from "@/domain/indicators";
import type { Observation } from "@/domain/observations";
import { useT } from "@/i18n/i18n";
import type { UrlStateApi } from "@/navigation/use-url-state";

import { rankingChartExport } from "../shared/export-rows";
import { frameProps } from "../shared/frame-props";
import { sourceLocator } from "../shared/locate";
import { sourceLine } from "../shared/source-line";

import { regionsText } from "./regions-text";

interface Props {
  readonly url: UrlStateApi;
  readonly indicator: Indicator;
  readonly observations: readonly Observation[];
  readonly period: string;
  readonly data: { national: ObservationsDataset; areas: AreasDataset };
}

export function RegionsChart({
  url,
  indicator,
  observations,
  period,
  data,
}: Props) {
  const { t, locale } = useT();
  const built = buildRankingSeries({
    indicator,
    observations,
    kommuner: data.areas.areas.filter(
      (a) => a.kind === "region" || a.kind === "county",
    ),
    period,
    breakdown: "",
    perCapita: false,
    selected: [COUNTY_CODE],
    sort: "value",
    population: null,
    missingReason: data.national.entry.missingReason ?? {
      sv: "Kolada har inget värde.",
      en: "Kolada has no value.",
    },
  });
  // The county is a ranked row here, not a reference line; Riket stays the reference.
  const series = { ...built, county: null };
  const text = regionsText(series, t, locale);
  const datasets = [data.national];
  const missing = missingRows(series.rows, t, locale, { rangeDrawn: true });
  return (
    <ChartFrame
      {...frameProps(
        text,
        sourceLine(datasets, indicator.sourceIds, t, locale),
      )}
      exportData={rankingChartExport(
        "regions",
        text,
        series,
        datasets,
        t,
        locale,
      )}
      table={{
        shown: url.state.table,
        onToggle: () => {
          url.update({ table: !url.state.table });
        },
      }}
    >
      {url.state.table ? (
        <RankingTable
          series={series}
          caption={`${text.title} (${text.subtitle})`}
          locate={sourceLocator(datasets, locale)}
        />
      ) : (
        <RankingBarChart series={series} />
      )}
      <MissingList
        title={t("regions.missingTitle", { count: missing.length })}
        items={missing}
      />
    </ChartFrame>
  );
}
