/**
 * The export menu of a chart: PNG (2×, as on the page or as a 16:9 slide), SVG, and the CSV of
 * exactly what the chart shows, for Swedish Excel or plain. The builders are pure
 * (charts/export/csv.ts, export/svg/); they load on the first click (export/make-file.ts), so
 * the shell stays small.
 */
import { useState, type RefObject } from "react";

import { useT } from "@/i18n/i18n";

import type { ChartExportData } from "./export/export-data";
import type { ExportKind } from "./export/make-file";
import { saveBlob } from "./export/save-blob";

import "./chart-export.css";

const KINDS: readonly ExportKind[] = [
  "png",
  "png-slide",
  "svg",
  "csv-excel",
  "csv-plain",
];

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

  const run = async (kind: ExportKind): Promise<void> => {
    setStatus({ busy: true, message: t("export.preparing") });
    try {
      const { makeFile } = await import("./export/make-file");
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
