/**
 * The import worker: runs the import session (import-session.ts) off the main thread so the page
 * stays responsive, reports progress, keeps the full report, and on "save" builds the local
 * dataset and writes it to IndexedDB. Cancelling terminates the worker.
 */
import { isDatasetError } from "../errors";
import type { ImportRequest, ImportResponse } from "./import-protocol";
import { startImportSession, type ImportSession } from "./import-session";

const post = (message: ImportResponse): void => {
  self.postMessage(message);
};

let session: ImportSession | null = null;

function fail(error: unknown): void {
  post({
    type: "failed",
    message: error instanceof Error ? error.message : String(error),
    ...(isDatasetError(error) ? { detail: error.detail } : {}),
  });
}

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  const request = event.data;
  if (request.type === "check") {
    try {
      let last = 0;
      session = startImportSession(
        new Uint8Array(request.buffer),
        request.fileName,
        request.areas,
        (fraction) => {
          const now = performance.now();
          if (now - last < 50 && fraction < 1) return;
          last = now;
          post({ type: "progress", fraction });
        },
      );
      post({ type: "checked", ...session.checked });
    } catch (error) {
      fail(error);
    }
    return;
  }
  if (!session) {
    fail(new Error("Nothing to save: the file has not been checked."));
    return;
  }
  session.save(request).then(
    (meta) => {
      post({ type: "saved", meta });
    },
    (error: unknown) => {
      fail(error);
    },
  );
};
