/**
 * Runs an import in a Web Worker with progress and cancel; the worker keeps the full report and,
 * when asked, saves the local dataset itself (see import-protocol.ts). Where workers are
 * unavailable (the unit-test DOM), the same pipeline runs on the main thread. A file above the
 * size limit is refused before a byte of it is read. The bytes stay with the session, so the file
 * can be checked again with a column mapping.
 */
import { DatasetError } from "../errors";
import { IMPORT_MAX_BYTES } from "../import/import-limits";
import type { ImportMapping } from "../import/mapping";
import { tooLargeReport } from "../import/refused-report";
import type { ImportArea } from "../import/report-types";
import {
  summarise,
  type CheckedFile,
  type ImportRequest,
  type ImportResponse,
} from "./import-protocol";
import type { SaveRequest } from "./import-session";
import type { LocalDatasetMeta } from "./local-dataset";

export interface ImportResult extends CheckedFile {
  /**
   * Checks the same bytes again with a column mapping (null: detection's reading); a later save
   * uses the latest report. A request overtaken by a newer one rejects with an AbortError.
   */
  readonly recheck: (mapping: ImportMapping | null) => Promise<CheckedFile>;
  /** Builds the local dataset from the latest full report and saves it in IndexedDB. */
  readonly save: (request: SaveRequest) => Promise<LocalDatasetMeta>;
  /** Frees the worker (and the full report it keeps). */
  readonly dispose: () => void;
}

export interface ImportRun {
  readonly result: Promise<ImportResult>;
  /** Stops the work at once; `result` then rejects with an AbortError. */
  readonly cancel: () => void;
}

interface Deferred<T> {
  readonly resolve: (value: T) => void;
  readonly reject: (error: Error) => void;
}

const abortError = (): DOMException =>
  new DOMException("The import was cancelled", "AbortError");

const failure = (
  message: Extract<ImportResponse, { type: "failed" }>,
): Error =>
  message.detail
    ? new DatasetError(message.detail)
    : new Error(message.message);

export function runImport(
  file: Blob & { readonly name: string },
  areas: readonly ImportArea[],
  onProgress: (fraction: number) => void,
): ImportRun {
  let cancel: () => void = () => undefined;
  const result = new Promise<ImportResult>((resolve, reject) => {
    const state = { cancelled: false };
    cancel = () => {
      state.cancelled = true;
      reject(abortError());
    };
    void (async () => {
      if (file.size > IMPORT_MAX_BYTES) {
        resolve({
          ...summarise(tooLargeReport(file.name, file.size), "", file.size, 0),
          recheck: () => Promise.reject(new Error("The file was refused.")),
          save: () => Promise.reject(new Error("The file was refused.")),
          dispose: () => undefined,
        });
        return;
      }
      const buffer = await file.arrayBuffer();
      if (state.cancelled) return;
      if (typeof Worker === "undefined") {
        resolve(await runInThread(buffer, file.name, areas));
        return;
      }
      resolve(
        await runInWorker(buffer, file.name, areas, onProgress, (c) => {
          cancel = c;
        }),
      );
    })().catch(reject);
  });
  return {
    result,
    cancel: () => {
      cancel();
    },
  };
}

/** The checked file of a worker message, without the message's own fields. */
const checkedOf = (message: CheckedFile): CheckedFile => ({
  report: message.report,
  observationCount: message.observationCount,
  unitHints: message.unitHints,
  sha256: message.sha256,
  bytes: message.bytes,
  millis: message.millis,
});

function runInWorker(
  buffer: ArrayBuffer,
  fileName: string,
  areas: readonly ImportArea[],
  onProgress: (fraction: number) => void,
  setCancel: (cancel: () => void) => void,
): Promise<ImportResult> {
  const worker = new Worker(new URL("./import.worker.ts", import.meta.url), {
    type: "module",
  });
  const send = (request: ImportRequest, transfer: Transferable[] = []) => {
    worker.postMessage(request, transfer);
  };
  return new Promise<ImportResult>((resolve, reject) => {
    setCancel(() => {
      worker.terminate();
      reject(abortError());
    });
    let pendingSave: {
      resolve: (meta: LocalDatasetMeta) => void;
      reject: (error: Error) => void;
    } | null = null;
    const rechecks = new Map<number, Deferred<CheckedFile>>();
    let lastRecheck = 0;
    /** Settles recheck `id`; the worker drops older ones still waiting, so they are aborted. */
    const settleRecheck = (
      id: number,
      settle: (deferred: Deferred<CheckedFile>) => void,
    ) => {
      for (const [other, deferred] of rechecks) {
        if (other < id) deferred.reject(abortError());
        else if (other === id) settle(deferred);
        else continue;
        rechecks.delete(other);
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      const error = new Error(event.message || "The import worker failed");
      for (const deferred of rechecks.values()) deferred.reject(error);
      rechecks.clear();
      if (pendingSave) pendingSave.reject(error);
      else reject(error);
    };
    worker.onmessage = (event: MessageEvent<ImportResponse>) => {
      const message = event.data;
      if (message.type === "progress") onProgress(message.fraction);
      else if (message.type === "checked") {
        resolve({
          ...checkedOf(message),
          recheck: (mapping) =>
            new Promise<CheckedFile>((resolveCheck, rejectCheck) => {
              const id = ++lastRecheck;
              rechecks.set(id, { resolve: resolveCheck, reject: rejectCheck });
              send({ type: "recheck", id, mapping });
            }),
          save: (request) =>
            new Promise<LocalDatasetMeta>((resolveSave, rejectSave) => {
              pendingSave = { resolve: resolveSave, reject: rejectSave };
              send({ type: "save", ...request });
            }),
          dispose: () => {
            worker.terminate();
          },
        });
      } else if (message.type === "rechecked") {
        settleRecheck(message.id, (deferred) => {
          deferred.resolve(checkedOf(message));
        });
      } else if (message.type === "failed" && message.id !== undefined) {
        settleRecheck(message.id, (deferred) => {
          deferred.reject(failure(message));
        });
      } else if (message.type === "saved") {
        pendingSave?.resolve(message.meta);
        pendingSave = null;
      } else if (pendingSave) {
        pendingSave.reject(failure(message));
        pendingSave = null;
      } else {
        worker.terminate();
        reject(failure(message));
      }
    };
    send({ type: "check", buffer, fileName, areas }, [buffer]);
  });
}

async function runInThread(
  buffer: ArrayBuffer,
  fileName: string,
  areas: readonly ImportArea[],
): Promise<ImportResult> {
  const { startImportSession } = await import("./import-session");
  const session = startImportSession(new Uint8Array(buffer), fileName, areas);
  // Like the worker: a recheck waits a moment, one overtaken by a newer one is aborted, and a
  // save first runs the one still waiting.
  let waiting: { readonly run: () => void; readonly abort: () => void } | null =
    null;
  const runWaiting = () => {
    const next = waiting;
    waiting = null;
    next?.run();
  };
  return {
    ...session.checked,
    recheck: (mapping) =>
      new Promise<CheckedFile>((resolve, reject) => {
        waiting?.abort();
        waiting = {
          run: () => {
            try {
              resolve(session.recheck(mapping));
            } catch (error) {
              reject(error instanceof Error ? error : new Error(String(error)));
            }
          },
          abort: () => {
            reject(abortError());
          },
        };
        setTimeout(runWaiting, 0);
      }),
    save: (request) => {
      runWaiting();
      return session.save(request);
    },
    dispose: () => undefined,
  };
}
