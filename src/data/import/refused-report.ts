/** Reports that use nothing of the file: refused by its size alone, or for a reason among its issues. */
import type { ImportMessage } from "@/i18n/import/import-text";

import { IMPORT_MAX_BYTES } from "./import-limits";
import type { ImportReport } from "./report-types";

/** What is known of a file when it is refused: how far reading it got. */
export type ReadSoFar = Pick<
  ImportReport,
  "encoding" | "delimiter" | "format" | "rows" | "table" | "mapping"
>;

export const NOTHING_READ: ReadSoFar = {
  encoding: null,
  delimiter: null,
  format: null,
  rows: 0,
  table: null,
  mapping: null,
};

/** A rejected report: nothing is used, the issues say why. */
export function refusedReport(
  file: string,
  read: ReadSoFar,
  issues: Pick<ImportReport, "issues"> & {
    readonly totals: Omit<ImportReport["totals"], "nationalValues">;
  },
): ImportReport {
  return {
    file,
    decision: "reject",
    ...read,
    observations: [],
    indicators: [],
    issues: issues.issues,
    totals: { ...issues.totals, nationalValues: 0 },
  };
}

/**
 * The report for a file refused by its size alone, before a byte of it is read (the browser
 * checks File.size first; checkImport gives the same report for bytes over the limit).
 */
export function tooLargeReport(
  fileName: string,
  size: number,
  limit: number = IMPORT_MAX_BYTES,
): ImportReport {
  const message: ImportMessage = { key: "tooLarge", params: { size, limit } };
  return refusedReport(fileName, NOTHING_READ, {
    issues: [
      {
        line: null,
        column: null,
        code: "too-large",
        severity: "error",
        message,
      },
    ],
    totals: { errorRows: 0, outsideCountyRows: 0, outsideRegionRows: 0 },
  });
}
