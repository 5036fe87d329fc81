/** Messages between the Importera view and the import worker. */
import type { ImportArea, ImportReport } from "../import/report-types";

export interface ImportRequest {
  readonly buffer: ArrayBuffer;
  readonly fileName: string;
  readonly areas: readonly ImportArea[];
}

export type ImportResponse =
  | { readonly type: "progress"; readonly fraction: number }
  | {
      readonly type: "done";
      readonly report: ImportReport;
      readonly sha256: string;
      readonly bytes: number;
      /** Milliseconds spent validating (for the benchmark and the report). */
      readonly millis: number;
    }
  | { readonly type: "failed"; readonly message: string };
