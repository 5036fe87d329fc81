/**
 * The `--json` form of a report, shared by `npm run data:check -- <file> --json` and the browser:
 * `{ file, decision, encoding, delimiter, format, rows, totals: { error_rows,
 * outside_county_rows }, observations: [{ area, indicator, period, period_kind, value, status,
 * symbol, breakdown }], issues: [{ line, column, code, message }] }` with Swedish messages.
 * `breakdown` holds every breakdown column's value ({"Kön": "K", "Ålder": "0-9 år"}) or null, so
 * rows for women and men are never indistinguishable duplicates.
 */
import type { Locale } from "@/domain/local-text";
import { periodKind, type PeriodKind } from "@/domain/periods";
import { importText } from "@/i18n/import/import-text";

import type { ImportReport } from "./report-types";

export interface CheckJson {
  readonly file: string;
  readonly decision: ImportReport["decision"];
  readonly encoding: ImportReport["encoding"];
  readonly delimiter: ImportReport["delimiter"];
  readonly format: ImportReport["format"];
  readonly rows: number;
  readonly totals: {
    readonly error_rows: number;
    readonly outside_county_rows: number;
  };
  readonly observations: readonly {
    readonly area: string;
    readonly indicator: string;
    readonly period: string;
    readonly period_kind: PeriodKind | null;
    readonly value: number | null;
    readonly status: string;
    readonly symbol: string | null;
    readonly breakdown: Readonly<Record<string, string>> | null;
  }[];
  readonly issues: readonly {
    readonly line: number | null;
    readonly column: string | null;
    readonly code: string;
    readonly message: string;
  }[];
}

/** The report as the CLI's JSON object (messages in Swedish unless another locale is given). */
export function toCheckJson(
  report: ImportReport,
  locale: Locale = "sv",
): CheckJson {
  return {
    file: report.file,
    decision: report.decision,
    encoding: report.encoding,
    delimiter: report.delimiter,
    format: report.format,
    rows: report.rows,
    totals: {
      error_rows: report.totals.errorRows,
      outside_county_rows: report.totals.outsideCountyRows,
    },
    observations: report.observations.map((o) => ({
      area: o.area,
      indicator: o.indicator,
      period: o.period,
      period_kind: periodKind(o.period),
      value: o.value,
      status: o.status,
      symbol: o.symbol,
      breakdown: o.breakdown,
    })),
    issues: report.issues.map((issue) => ({
      line: issue.line,
      column: issue.column,
      code: issue.code,
      message: importText(issue.message, locale),
    })),
  };
}

/** Exit code of `data:check`: 0 accept, 1 accept with row errors, 2 reject. */
export function exitCodeOf(report: ImportReport): 0 | 1 | 2 {
  if (report.decision === "accept") return 0;
  if (report.decision === "accept-with-row-errors") return 1;
  return 2;
}
