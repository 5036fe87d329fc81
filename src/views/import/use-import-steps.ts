/**
 * The steps of one import on the Importera page: a file is checked in a worker (running), its
 * report is shown and may be read again with a column mapping (done), and the chosen indicators
 * are saved in this browser (saved). Only the newest file's answers are kept; an older run's
 * answer is dropped and its worker disposed.
 */
import { useEffect, useRef, useState } from "react";

import type { ImportMapping } from "@/data/import/mapping";
import type { CheckedFile } from "@/data/local/import-protocol";
import type {
  IndicatorChoice,
  LocalDatasetMeta,
} from "@/data/local/local-dataset";
import type { ImportResult, ImportRun } from "@/data/local/import-result";
import { runImport } from "@/data/local/run-import";
import { useLocalDatasetActions } from "@/data/queries";
import type { Area } from "@/domain/areas";
import { useT, type Translate } from "@/i18n/i18n";

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

const isAbort = (error: unknown): boolean =>
  error instanceof DOMException && error.name === "AbortError";

/** Why a file's check ended without a report: cancelled, or what went wrong. */
function failureText(error: unknown, file: string, t: Translate): string {
  return isAbort(error)
    ? t("importView.cancelled", { file })
    : t("importView.failed", {
        file,
        message: error instanceof Error ? error.message : String(error),
      });
}

/**
 * The newest file's run and its worker. The worker of the file on screen keeps its full report
 * until another file, a save or leaving the page disposes it; an older run's answers are dropped.
 */
function useNewestWorker() {
  const current = useRef(0);
  const worker = useRef<ImportResult | null>(null);
  useEffect(
    () => () => {
      worker.current?.dispose();
    },
    [],
  );
  return {
    /** Starts a run (the previous worker is disposed) and returns its id. */
    next: (): number => {
      worker.current?.dispose();
      worker.current = null;
      return ++current.current;
    },
    isCurrent: (id: number): boolean => current.current === id,
    keep: (result: ImportResult) => {
      worker.current = result;
    },
    holds: (result: ImportResult): boolean => worker.current === result,
    /** Disposes a worker whose dataset is saved; none is kept. */
    release: (result: ImportResult) => {
      result.dispose();
      worker.current = null;
    },
  };
}

export function useImportSteps(areas: readonly Area[]) {
  const { t } = useT();
  const actions = useLocalDatasetActions();
  const [step, setStep] = useState<Step>({ kind: "idle" });
  const [saveError, setSaveError] = useState<unknown>(null);
  const newest = useNewestWorker();
  const importAreas = areas.map((a) => ({ code: a.code, name: a.name }));

  const start = (file: File) => {
    const id = newest.next();
    setSaveError(null);
    const run = runImport(file, importAreas, (fraction) => {
      if (!newest.isCurrent(id)) return;
      setStep((s) => (s.kind === "running" ? { ...s, fraction } : s));
    });
    setStep({ kind: "running", file: file.name, fraction: 0, run });
    run.result.then(
      (result) => {
        if (!newest.isCurrent(id)) {
          result.dispose();
          return;
        }
        newest.keep(result);
        setStep({ kind: "done", run: id, result, checked: result });
      },
      (error: unknown) => {
        if (!newest.isCurrent(id)) return;
        setStep({ kind: "idle", message: failureText(error, file.name, t) });
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
      if (!newest.holds(result)) return null;
      setSaveError(null);
      setStep((s) =>
        s.kind === "done" && s.result === result ? { ...s, checked } : s,
      );
      return checked;
    } catch (error) {
      if (isAbort(error)) return null;
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
      newest.release(result);
      await actions.saved(meta.id);
      setStep({ kind: "saved", meta });
    } catch (error) {
      setSaveError(error);
    }
  };

  return { step, saveError, start, recheck, save };
}
