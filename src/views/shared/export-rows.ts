/**
 * Builds a chart's export data (charts/export/export-data.ts) from what the view already has:
 * the series it draws and the datasets they came from. One row per value the chart shows, with
 * the source and the dataset id and version of that value; the datasets listed are the ones
 * the chart's figures come from. Used by every view's ChartFrame. The rows are built when the
 * user exports (ChartExportData.rows is a function), not on every render.
 */
import { citedLocator } from "./locate";
import type {
  ChartExportData,
  ExportRow,
  ExportStatus,
} from "@/charts/export/export-data";
import type { ProfileRow } from "@/charts/series/profile-types";
import type { RankingSeries } from "@/charts/series/ranking-series";
import type { ScatterAxis } from "@/charts/series/scatter-axis";
import { derivedNote } from "@/charts/summary/scatter-words";
import type { ScatterSeries } from "@/charts/series/scatter-series";
import type { ScatterValue } from "@/charts/series/scatter-values";
import type { TrendSeries } from "@/charts/series/trend-series";
import { citeSource } from "@/data/citation";
import type { DatasetMeta } from "@/data/load-dataset";
import {
  formatObservationPeriod,
  isPeriodStated,
} from "@/domain/format-period";
import type { Indicator } from "@/domain/indicators";
import type { DerivedHow } from "@/domain/metrics/derived";
import type { Observation } from "@/domain/observations";
import type { Translate, UiLocale } from "@/i18n/i18n";

import { sourceLine } from "./source-line";

interface ValueInput {
  readonly code: string;
  readonly name: string;
  readonly indicator: Indicator;
  readonly breakdown?: string;
  readonly period: string;
  readonly value: number | null;
  readonly low?: number | null;
  readonly high?: number | null;
  readonly status: ExportStatus;
  /** Unit key override (per-capita figures are "kr-per-inhabitant"). */
  readonly unit?: Indicator["unit"] | null;
  readonly derived?: DerivedHow | null;
  readonly observation: Observation | null;
}

export interface ExportContext {
  readonly locale: UiLocale;
  /** The label of an indicator's breakdown key ("k" → "kvinnor"); "" for the whole population. */
  readonly breakdownLabel: (indicator: Indicator, key: string) => string;
  readonly row: (input: ValueInput) => ExportRow;
}

/** Row builders bound to a view's datasets and language. */
function exportContext(
  datasets: readonly DatasetMeta[],
  t: Translate,
  locale: UiLocale,
): ExportContext {
  const sources = new Map(
    datasets.flatMap((d) => d.entry.sources.map((s) => [s.id, s])),
  );
  const byId = new Map(datasets.map((d) => [d.entry.id, d]));
  const locate = citedLocator(datasets);
  const cite = (indicator: Indicator, o: Observation | null): string => {
    if (!o) {
      return indicator.sourceIds
        .map((id) => sources.get(id))
        .flatMap((s) => (s ? [citeSource(s)] : []))
        .join("; ");
    }
    return locate(o);
  };
  const derivedText = (
    input: ValueInput,
    how: DerivedHow | null | undefined,
  ): string => (how ? derivedNote(how, input.indicator.format, t, locale) : "");
  const row = (input: ValueInput): ExportRow => {
    const dataset = byId.get(input.indicator.datasetId);
    const where = { period: input.period, area: input.code };
    return {
      areaCode: input.code,
      areaName: input.name,
      indicatorId: input.indicator.id,
      indicator: input.indicator.label[locale],
      breakdown: input.breakdown ?? "",
      // A period the source does not give is written as such, never as a bare year.
      period: isPeriodStated(input.indicator, where)
        ? input.period
        : formatObservationPeriod(input.indicator, where, locale),
      value: input.value,
      low: input.low ?? null,
      high: input.high ?? null,
      status: input.status,
      symbol: input.observation?.symbol ?? null,
      unit: t(`units.${input.unit ?? input.indicator.unit}`),
      derived: derivedText(input, input.derived),
      source: cite(input.indicator, input.observation),
      datasetId: input.indicator.datasetId,
      datasetVersion: dataset?.version.version ?? null,
    };
  };
  return {
    locale,
    breakdownLabel: (indicator, key) =>
      key === "" ? "" : (indicator.breakdowns[key]?.[locale] ?? key),
    row,
  };
}

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
      sourceLine: sourceLine(datasets, series.indicator.sourceIds, t),
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

/**
 * The export data of any chart: its words and datasets now, its rows built by `rows` only when
 * an export asks for them (the datasets listed as they were loaded).
 */
export function chartExport(
  id: string,
  text: {
    readonly title: string;
    readonly subtitle: string;
    readonly summary?: string | undefined;
    readonly sourceLine: string;
  },
  datasets: readonly DatasetMeta[],
  rows: (context: ExportContext) => readonly ExportRow[],
  t: Translate,
  locale: UiLocale,
): ChartExportData {
  return {
    id,
    ...text,
    datasets: datasets.map((d) => ({
      id: d.entry.id,
      version: d.version.version,
    })),
    rows: () => rows(exportContext(datasets, t, locale)),
  };
}

/** Trender: every point of every line (kommuner, county, Sweden), gaps as missing rows. */
export function trendExportRows(
  series: TrendSeries,
  context: ExportContext,
): ExportRow[] {
  return series.lines.flatMap((line) =>
    line.points.map((p) =>
      context.row({
        code: line.area,
        name: line.name,
        indicator: series.indicator,
        breakdown: context.breakdownLabel(series.indicator, line.breakdown),
        period: p.period,
        value: p.value,
        low: p.observation?.low ?? null,
        high: p.observation?.high ?? null,
        status: p.status,
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
