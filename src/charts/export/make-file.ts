/**
 * Makes an export file of a chart (CSV, PNG at the chart's size or as a 16:9 slide, SVG). Loaded
 * on the first click of the export menu, with the CSV builder; the image code loads only for
 * images.
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
  exportFileName,
  type ChartExportData,
  type ExportStatus,
} from "./export-data";

export type ExportKind =
  "png" | "png-slide" | "svg" | "csv-excel" | "csv-plain";

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
  // The source line names the dataset versions; the picture adds only the date.
  const text = {
    title: data.title,
    subtitle: data.subtitle,
    summary: data.summary,
    sourceLine: data.sourceLine,
    exported: t("export.exported", { date: formatDate(date, locale) }),
  };
  if (kind === "svg") {
    const { svg } = image.chartSvg(body, text);
    return {
      blob: new Blob([svg], { type: "image/svg+xml;charset=utf-8" }),
      name: exportFileName(data.title, date, "svg"),
    };
  }
  const layout = kind === "png-slide" ? "slide" : "chart";
  return {
    blob: await image.chartPng(body, text, layout),
    name: exportFileName(
      data.title,
      date,
      layout === "slide" ? "16x9.png" : "png",
    ),
  };
}
