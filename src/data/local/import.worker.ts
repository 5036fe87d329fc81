/**
 * The import worker: runs the import session (import-session.ts) off the main thread so the page
 * stays responsive, reports progress, keeps the bytes and the full report, checks the bytes
 * again with a column mapping on "recheck", and on "save" builds the local dataset and writes it
 * to IndexedDB. Cancelling terminates the worker.
 */
import { isDatasetError } from "../errors";
import type { ImportRequest, ImportResponse } from "./import-protocol";
import { startImportSession, type ImportSession } from "./import-session";

type RecheckRequest = Extract<ImportRequest, { type: "recheck" }>;

const post = (message: ImportResponse): void => {
  self.postMessage(message);
};

let session: ImportSession | null = null;
/** The latest recheck not yet run; older ones waiting behind it are dropped unanswered. */
let pending: RecheckRequest | null = null;

function fail(error: unknown, id?: number): void {
  post({
    type: "failed",
    message: error instanceof Error ? error.message : String(error),
    ...(isDatasetError(error) ? { detail: error.detail } : {}),
    ...(id === undefined ? {} : { id }),
  });
}

/** Runs the latest waiting recheck, if any (before a save, so the save uses its report). */
function flushRecheck(): void {
  const request = pending;
  pending = null;
  if (!request || !session) return;
  try {
    post({
      type: "rechecked",
      id: request.id,
      ...session.recheck(request.mapping),
    });
  } catch (error) {
    fail(error, request.id);
  }
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
    fail(
      new Error("Nothing to do: the file has not been checked."),
      request.type === "recheck" ? request.id : undefined,
    );
    return;
  }
  if (request.type === "recheck") {
    // Messages already queued run before this timer, so a burst of changes is read once.
    const scheduled = pending !== null;
    pending = request;
    if (!scheduled) setTimeout(flushRecheck, 0);
    return;
  }
  flushRecheck();
  session.save(request).then(
    (meta) => {
      post({ type: "saved", meta });
    },
    (error: unknown) => {
      fail(error);
    },
  );
};
