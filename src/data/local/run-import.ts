/**
 * Runs an import in a Web Worker with progress and cancel; the worker keeps the full report and,
 * when asked, saves the local dataset itself (see import-protocol.ts). Where workers are
 * unavailable (the unit-test DOM), the same pipeline runs on the main thread. A file above the
 * size limit is refused before a byte of it is read. The bytes stay with the session, so the file
 * can be checked again with a column mapping.
 */
import { IMPORT_MAX_BYTES } from "../import/import-limits";
import { tooLargeReport } from "../import/refused-report";
import type { ImportArea } from "../import/report-types";
import { runInThread } from "./import-in-thread";
import { summarise } from "./summarise";
import { abortError, type ImportResult, type ImportRun } from "./import-result";
import { runInWorker } from "./import-worker-client";

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
