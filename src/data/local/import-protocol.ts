/**
 * Messages between the Importera view and the import worker. The worker keeps the full report
 * (up to a million observations) and sends the page only what it shows: the report with the
 * first observations as a preview. When the user chooses to use the data, the worker builds the
 * local dataset and writes it to IndexedDB itself, so the observations never cross threads.
 * "recheck" reads the same bytes again with the user's column mapping; each carries an id, and
 * the page ignores an answer to anything but its latest request.
 */
import type { DatasetErrorDetail } from "../errors";
import type { ImportMapping } from "../import/mapping";
import type { ImportArea, ImportReport } from "../import/report-types";
import type { IndicatorChoice, LocalDatasetMeta } from "./local-dataset";

export type ImportRequest =
  | {
      readonly type: "check";
      readonly buffer: ArrayBuffer;
      readonly fileName: string;
      readonly areas: readonly ImportArea[];
    }
  | {
      readonly type: "recheck";
      readonly id: number;
      /** null: detection's own reading. */
      readonly mapping: ImportMapping | null;
    }
  | {
      readonly type: "save";
      readonly name: string;
      readonly choices: readonly IndicatorChoice[];
      readonly importedAt: string;
    };

export interface CheckedFile {
  /** The report, with `observations` cut to the preview. */
  readonly report: ImportReport;
  /** How many observations the full report holds. */
  readonly observationCount: number;
  /** The first unit the file gives for each indicator's values ("%", "kr", a unit column). */
  readonly unitHints: Readonly<Record<string, string>>;
  readonly sha256: string;
  readonly bytes: number;
  /** Milliseconds spent validating (decode, parse, check), for the report and the benchmark. */
  readonly millis: number;
}

export type ImportResponse =
  | { readonly type: "progress"; readonly fraction: number }
  | ({ readonly type: "checked" } & CheckedFile)
  | ({ readonly type: "rechecked"; readonly id: number } & CheckedFile)
  | { readonly type: "saved"; readonly meta: LocalDatasetMeta }
  | {
      readonly type: "failed";
      readonly message: string;
      /** Set when the failure is a DatasetError (e.g. IndexedDB unusable). */
      readonly detail?: DatasetErrorDetail;
      /** Set when a recheck failed: that request's id. */
      readonly id?: number;
    };
