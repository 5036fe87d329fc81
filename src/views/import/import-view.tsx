/**
 * Importera: a user's own file is checked in a Web Worker (progress, cancel), the report says what
 * was found line by line, and after a preview the user chooses to use the data; it is then kept
 * in this browser (IndexedDB) and offered in every view under "Egen data". Nothing is uploaded.
 */
import { useEffect, useRef, useState } from "react";

import type { ImportMapping } from "@/data/import/mapping";
import type { CheckedFile } from "@/data/local/import-protocol";
import type {
  IndicatorChoice,
  LocalDatasetMeta,
} from "@/data/local/local-dataset";
import {
  runImport,
  type ImportResult,
  type ImportRun,
} from "@/data/local/run-import";
import { request, useData } from "@/data/use-data";
import { useLocalDatasetActions } from "@/data/queries";
import type { Area } from "@/domain/areas";
import { formatNumber } from "@/domain/format";
import type { UrlStateApi } from "@/navigation/use-url-state";
import { useT } from "@/i18n/i18n";
import "@/i18n/views/import";

import { DatasetErrorMessage } from "../shared/dataset-error";
import { LocalDatasets } from "../shared/local-datasets";
import { GatedView } from "../shared/gated-view";

import { ColumnMapping } from "./column-mapping";
import { DropZone } from "./drop-zone";
import { ImportReportView } from "./import-report";
import { ImportSettings } from "./import-settings";
import "./import.css";

type Step =
  | { readonly kind: "idle"; readonly message?: string }
  | {
      readonly kind: "running";
      readonly file: string;
      readonly fraction: number;
      readonly run: ImportRun;
    }
  | {
      readonly kind: "done";
      /** Which file choice this is (a new one starts the "Kolumner" step afresh). */
      readonly run: number;
      readonly result: ImportResult;
      /** The latest reading of the file (the first, or one with the user's column mapping). */
      readonly checked: CheckedFile;
    }
  | { readonly kind: "saved"; readonly meta: LocalDatasetMeta };

export default function ImportView({ url }: { url: UrlStateApi }) {
  const { t } = useT();
  const base = useData({ areas: request.areas() });
  return (
    <GatedView title={t("importView.heading")} gate={base}>
      {(data) => <ImportBody url={url} areas={data.areas.areas} />}
    </GatedView>
  );
}

function ImportBody({
  url,
  areas,
}: {
  url: UrlStateApi;
  areas: readonly Area[];
}) {
  const { t, locale } = useT();
  const actions = useLocalDatasetActions();
  const [step, setStep] = useState<Step>({ kind: "idle" });
  const [saveError, setSaveError] = useState<unknown>(null);
  const current = useRef(0);
  // The worker of the file on screen keeps its full report until another file or a save.
  const worker = useRef<ImportResult | null>(null);
  useEffect(
    () => () => {
      worker.current?.dispose();
    },
    [],
  );
  const names = new Map<string, string>(areas.map((a) => [a.code, a.name]));
  const importAreas = areas.map((a) => ({
    code: a.code,
    name: a.name,
  }));

  const start = (file: File) => {
    const id = ++current.current;
    setSaveError(null);
    worker.current?.dispose();
    worker.current = null;
    const run = runImport(file, importAreas, (fraction) => {
      if (current.current !== id) return;
      setStep((s) => (s.kind === "running" ? { ...s, fraction } : s));
    });
    setStep({ kind: "running", file: file.name, fraction: 0, run });
    run.result.then(
      (result) => {
        if (current.current !== id) {
          result.dispose();
          return;
        }
        worker.current = result;
        setStep({ kind: "done", run: id, result, checked: result });
      },
      (error: unknown) => {
        if (current.current !== id) return;
        const cancelled =
          error instanceof DOMException && error.name === "AbortError";
        setStep({
          kind: "idle",
          message: cancelled
            ? t("importView.cancelled", { file: file.name })
            : t("importView.failed", {
                file: file.name,
                message: error instanceof Error ? error.message : String(error),
              }),
        });
      },
    );
  };

  /** Reads the file on screen again with a column mapping; a stale answer is dropped (null). */
  const recheck = async (
    result: ImportResult,
    mapping: ImportMapping | null,
  ): Promise<CheckedFile | null> => {
    try {
      const checked = await result.recheck(mapping);
      if (worker.current !== result) return null;
      setSaveError(null);
      setStep((s) =>
        s.kind === "done" && s.result === result ? { ...s, checked } : s,
      );
      return checked;
    } catch (error) {
      if (error instanceof DOMException && error.name === "AbortError")
        return null;
      throw error;
    }
  };

  const save = async (
    result: ImportResult,
    name: string,
    choices: readonly IndicatorChoice[],
  ) => {
    setSaveError(null);
    try {
      const meta = await result.save({
        name,
        choices,
        importedAt: new Date().toISOString(),
      });
      result.dispose();
      worker.current = null;
      await actions.saved(meta.id);
      setStep({ kind: "saved", meta });
    } catch (error) {
      setSaveError(error);
    }
  };

  return (
    <>
      <p className="lead">{t("importView.intro")}</p>
      <details className="card import-formats">
        <summary>{t("importView.formatsHeading")}</summary>
        <ul>
          <li>{t("importView.formats.csv")}</li>
          <li>{t("importView.formats.layouts")}</li>
          <li>{t("importView.formats.statistics")}</li>
          <li>{t("importView.formats.excel")}</li>
        </ul>
      </details>
      <p className="import-privacy">{t("importView.privacy")}</p>

      {step.kind === "running" ? (
        <section
          className="card import-progress"
          aria-labelledby="import-progress"
        >
          <h2 id="import-progress">
            {t("importView.checking", { file: step.file })}
          </h2>
          <progress
            max={1}
            value={step.fraction}
            aria-labelledby="import-progress"
          />
          <p aria-live="polite">
            {t("importView.progress", {
              percent: formatNumber(Math.floor(step.fraction * 100), 0, locale),
            })}
          </p>
          <button
            type="button"
            className="button"
            onClick={() => {
              step.run.cancel();
            }}
          >
            {t("importView.cancel")}
          </button>
        </section>
      ) : (
        <DropZone onFile={start} />
      )}
      {step.kind === "idle" && step.message !== undefined && (
        <p role="status" className="import-message">
          {step.message}
        </p>
      )}

      {step.kind === "done" && (
        <>
          <ImportReportView
            checked={step.checked}
            areaName={(code) => names.get(code) ?? code}
          />
          {step.result.report.table && (
            <ColumnMapping
              key={step.run}
              report={{
                ...step.result.report,
                table: step.result.report.table,
              }}
              onRecheck={(mapping) => recheck(step.result, mapping)}
            />
          )}
          {step.checked.report.decision !== "reject" &&
            step.checked.observationCount > 0 && (
              <ImportSettings
                key={step.checked.report.indicators.map((i) => i.id).join("\n")}
                checked={step.checked}
                onSave={(name, choices) => save(step.result, name, choices)}
              />
            )}
          {saveError !== null && <DatasetErrorMessage error={saveError} />}
        </>
      )}

      {step.kind === "saved" && (
        <section className="card import-saved" aria-labelledby="import-saved">
          <div role="status">
            <h2 id="import-saved">
              {t("importView.saved", { name: step.meta.name })}
            </h2>
          </div>
          <SavedLinks url={url} meta={step.meta} />
        </section>
      )}

      <LocalDatasets />
    </>
  );
}

function SavedLinks({
  url,
  meta,
}: {
  url: UrlStateApi;
  meta: LocalDatasetMeta;
}) {
  const { t } = useT();
  const first =
    meta.indicators.find((i) => i.scope === "kommun") ?? meta.indicators[0];
  const link = (
    view: "compare" | "map" | "sources",
    label: string,
    withIndicator: boolean,
  ) => {
    const patch = {
      view,
      indicator: withIndicator && first ? first.id : null,
      period: null,
      group: null,
      table: false,
    };
    return (
      <a
        className="button"
        href={url.href(patch)}
        onClick={(event) => {
          event.preventDefault();
          url.update(patch);
        }}
      >
        {label}
      </a>
    );
  };
  return (
    <p className="import-saved__links">
      {first && link("compare", t("importView.openCompare"), true)}{" "}
      {first?.scope === "kommun" && link("map", t("importView.openMap"), true)}{" "}
      {link("sources", t("importView.openSources"), false)}
    </p>
  );
}
