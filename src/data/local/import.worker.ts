/**
 * The import worker: runs the shared validation pipeline (src/data/import) off the main thread so
 * the page stays responsive, reports progress, keeps the full report, and on "save" builds the
 * local dataset and writes it to IndexedDB. Cancelling terminates the worker.
 */
import { sha256Hex } from "../checksum";
import { isDatasetError } from "../errors";
import { checkImport } from "../import/check-import";
import type { ImportReport } from "../import/report-types";
import {
  summarise,
  type ImportRequest,
  type ImportResponse,
} from "./import-protocol";
import { buildLocalDataset } from "./local-dataset";
import { saveLocalDataset } from "./local-store";

const post = (message: ImportResponse): void => {
  self.postMessage(message);
};

let kept: { report: ImportReport; sha256: string; bytes: number } | null = null;

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
      const bytes = new Uint8Array(request.buffer);
      const started = performance.now();
      let last = 0;
      const report = checkImport(
        bytes,
        request.fileName,
        { areas: request.areas },
        {
          onProgress: (fraction) => {
            const now = performance.now();
            if (now - last < 50 && fraction < 1) return;
            last = now;
            post({ type: "progress", fraction });
          },
        },
      );
      const millis = performance.now() - started;
      const sha256 = sha256Hex(bytes);
      kept = { report, sha256, bytes: bytes.byteLength };
      post({
        type: "checked",
        ...summarise(report, sha256, bytes.byteLength, millis),
      });
    } catch (error) {
      fail(error);
    }
    return;
  }
  if (!kept) {
    fail(new Error("Nothing to save: the file has not been checked."));
    return;
  }
  const dataset = buildLocalDataset({
    report: kept.report,
    name: request.name,
    sha256: kept.sha256,
    bytes: kept.bytes,
    importedAt: request.importedAt,
    choices: request.choices,
  });
  saveLocalDataset(dataset).then(
    () => {
      post({ type: "saved", meta: dataset.meta });
    },
    (error: unknown) => {
      fail(error);
    },
  );
};
