/**
 * Runs an import in a Web Worker with progress and cancel. Where workers are unavailable (the
 * unit-test DOM), the same pipeline runs on the main thread. A file above the size limit is
 * refused before a byte of it is read.
 */
import type { ImportArea, ImportReport } from "../import/report-types";
import type { ImportRequest, ImportResponse } from "./import-protocol";

export interface ImportResult {
  readonly report: ImportReport;
  readonly sha256: string;
  readonly bytes: number;
  readonly millis: number;
}

export interface ImportRun {
  readonly result: Promise<ImportResult>;
  /** Stops the work at once; `result` then rejects with an AbortError. */
  readonly cancel: () => void;
}

const abortError = (): DOMException =>
  new DOMException("The import was cancelled", "AbortError");

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
      const { IMPORT_MAX_BYTES, tooLargeReport } =
        await import("../import/check-import");
      if (file.size > IMPORT_MAX_BYTES) {
        resolve({
          report: tooLargeReport(file.name, file.size),
          sha256: "",
          bytes: file.size,
          millis: 0,
        });
        return;
      }
      const buffer = await file.arrayBuffer();
      if (state.cancelled) return;
      if (typeof Worker === "undefined") {
        resolve(await runInThread(buffer, file.name, areas));
        return;
      }
      const worker = new Worker(
        new URL("./import.worker.ts", import.meta.url),
        {
          type: "module",
        },
      );
      cancel = () => {
        worker.terminate();
        reject(abortError());
      };
      worker.onmessage = (event: MessageEvent<ImportResponse>) => {
        const message = event.data;
        if (message.type === "progress") onProgress(message.fraction);
        else {
          worker.terminate();
          if (message.type === "done") resolve(message);
          else reject(new Error(message.message));
        }
      };
      worker.onerror = (event) => {
        worker.terminate();
        reject(new Error(event.message || "The import worker failed"));
      };
      const request: ImportRequest = { buffer, fileName: file.name, areas };
      worker.postMessage(request, [buffer]);
    })().catch(reject);
  });
  return {
    result,
    cancel: () => {
      cancel();
    },
  };
}

async function runInThread(
  buffer: ArrayBuffer,
  fileName: string,
  areas: readonly ImportArea[],
): Promise<ImportResult> {
  const [{ checkImport }, { sha256Hex }] = await Promise.all([
    import("../import/check-import"),
    import("../checksum"),
  ]);
  const bytes = new Uint8Array(buffer);
  const started = performance.now();
  const report = checkImport(bytes, fileName, { areas });
  return {
    report,
    sha256: sha256Hex(bytes),
    bytes: bytes.byteLength,
    millis: performance.now() - started,
  };
}
