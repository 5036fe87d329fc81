/**
 * One import, start to finish, in whichever thread runs it (the worker, or the main thread where
 * workers are unavailable): check the bytes and keep the full report; later build the local
 * dataset from it and save it.
 */
import { sha256Hex } from "../checksum";
import { checkImport } from "../import/check-import";
import type { ImportArea, ImportReport } from "../import/report-types";
import { summarise, type CheckedFile } from "./import-protocol";
import {
  buildLocalDataset,
  type IndicatorChoice,
  type LocalDatasetMeta,
} from "./local-dataset";
import { saveLocalDataset } from "./local-store";

export interface SaveRequest {
  readonly name: string;
  readonly choices: readonly IndicatorChoice[];
  readonly importedAt: string;
}

export interface ImportSession {
  /** What the page is shown: the report with a preview of the observations. */
  readonly checked: CheckedFile;
  /** Builds the local dataset from the full report and saves it in IndexedDB. */
  readonly save: (request: SaveRequest) => Promise<LocalDatasetMeta>;
}

export function startImportSession(
  bytes: Uint8Array,
  fileName: string,
  areas: readonly ImportArea[],
  onProgress?: (fraction: number) => void,
): ImportSession {
  const started = performance.now();
  const report: ImportReport = checkImport(
    bytes,
    fileName,
    { areas },
    onProgress ? { onProgress } : {},
  );
  const millis = performance.now() - started;
  const sha256 = sha256Hex(bytes);
  return {
    checked: summarise(report, sha256, bytes.byteLength, millis),
    save: async (request) => {
      const dataset = buildLocalDataset({
        report,
        sha256,
        bytes: bytes.byteLength,
        ...request,
      });
      await saveLocalDataset(dataset);
      return dataset.meta;
    },
  };
}
