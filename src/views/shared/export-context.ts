/**
 * The rows a chart exports, bound to its datasets and language: one row per value with its
 * source, dataset id and version; a figure the app computed is written as the chart prints it,
 * marked "derived". Views build their rows with this (export-rows.ts has the builders per chart
 * kind). The rows are built when the user exports (ChartExportData.rows is a function), not on
 * every render.
 */
import { citedLocator } from "./locate";
import type {
  ChartExportData,
  ExportRow,
  ExportStatus,
} from "@/charts/export/export-data";
import { derivedNote } from "@/charts/summary/scatter-words";
import { citeSource } from "@/data/citation";
import type { DatasetMeta } from "@/data/load-dataset";
import { roundedInOwnUnit } from "@/domain/format";
import {
  formatObservationPeriod,
  isPeriodStated,
} from "@/domain/format-period";
import type { FormatTag, Indicator } from "@/domain/indicators";
import type { DerivedHow } from "@/domain/metrics/derived";
import type { Observation } from "@/domain/observations";
import type { Translate, UiLocale } from "@/i18n/i18n";

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
  /** How the chart prints the value, when not the indicator's format (per-capita figures). */
  readonly format?: FormatTag | undefined;
  readonly derived?: DerivedHow | null;
  readonly observation: Observation | null;
}

export interface ExportContext {
  readonly locale: UiLocale;
  /** The label of an indicator's breakdown key ("k" → "kvinnor"); "" for the whole population. */
  readonly breakdownLabel: (indicator: Indicator, key: string) => string;
  readonly row: (input: ValueInput) => ExportRow;
}

/**
 * A figure this app computed (per inhabitant, a share, a population-weighted county value) is
 * exported as the chart prints it, with the status "derived" ("beräknat") and its unrounded value
 * beside it. A source status other than "reported" (an estimate, say) is kept: the "derived"
 * column still says how the figure was computed.
 */
function computedValue(input: ValueInput): {
  readonly value: number | null;
  readonly unrounded: number | null;
  readonly status: ExportStatus;
} {
  if (!input.derived || input.value === null)
    return { value: input.value, unrounded: null, status: input.status };
  return {
    value: roundedInOwnUnit(
      input.value,
      input.format ?? input.indicator.format,
    ),
    unrounded: input.value,
    status: input.status === "reported" ? "derived" : input.status,
  };
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
  const locate = citedLocator(datasets, locale);
  const cite = (indicator: Indicator, o: Observation | null): string => {
    if (!o) {
      return indicator.sourceIds
        .map((id) => sources.get(id))
        .flatMap((s) => (s ? [citeSource(s, locale)] : []))
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
    const computed = computedValue(input);
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
      value: computed.value,
      valueUnrounded: computed.unrounded,
      low: input.low ?? null,
      high: input.high ?? null,
      status: computed.status,
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
