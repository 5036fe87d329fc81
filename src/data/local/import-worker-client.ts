/**
 * The main thread's side of the import worker (import.worker.ts, import-protocol.ts): sends the
 * file, passes progress on, and answers rechecks and a save from the worker's messages. A recheck
 * overtaken by a newer one is aborted, as the worker drops it.
 */
import { DatasetError } from "../errors";
import type { ImportArea } from "../import/report-types";
import type {
  CheckedFile,
  ImportRequest,
  ImportResponse,
} from "./import-protocol";
import { abortError, type ImportResult } from "./import-result";
import type { LocalDatasetMeta } from "./local-dataset";

interface Deferred<T> {
  readonly resolve: (value: T) => void;
  readonly reject: (error: Error) => void;
}

const failure = (
  message: Extract<ImportResponse, { type: "failed" }>,
): Error =>
  message.detail
    ? new DatasetError(message.detail)
    : new Error(message.message);

/** The checked file of a worker message, without the message's own fields. */
const checkedOf = (message: CheckedFile): CheckedFile => ({
  report: message.report,
  observationCount: message.observationCount,
  unitHints: message.unitHints,
  sha256: message.sha256,
  bytes: message.bytes,
  millis: message.millis,
});

/**
 * The rechecks waiting for the worker's answer, by id. Settling one aborts the older ones still
 * waiting, as the worker drops them.
 */
function recheckQueue() {
  const waiting = new Map<number, Deferred<CheckedFile>>();
  let last = 0;
  return {
    add(deferred: Deferred<CheckedFile>): number {
      waiting.set(++last, deferred);
      return last;
    },
    settle(id: number, settle: (deferred: Deferred<CheckedFile>) => void) {
      for (const [other, deferred] of waiting) {
        if (other < id) deferred.reject(abortError());
        else if (other === id) settle(deferred);
        else continue;
        waiting.delete(other);
      }
    },
    failAll(error: Error) {
      for (const deferred of waiting.values()) deferred.reject(error);
      waiting.clear();
    },
  };
}

export function runInWorker(
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
    const rechecks = recheckQueue();
    worker.onerror = (event) => {
      worker.terminate();
      const error = new Error(event.message || "The import worker failed");
      rechecks.failAll(error);
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
              const id = rechecks.add({
                resolve: resolveCheck,
                reject: rejectCheck,
              });
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
        rechecks.settle(message.id, (deferred) => {
          deferred.resolve(checkedOf(message));
        });
      } else if (message.type === "failed" && message.id !== undefined) {
        rechecks.settle(message.id, (deferred) => {
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
