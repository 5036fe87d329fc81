/**
 * The scatter (or its table) in its frame: the caution that it shows association, not cause,
 * notes when the years differ or only a few kommuner have values, and every kommun without a
 * dot listed below with which value is missing and why.
 */
import { lazy, Suspense } from "react";

import { ChartFrame } from "@/charts/chart-frame";
import { ChartPlaceholder } from "@/charts/chart-placeholder";
import { MissingList, type MissingItem } from "@/charts/missing-list";
import type { ScatterRow, ScatterSeries } from "@/charts/series/scatter-series";
import type { DatasetMeta } from "@/data/load-dataset";
import { useT, type Translate, type UiLocale } from "@/i18n/i18n";

import { chartExport, scatterExportRows } from "../shared/export-rows";
import { sourceLine } from "../shared/source-line";

import { NeedsTable } from "./needs-table";
import { lowerFirst, needsText } from "./needs-text";

/** Kommuner without a dot, grouped by the same reason (so 22 identical lines read as one). */
function groupByReason(
  rows: readonly ScatterRow[],
  t: Translate,
  locale: UiLocale,
): MissingItem[] {
  const groups = new Map<string, string[]>();
  for (const r of rows) {
    const reason = [
      r.need.value === null && r.need.reason
        ? t("needs.missingNeed", { reason: r.need.reason[locale] })
        : null,
      r.resource.value === null && r.resource.reason
        ? t("needs.missingResource", { reason: r.resource.reason[locale] })
        : null,
    ]
      .filter((s) => s !== null)
      .join("; ");
    groups.set(reason, [...(groups.get(reason) ?? []), r.name]);
  }
  return [...groups].map(([reason, names]) => ({
    key: reason,
    names: names.join(", "),
    reason,
  }));
}

const ScatterChart = lazy(() => import("@/charts/scatter-chart"));

export interface NeedsChartProps {
  readonly series: ScatterSeries;
  readonly datasets: readonly DatasetMeta[];
  readonly sourceIds: readonly string[];
  readonly showTable: boolean;
  readonly onToggleTable: () => void;
}

export function NeedsChart({
  series,
  datasets,
  sourceIds,
  showTable,
  onToggleTable,
}: NeedsChartProps) {
  const { t, locale } = useT();
  const text = needsText(series, t, locale);
  const missing = series.rows.filter((r) => r.pair !== "both");

  let chart;
  if (showTable)
    chart = (
      <NeedsTable
        series={series}
        caption={`${t("needs.tableCaption", {
          need: text.needLabel,
          resource: lowerFirst(text.resourceLabel),
        })} (${text.subtitle})`}
        needLabel={text.needLabel}
        resourceLabel={text.resourceLabel}
      />
    );
  else if (series.points.length === 0)
    chart = <ChartPlaceholder state="empty" title={t("needs.noPoints")} />;
  else
    chart = (
      <div className="needs-plot">
        <p className="needs-plot__y" aria-hidden="true">
          ↑ {text.needLabel}
        </p>
        <Suspense
          fallback={
            <ChartPlaceholder state="loading" title={t("chart.loading")} />
          }
        >
          <ScatterChart
            series={series}
            labelAll={series.fewValues}
            countyLabel={(value) => t("needs.countyLine", { value })}
          />
        </Suspense>
        <p className="needs-plot__x" aria-hidden="true">
          {text.resourceLabel} →
        </p>
      </div>
    );

  return (
    <ChartFrame
      title={text.title}
      subtitle={text.subtitle}
      summary={text.summary}
      coverage={text.coverage}
      sourceLine={sourceLine(datasets, sourceIds, t)}
      exportData={chartExport(
        "needs",
        {
          title: text.title,
          subtitle: text.subtitle,
          sourceLine: sourceLine(datasets, sourceIds, t),
        },
        datasets,
        (c) => scatterExportRows(series, c, t("chart.county")),
        t,
        locale,
      )}
      about={<p>{t("needs.cautionMore")}</p>}
      table={{ shown: showTable, onToggle: onToggleTable }}
    >
      {(text.yearsDiffer !== null ||
        text.fewValues !== null ||
        text.uniformX !== null ||
        text.countyMissing !== null) && (
        <div className="needs-notes">
          {text.yearsDiffer !== null && (
            <p className="needs-note">{text.yearsDiffer}</p>
          )}
          {text.fewValues !== null && (
            <p className="needs-note">{text.fewValues}</p>
          )}
          {text.uniformX !== null && (
            <p className="needs-note">{text.uniformX}</p>
          )}
          {text.countyMissing !== null && (
            <p className="needs-note needs-note--quiet">{text.countyMissing}</p>
          )}
        </div>
      )}
      {chart}
      <MissingList
        title={t("needs.missingTitle", { count: missing.length })}
        items={groupByReason(missing, t, locale)}
      />
    </ChartFrame>
  );
}
