/**
 * What a started import gives back, whether it runs in a worker or on the main thread: the
 * checked file with recheck, save and dispose, and the run itself (the result and a cancel).
 */
import type { ImportMapping } from "../import/mapping";
import type { CheckedFile } from "./import-protocol";
import type { SaveRequest } from "./import-session";
import type { LocalDatasetMeta } from "./local-dataset";

export interface ImportResult extends CheckedFile {
  /**
   * Checks the same bytes again with a column mapping (null: detection's reading); a later save
   * uses the latest report. A request overtaken by a newer one rejects with an AbortError.
   */
  readonly recheck: (mapping: ImportMapping | null) => Promise<CheckedFile>;
  /** Builds the local dataset from the latest full report and saves it in IndexedDB. */
  readonly save: (request: SaveRequest) => Promise<LocalDatasetMeta>;
  /** Frees the worker (and the full report it keeps). */
  readonly dispose: () => void;
}

export interface ImportRun {
  readonly result: Promise<ImportResult>;
  /** Stops the work at once; `result` then rejects with an AbortError. */
  readonly cancel: () => void;
}

/** The error a cancelled or overtaken request rejects with. */
export const abortError = (): DOMException =>
  new DOMException("The import was cancelled", "AbortError");
