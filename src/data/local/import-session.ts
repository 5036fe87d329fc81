/**
 * One import, start to finish, in whichever thread runs it (the worker, or the main thread where
 * workers are unavailable): check the bytes and keep the full report; check them again with the
 * user's column mapping as often as asked (the bytes stay here for that); later build the local
 * dataset from the latest report and save it.
 */
import { sha256Hex } from "../checksum";
import { checkImport } from "../import/check-import";
import type { ImportMapping } from "../import/mapping";
import type { ImportArea, ImportReport } from "../import/report-types";
import type { CheckedFile } from "./import-protocol";
import { summarise } from "./summarise";
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
  /** What the page is shown first: the report with a preview of the observations. */
  readonly checked: CheckedFile;
  /**
   * Checks the same bytes again with a column mapping (null: detection's own reading) and
   * replaces the report a later save uses.
   */
  readonly recheck: (mapping: ImportMapping | null) => CheckedFile;
  /** Builds the local dataset from the latest full report and saves it in IndexedDB. */
  readonly save: (request: SaveRequest) => Promise<LocalDatasetMeta>;
}

export function startImportSession(
  bytes: Uint8Array,
  fileName: string,
  areas: readonly ImportArea[],
  onProgress?: (fraction: number) => void,
): ImportSession {
  const sha256 = sha256Hex(bytes);
  let report: ImportReport;
  const check = (
    mapping: ImportMapping | null,
    progress?: (fraction: number) => void,
  ): CheckedFile => {
    const started = performance.now();
    report = checkImport(
      bytes,
      fileName,
      { areas },
      {
        ...(progress ? { onProgress: progress } : {}),
        ...(mapping ? { mapping } : {}),
      },
    );
    const millis = performance.now() - started;
    return summarise(report, sha256, bytes.byteLength, millis);
  };
  const checked = check(null, onProgress);
  return {
    checked,
    recheck: (mapping) => check(mapping),
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
