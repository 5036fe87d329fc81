/** The report as plain text (`npm run data:check`), in Swedish and in English. */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

import { describe, expect, it } from "vitest";

import { checkImport } from "@/data/import/check-import";
import { formatReportText } from "@/data/import/report-text";

import { IMPORT_CONTEXT } from "../../fixtures/import-context";

const FIXTURES = resolve(import.meta.dirname, "../../fixtures/import");

function report(file: string) {
  const bytes = new Uint8Array(readFileSync(resolve(FIXTURES, file)));
  return checkImport(bytes, file, IMPORT_CONTEXT);
}

describe(formatReportText, () => {
  it("says the decision, what was read and every problem, in Swedish or English", () => {
    const empty = report("empty.csv");
    expect(formatReportText(empty)).toBe(
      "Fil: empty.csv\nAvvisad: inget i filen används.\n0 datarader, 0 värden att använda, 0 indikatorer.\n\nProblem (1, varav 1 fel):\n  [fel] Filen är tom. (empty-file)\n",
    );
    expect(formatReportText(empty, "en")).toBe(
      "File: empty.csv\nRejected: nothing in the file is used.\n0 data rows, 0 values to use, 0 indicators.\n\nProblems (1, of which 1 errors):\n  [error] The file is empty. (empty-file)\n",
    );
    const lines = formatReportText(report("conflicts.csv"), "en").split("\n");
    expect(lines.slice(0, 5)).toEqual([
      "File: conflicts.csv",
      "Accepted with row errors: the rows without errors can be used; the rows with errors below are not used.",
      "Read as: encoding UTF-8, delimiter semicolon, format: CSV, one row per value.",
      "5 data rows, 2 values to use, 1 indicator.",
      "2 rows have errors.",
    ]);
    expect(lines).toContain(
      "  [error] line 5, column “Värde”: Conflicting values for Solna (0184), Andel, 2019: 7 on line 3 and 8 on line 5. Neither is used. (conflict)",
    );
  });

  it("quotes the file's text in English with whole English quotation marks", () => {
    // Without a column, an earlier version turned the first ” it met into “: "“Ã–“ for “Ö”".
    const text = formatReportText(report("double-encoded.csv"), "en");
    expect(text).toContain("e.g. “Ã–” for “Ö”");
    expect(text).not.toContain("“Ã–“");
  });
});
