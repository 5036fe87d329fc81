/**
 * Län och regioner: Stockholms län among Sweden's 21 regions, ranked, with Riket as the reference
 * line, for every Kolada KPI whose national dataset has region values (and every imported
 * indicator whose file had values for other regions). The values are Kolada's own (the KPI's
 * national dataset, loaded alone) or the file's; a region without one is listed as missing, never
 * drawn as zero and never computed here.
 */
import { ChartFrame } from "@/charts/chart-frame";
import { MissingList, missingRows } from "@/charts/missing-list";
import RankingBarChart from "@/charts/ranking-bar-chart";
import { RankingTable } from "@/charts/ranking-table";
import { buildRankingSeries } from "@/charts/series/ranking-series";
import {
  localNationalDatasetOf,
  useLocalMetas,
} from "@/data/local/local-national";
import { request, useData } from "@/data/use-data";
import type { AreasDataset, ObservationsDataset } from "@/data/load-dataset";
import { COUNTY_CODE } from "@/domain/areas";
import type { Indicator } from "@/domain/indicators";
import { formatValue } from "@/domain/format";
import { formatIndicatorPeriod } from "@/domain/format-period";
import { NATIONAL_AREAS_ID, nationalDatasetOf } from "@/domain/national";
import { comparePeriods, periodsOf } from "@/domain/observations";
import { useT, type Translate, type UiLocale } from "@/i18n/i18n";
import "@/i18n/views/regions";
import type { UrlStateApi } from "@/navigation/use-url-state";
import { SelectField } from "@/ui/field";

import { rankingChartExport } from "../shared/export-rows";
import { GatedView } from "../shared/gated-view";
import { sourceLocator } from "../shared/locate";
import { sourceLine } from "../shared/source-line";

export default function RegionsView({ url }: { url: UrlStateApi }) {
  const { t } = useT();
  const base = useData({
    manifest: request.manifest(),
    catalogue: request.catalogue(),
  });
  const local = useLocalMetas();
  return (
    <GatedView title={t("views.regions")} gate={base}>
      {({ manifest, catalogue }) => {
        const published = new Set(manifest.datasets.map((d) => d.id));
        // A Kolada KPI's national dataset, or an imported file's rows for other regions.
        const datasetOf = (i: Indicator) =>
          nationalDatasetOf(i, published) ??
          localNationalDatasetOf(i, local, "region");
        const options = catalogue.indicators.filter(
          (i) => datasetOf(i) !== null,
        );
        const indicator =
          options.find((i) => i.id === url.state.indicator) ?? options[0];
        if (!indicator) return null;
        return (
          <RegionsBody
            url={url}
            options={options}
            datasetId={datasetOf(indicator) ?? ""}
            indicator={indicator}
          />
        );
      }}
    </GatedView>
  );
}

function RegionsBody({
  url,
  options,
  indicator,
  datasetId,
}: {
  url: UrlStateApi;
  options: readonly Indicator[];
  datasetId: string;
  indicator: Indicator;
}) {
  const { t, locale } = useT();
  const gate = useData({
    national: request.observations(datasetId),
    areas: request.areas(NATIONAL_AREAS_ID),
  });
  return (
    <>
      <p className="lead">{t("regions.intro")}</p>
      <div className="controls">
        <SelectField
          label={t("regions.indicator")}
          value={indicator.id}
          wide
          options={options.map((i) => ({
            value: i.id,
            label: i.label[locale],
          }))}
          onChange={(id) => {
            url.update({ indicator: id, period: null });
          }}
        />
      </div>
      {gate.status === "ready" && (
        <RegionsChart
          url={url}
          indicator={indicator}
          data={gate.data}
          t={t}
          locale={locale}
        />
      )}
      {gate.status === "pending" && <p>{t("regions.loading")}</p>}
    </>
  );
}

function RegionsChart({
  url,
  indicator,
  data,
  t,
  locale,
}: {
  url: UrlStateApi;
  indicator: Indicator;
  data: { national: ObservationsDataset; areas: AreasDataset };
  t: Translate;
  locale: UiLocale;
}) {
  const observations = (
    data.national.byIndicator.get(indicator.id) ?? []
  ).filter((o) => o.area.length === 2 && o.breakdown === "");
  // Oldest first by the last year they cover; the years Kolada gives for a region (not only
  // Riket). Of two periods ending the same year (a pooled span and a single survey year), the
  // default is the one more regions have.
  const regionCount = (p: string) =>
    observations.filter((o) => o.period === p && o.area !== "00").length;
  const periods = periodsOf(observations, indicator.id)
    .filter((p) => regionCount(p) > 0)
    .sort(
      (a, b) =>
        a.slice(-4).localeCompare(b.slice(-4)) ||
        regionCount(a) - regionCount(b) ||
        comparePeriods(a, b),
    );
  const period =
    periods.find((p) => p === url.state.period) ?? periods.at(-1) ?? null;
  const regions = data.areas.areas.filter(
    (a) => a.kind === "region" || a.kind === "county",
  );
  if (period === null)
    return (
      <p>{t("regions.noRegionValues", { label: indicator.label[locale] })}</p>
    );
  const built = buildRankingSeries({
    indicator,
    observations,
    kommuner: regions,
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
  const fmt = (n: number) => formatValue(n, series.format, locale);
  const own = series.rows.find((r) => r.code === COUNTY_CODE);
  const periodText = formatIndicatorPeriod(indicator, period, locale);
  const title =
    own?.value != null && own.rank !== null
      ? t("regions.title", {
          value: fmt(own.value),
          rank: own.rank,
          n: series.n,
          period: periodText,
        })
      : t("regions.titleMissing", { period: periodText });
  const subtitle = `${indicator.label[locale]} · ${t(`units.${indicator.unit}`)}, ${periodText}`;
  const summary = [
    own?.value == null
      ? t("regions.countyMissing")
      : t("regions.countyValue", { value: fmt(own.value) }),
    series.sweden
      ? t("regions.sweden", { value: fmt(series.sweden.value) })
      : t("regions.swedenMissing"),
  ].join(" ");
  const datasets = [data.national];
  const source = sourceLine(datasets, indicator.sourceIds, t, locale);
  const missing = missingRows(series.rows, t, locale, { rangeDrawn: true });
  return (
    <>
      <div className="controls">
        <SelectField
          label={t("regions.period")}
          value={period}
          options={[...periods].reverse().map((p) => ({
            value: p,
            label: formatIndicatorPeriod(indicator, p, locale),
          }))}
          onChange={(p) => {
            url.update({ period: p });
          }}
        />
      </div>
      <ChartFrame
        title={title}
        subtitle={subtitle}
        summary={summary}
        coverage={t("regions.coverage", {
          count: series.coverage.withValue,
          total: series.coverage.total,
        })}
        sourceLine={source}
        exportData={rankingChartExport(
          "regions",
          { title, subtitle, summary },
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
            caption={`${title} (${subtitle})`}
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
    </>
  );
}
