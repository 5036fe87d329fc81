/**
 * The import worker: runs the shared validation pipeline (src/data/import) off the main thread so
 * the page stays responsive, and reports progress. Cancelling terminates the worker.
 */
import { sha256Hex } from "../checksum";
import { checkImport } from "../import/check-import";
import type { ImportRequest, ImportResponse } from "./import-protocol";

const post = (message: ImportResponse): void => {
  self.postMessage(message);
};

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  const { buffer, fileName, areas } = event.data;
  try {
    const bytes = new Uint8Array(buffer);
    const started = performance.now();
    let last = 0;
    const report = checkImport(
      bytes,
      fileName,
      { areas },
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
    post({
      type: "done",
      report,
      sha256: sha256Hex(bytes),
      bytes: bytes.byteLength,
      millis,
    });
  } catch (error) {
    post({
      type: "failed",
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
