/**
 * Builds a chart's export rows (charts/export/export-data.ts) from what the view already has: the
 * series it draws. One builder per chart kind; export-context.ts binds them to the datasets and
 * the language.
 */
import type { ChartExportData, ExportRow } from "@/charts/export/export-data";
import type { ProfileRow } from "@/charts/series/profile-types";
import type { RankingSeries } from "@/charts/series/ranking-series";
import type { ScatterAxis } from "@/charts/series/scatter-axis";
import type { ScatterSeries } from "@/charts/series/scatter-series";
import type { ScatterValue } from "@/charts/series/scatter-values";
import type {
  TrendLine,
  TrendPoint,
  TrendSeries,
} from "@/charts/series/trend-series";
import type { DatasetMeta } from "@/data/load-dataset";
import { roundedInOwnUnit } from "@/domain/format";
import type { Indicator } from "@/domain/indicators";
import type { Observation } from "@/domain/observations";
import type { Translate, UiLocale } from "@/i18n/i18n";

import { chartExport, type ExportContext } from "./export-context";
import { sourceLine } from "./source-line";

/**
 * The rows of a ranked series (Jämför kommuner, Karta): every kommun in the order drawn, then the
 * county and Sweden when the chart shows them as references.
 */
function rankingExportRows(
  series: RankingSeries,
  context: ExportContext,
  names: { readonly county: string; readonly sweden: string },
): ExportRow[] {
  const indicator = series.indicator;
  const unit: Indicator["unit"] | null = series.perCapita
    ? "kr-per-inhabitant"
    : null;
  const base = {
    indicator,
    period: series.period,
    breakdown: context.breakdownLabel(indicator, series.breakdown),
    format: series.format,
    ...(unit ? { unit } : {}),
  } as const;
  const rows = series.rows.map((r) =>
    context.row({
      ...base,
      code: r.code,
      name: r.name,
      value: r.value,
      low: r.low,
      high: r.high,
      status: r.status,
      derived: r.derived,
      observation: r.observation,
    }),
  );
  for (const [ref, name] of [
    [series.county, names.county],
    [series.sweden, names.sweden],
  ] as const) {
    if (!ref) continue;
    rows.push(
      context.row({
        ...base,
        code: ref.code,
        name,
        value: ref.value,
        status: ref.status,
        derived: ref.derived,
        observation: ref.observation,
      }),
    );
  }
  return rows;
}

/** The export data of a ranked chart (Jämför kommuner, Karta, Finansiering's per-kommun bars). */
export function rankingChartExport(
  id: string,
  text: {
    readonly title: string;
    readonly subtitle: string;
    readonly summary?: string | undefined;
  },
  series: RankingSeries,
  datasets: readonly DatasetMeta[],
  t: Translate,
  locale: UiLocale,
): ChartExportData {
  return chartExport(
    id,
    {
      title: text.title,
      subtitle: text.subtitle,
      summary: text.summary,
      sourceLine: sourceLine(datasets, series.indicator.sourceIds, t, locale),
    },
    datasets,
    (context) =>
      rankingExportRows(series, context, {
        county: t("chart.county"),
        sweden: t("chart.sweden"),
      }),
    t,
    locale,
  );
}

/** How Trender exports its median lines: their names, how each value was computed, the dataset. */
export interface TrendMedianExport {
  readonly name: (line: TrendLine) => string;
  readonly how: (line: TrendLine, point: TrendPoint) => string;
  readonly dataset: { readonly id: string; readonly version: number } | null;
}

/** A kommungrupp median: written as the chart prints it, "derived", with how it was computed. */
function medianRow(
  series: TrendSeries,
  line: TrendLine,
  p: TrendPoint,
  context: ExportContext,
  median: TrendMedianExport,
): ExportRow {
  const base = context.row({
    code: "",
    name: median.name(line),
    indicator: series.indicator,
    breakdown: context.breakdownLabel(series.indicator, line.breakdown),
    period: p.period,
    value: null,
    status: "missing",
    observation: null,
  });
  return {
    ...base,
    value: p.value === null ? null : roundedInOwnUnit(p.value, series.format),
    valueUnrounded: p.value,
    status: p.value === null ? "missing" : "derived",
    derived: median.how(line, p),
    datasetId: median.dataset?.id ?? "",
    datasetVersion: median.dataset?.version ?? null,
  };
}

/** Trender: every point of every line (kommuner, county, Sweden, medians), gaps as missing rows. */
export function trendExportRows(
  series: TrendSeries,
  context: ExportContext,
  median: TrendMedianExport,
): ExportRow[] {
  return series.lines.flatMap((line) =>
    line.points.map((p) =>
      line.area === null
        ? medianRow(series, line, p, context, median)
        : context.row({
            code: line.area,
            name: line.name,
            indicator: series.indicator,
            breakdown: context.breakdownLabel(series.indicator, line.breakdown),
            period: p.period,
            value: p.value,
            low: p.observation?.low ?? null,
            high: p.observation?.high ?? null,
            status: p.status === "too-few" ? "missing" : p.status,
            observation: p.observation,
          }),
    ),
  );
}

function scatterRow(
  context: ExportContext,
  axis: ScatterAxis,
  code: string,
  name: string,
  v: ScatterValue,
): ExportRow {
  return context.row({
    code,
    name,
    indicator: axis.indicator,
    period: axis.period,
    value: v.value,
    low: v.low,
    high: v.high,
    status: v.status,
    unit: axis.perCapita ? "kr-per-inhabitant" : null,
    format: axis.format,
    derived: v.derived,
    observation: v.observation,
  });
}

/** Behov och resurser: per kommun its need value and its resource value, then the county's. */
export function scatterExportRows(
  series: ScatterSeries,
  context: ExportContext,
  countyName: string,
): ExportRow[] {
  const rows = series.rows.flatMap((r) => [
    scatterRow(context, series.need, r.code, r.name, r.need),
    scatterRow(context, series.resource, r.code, r.name, r.resource),
  ]);
  for (const axis of [series.need, series.resource]) {
    if (axis.county)
      rows.push(scatterRow(context, axis, "01", countyName, axis.county));
  }
  return rows;
}

/**
 * Kommunprofil: per indicator the kommun's value, the county's, and the lowest and highest
 * kommun (the span the spine chart draws).
 */
export function profileExportRows(
  rows: readonly ProfileRow[],
  kommunName: string,
  context: ExportContext,
  countyName: string,
): ExportRow[] {
  return rows.flatMap((r) => {
    const base = { indicator: r.indicator, period: r.period } as const;
    const code = r.observation.area;
    const out = [
      context.row({
        ...base,
        code,
        name: kommunName,
        value: r.value,
        status: r.observation.status,
        observation: r.observation,
      }),
    ];
    if (r.county !== null)
      out.push(
        context.row({
          ...base,
          code: "01",
          name: countyName,
          value: r.county,
          status: r.countyObservation?.status ?? "reported",
          observation: r.countyObservation,
        }),
      );
    for (const named of [r.lowest, r.highest]) {
      if (named.code === code) continue;
      out.push(
        context.row({
          ...base,
          code: named.code,
          name: named.name,
          value: named.value,
          status: "reported",
          observation: null,
        }),
      );
    }
    return out;
  });
}

/**
 * Rows straight from observations (Finansiering's agreements, plans and reports): the indicator
 * from the catalogue when it is there, the dataset from the observation's source.
 */
export function observationExportRows(
  observations: readonly (Observation | null | undefined)[],
  indicators: readonly Indicator[],
  context: ExportContext,
  areaName: (code: string) => string,
): ExportRow[] {
  return observations.flatMap((o) => {
    if (!o) return [];
    const indicator = indicators.find((i) => i.id === o.indicator);
    if (!indicator) return [];
    return [
      context.row({
        code: o.area,
        name: areaName(o.area),
        indicator,
        breakdown: context.breakdownLabel(indicator, o.breakdown),
        period: o.period,
        value: o.value,
        low: o.low,
        high: o.high,
        status: o.status,
        observation: o,
      }),
    ];
  });
}
