/**
 * The CSV of a national comparison: every kommun's value with its source, then the median,
 * minimum and maximum as the chart prints them, marked "beräknat" with how they were computed.
 */
import type { ChartExportData, ExportRow } from "@/charts/export/export-data";
import type { RankingSeries } from "@/charts/series/ranking-series";
import type { DatasetMeta } from "@/data/load-dataset";
import type { AreaCode } from "@/domain/areas";
import { roundedInOwnUnit } from "@/domain/format";
import type { Distribution } from "@/domain/national-reference";
import type { Observation } from "@/domain/observations";
import type { Translate, UiLocale } from "@/i18n/i18n";

import { chartExport, type ExportContext } from "../shared/export-context";

function referenceRows(
  d: Distribution,
  context: ExportContext,
  base: { series: RankingSeries; label: string; derived: string },
  t: Translate,
): ExportRow[] {
  const { series } = base;
  return (
    [
      [base.label, d.median],
      [t("national.minimum"), d.min],
      [t("national.maximum"), d.max],
    ] as const
  ).map(([name, value]) => ({
    ...context.row({
      code: "",
      name,
      indicator: series.indicator,
      breakdown: context.breakdownLabel(series.indicator, series.breakdown),
      period: series.period,
      value,
      status: "reported",
      observation: null,
    }),
    // A computed figure is exported as the chart prints it, its unrounded value beside it.
    value: roundedInOwnUnit(value, series.format),
    valueUnrounded: value,
    status: "derived",
    derived: base.derived,
    source: "",
    datasetId: "",
  }));
}

export interface NationalExportInput {
  readonly id: string;
  readonly text: {
    readonly title: string;
    readonly subtitle: string;
    readonly summary: string;
    readonly sourceLine: string;
  };
  readonly series: RankingSeries;
  readonly d: Distribution;
  readonly observations: readonly Observation[];
  readonly nameOf: (code: AreaCode) => string;
  /** The reference rows' name: the median of Sweden or of the kommungrupp. */
  readonly medianLabel: string;
  readonly datasets: readonly DatasetMeta[];
}

export function nationalExport(
  input: NationalExportInput,
  t: Translate,
  locale: UiLocale,
): ChartExportData {
  const { series, d, observations } = input;
  return chartExport(
    input.id,
    input.text,
    input.datasets,
    (context) => [
      ...d.values.map((v) =>
        context.row({
          code: v.code,
          name: input.nameOf(v.code),
          indicator: series.indicator,
          breakdown: context.breakdownLabel(series.indicator, series.breakdown),
          period: series.period,
          value: v.value,
          status: "reported",
          observation:
            observations.find(
              (o) =>
                o.area === v.code &&
                o.period === series.period &&
                o.breakdown === series.breakdown,
            ) ?? null,
        }),
      ),
      ...referenceRows(
        d,
        context,
        {
          series,
          label: input.medianLabel,
          derived: t("national.derivedHow", { count: d.n }),
        },
        t,
      ),
    ],
    t,
    locale,
  );
}
