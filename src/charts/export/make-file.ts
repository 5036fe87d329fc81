/**
 * Makes an export file of a chart (CSV, PNG or SVG). Loaded on the first click of the export
 * menu, with the CSV builder; the image code (html-to-image) loads only for images.
 */
import { formatDate } from "@/domain/format-period";
import { today } from "@/domain/today";
import type { Translate, UiLocale } from "@/i18n/i18n";

import {
  buildCsv,
  CSV_COLUMNS,
  type CsvColumn,
  type CsvFlavour,
  type CsvLabels,
} from "./csv";
import {
  datasetLabel,
  exportFileName,
  type ChartExportData,
  type ExportStatus,
} from "./export-data";

export type ExportKind = "png" | "svg" | "csv-excel" | "csv-plain";

const STATUSES: readonly Exclude<ExportStatus, "derived">[] = [
  "reported",
  "estimated",
  "range-only",
  "missing",
  "suppressed",
  "no-row",
];

function csvLabels(t: Translate): CsvLabels {
  const headers = Object.fromEntries(
    CSV_COLUMNS.map((c) => [c, t(`export.columns.${c}`)]),
  ) as Record<CsvColumn, string>;
  const status = Object.fromEntries([
    ...STATUSES.map((s) => [s, t(`status.${s}`)]),
    ["derived", t("chart.derived")],
  ]) as Record<ExportStatus, string>;
  return { headers, status };
}

export async function makeFile(
  kind: ExportKind,
  data: ChartExportData,
  body: HTMLElement | null,
  t: Translate,
  locale: UiLocale,
): Promise<{ blob: Blob; name: string }> {
  const date = today();
  if (kind === "csv-excel" || kind === "csv-plain") {
    const flavour: CsvFlavour = kind === "csv-excel" ? "excel" : "plain";
    const text = buildCsv(data, {
      flavour,
      exported: date,
      labels: csvLabels(t),
    });
    return {
      blob: new Blob([text], { type: "text/csv;charset=utf-8" }),
      name: exportFileName(
        data.title,
        date,
        flavour === "excel" ? "excel.csv" : "csv",
      ),
    };
  }
  if (!body) throw new Error("the chart is not on the page");
  const image = await import("./image");
  const text = {
    title: data.title,
    subtitle: data.subtitle,
    summary: data.summary,
    sourceLine: data.sourceLine,
    meta: t("export.meta", {
      datasets: datasetLabel(data.datasets),
      date: formatDate(date, locale),
    }),
  };
  const blob =
    kind === "png"
      ? await image.chartPng(body, text)
      : await image.chartSvg(body, text);
  return { blob, name: exportFileName(data.title, date, kind) };
}
