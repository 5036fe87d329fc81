/**
 * The scatter (or its table) in its frame: the caution that it shows association, not cause,
 * notes when the years differ, only a few kommuner have values or a county value is missing,
 * how a computed county value was computed (under "Om uppgifterna"), and every kommun without a
 * dot listed below with which value is missing and why.
 */
import { ChartFrame } from "@/charts/chart-frame";
import { ChartPlaceholder } from "@/charts/chart-placeholder";
import { MissingList } from "@/charts/missing-list";
import type { ScatterSeries } from "@/charts/series/scatter-series";
import { lowerFirst } from "@/charts/summary/scatter-words";
import type { DatasetMeta } from "@/data/load-dataset";
import { useT } from "@/i18n/i18n";

import { chartExport } from "../shared/export-context";
import { scatterExportRows } from "../shared/export-rows";
import { frameProps } from "../shared/frame-props";
import { sourceLine } from "../shared/source-line";

import { groupByReason } from "./needs-missing";
import { NeedsPlot } from "./needs-plot";
import { NeedsTable } from "./needs-table";
import { needsText } from "./needs-text";

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
  const source = sourceLine(datasets, sourceIds, t, locale);
  const notes = [text.yearsDiffer, text.fewValues, text.uniformX];

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
  else chart = <NeedsPlot series={series} text={text} />;

  return (
    <ChartFrame
      {...frameProps(text, source)}
      exportData={chartExport(
        "needs",
        { title: text.title, subtitle: text.subtitle, sourceLine: source },
        datasets,
        (c) => scatterExportRows(series, c, t("chart.county")),
        t,
        locale,
      )}
      about={
        <>
          <p>{t("needs.cautionMore")}</p>
          {text.countyComputed !== null && <p>{text.countyComputed}</p>}
        </>
      }
      table={{ shown: showTable, onToggle: onToggleTable }}
    >
      {(notes.some((n) => n !== null) || text.countyMissing !== null) && (
        <div className="needs-notes">
          {notes.map(
            (note) =>
              note !== null && (
                <p key={note} className="needs-note">
                  {note}
                </p>
              ),
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
