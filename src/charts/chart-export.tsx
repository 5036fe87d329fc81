/**
 * The export menu of a chart: PNG (2×, for slides), SVG, and the CSV of exactly what the chart
 * shows, for Swedish Excel or plain. The builders are pure (charts/export/csv.ts); the image code
 * and html-to-image load on the first click, so the app shell stays small.
 */
import { useState, type RefObject } from "react";

import { formatDate } from "@/domain/format";
import { useT, type Translate } from "@/i18n/i18n";

import {
  buildCsv,
  CSV_COLUMNS,
  type CsvColumn,
  type CsvFlavour,
  type CsvLabels,
} from "./export/csv";
import {
  datasetLabel,
  exportFileName,
  type ChartExportData,
  type ExportStatus,
} from "./export/export-data";
import { saveBlob } from "./export/save-blob";

import "./chart-export.css";

type Kind = "png" | "svg" | "csv-excel" | "csv-plain";
const KINDS: readonly Kind[] = ["png", "svg", "csv-excel", "csv-plain"];

const STATUSES: readonly ExportStatus[] = [
  "reported",
  "estimated",
  "range-only",
  "missing",
  "suppressed",
  "no-row",
];

/** Today as an ISO date in the user's time zone. */
function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${String(d.getFullYear())}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function csvLabels(t: Translate): CsvLabels {
  const headers = Object.fromEntries(
    CSV_COLUMNS.map((c) => [c, t(`export.columns.${c}`)]),
  ) as Record<CsvColumn, string>;
  const status = Object.fromEntries(
    STATUSES.map((s) => [s, t(`status.${s}`)]),
  ) as Record<ExportStatus, string>;
  return { headers, status };
}

async function makeFile(
  kind: Kind,
  data: ChartExportData,
  body: HTMLElement | null,
  t: Translate,
  locale: "sv" | "en",
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
  const image = await import("./export/image");
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

export function ChartExport({
  data,
  body,
}: {
  data: ChartExportData;
  /** The chart's body element (what the image shows). */
  body: RefObject<HTMLElement | null>;
}) {
  const { t, locale } = useT();
  const [status, setStatus] = useState<{
    busy: boolean;
    message: string;
  }>({ busy: false, message: "" });

  const run = async (kind: Kind): Promise<void> => {
    setStatus({ busy: true, message: t("export.preparing") });
    try {
      const file = await makeFile(kind, data, body.current, t, locale);
      saveBlob(file.blob, file.name);
      setStatus({
        busy: false,
        message: t("export.done", { file: file.name }),
      });
    } catch (error) {
      setStatus({
        busy: false,
        message: t("export.failed", {
          message: error instanceof Error ? error.message : String(error),
        }),
      });
    }
  };

  return (
    <details className="chart-export">
      <summary className="button">{t("export.menu")}</summary>
      <div className="chart-export__menu">
        <ul>
          {KINDS.map((kind) => (
            <li key={kind}>
              <button
                type="button"
                className="button button--quiet"
                disabled={status.busy}
                data-export={kind}
                onClick={() => {
                  void run(kind);
                }}
              >
                {t(`export.kinds.${kind}`)}
              </button>
            </li>
          ))}
        </ul>
        <p className="chart-export__status" role="status">
          {status.message}
        </p>
      </div>
    </details>
  );
}
