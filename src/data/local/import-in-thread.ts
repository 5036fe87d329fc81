/** The import pipeline on the main thread, where workers are unavailable (the unit-test DOM). */
import type { ImportArea } from "../import/report-types";
import type { CheckedFile } from "./import-protocol";
import { abortError, type ImportResult } from "./import-result";

export async function runInThread(
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
