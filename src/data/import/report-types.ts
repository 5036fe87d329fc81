/**
 * The shapes of an import report: what checkImport returns and what the Importera view and
 * `npm run data:check` show. Re-exported from check-import.ts, the pipeline's entry point.
 */
import type { ImportMessage } from "@/i18n/import/import-text";

import type { ImportMapping } from "./mapping";

type ImportDecision = "accept" | "accept-with-row-errors" | "reject";
export type ImportEncoding =
  "utf-8" | "utf-8-bom" | "windows-1252" | "utf-16le" | "utf-16be";
export type ImportFormat =
  | "csv-tidy"
  | "csv-wide-periods"
  | "csv-wide-indicators"
  | "pxweb-csv"
  | "json-tidy"
  | "kolada-json"
  | "json-stat2";
export type ImportDelimiter = ";" | "," | "\t";
export type ImportSeverity = "error" | "warning" | "info";

export interface ImportIssue {
  /** 1-based physical line as a text editor counts it; null for the whole file or a JSON path. */
  readonly line: number | null;
  /** The column heading as the file names it, or a JSON path; null for whole-line problems. */
  readonly column: string | null;
  /** Stable machine code, e.g. "unknown-area", "bad-number", "conflict". */
  readonly code: string;
  /** error = the row (or file) is not used; warning and info = used and reported. */
  readonly severity: ImportSeverity;
  /**
   * What is wrong, as a key of the import messages and its parameters (the offending value
   * among them); importText() (src/i18n/import) says it in plain Swedish or English.
   */
  readonly message: ImportMessage;
}

export type ImportStatus = "reported" | "missing" | "suppressed";

export interface ImportedObservation {
  /**
   * "0127" (4-character kommunkod), "01" (the county) or "00" (Sweden); for a row kept for the
   * national comparisons, another kommun ("1480") or län ("03").
   */
  readonly area: string;
  /**
   * The series: the indicator as the file names it (wide: the heading without a trailing year;
   * Kolada: the KPI id) and the values of any other breakdown columns, joined with " / "
   * (series.ts), so distinct combinations never collide.
   */
  readonly indicator: string;
  /** Canonical period: "2023", "2014M08", "2014K1" or a span "2013-2016" (domain/periods). */
  readonly period: string;
  readonly value: number | null;
  /** A statistical symbol becomes missing or suppressed; a value present is reported. */
  readonly status: ImportStatus;
  /** The raw statistical symbol (`..`, `...`, `.`, `-`, ``) or null. */
  readonly symbol: string | null;
  /** From a unit column, a heading or JSON metadata when the file has one. */
  readonly unit: string | null;
  /** "T"/"K"/"M" (Kolada, or a kön column), the kön cell's own text if not a known word, or null. */
  readonly gender: string | null;
  /** Every breakdown column's value (heading → value, kön included), shared per combination. */
  readonly breakdown: Readonly<Record<string, string>> | null;
  /** Physical line the value came from (JSON: 0). */
  readonly line: number;
}

export interface ImportIndicator {
  readonly id: string;
  readonly unit: string | null;
  readonly label: string | null;
}

/** The header and first rows of a CSV file as read (cells clipped), for the column-mapping step. */
export interface ImportTable {
  readonly headerLine: number;
  readonly header: readonly string[];
  readonly rows: readonly {
    readonly line: number;
    readonly cells: readonly string[];
  }[];
}

/** Real totals of a report (its issue list is capped per code; these never are). */
export interface ImportTotals {
  /** Rows (CSV lines; JSON records or cells) with at least one error. */
  readonly errorRows: number;
  /**
   * Rows for kommuner or län elsewhere in Sweden: known, not wrong, kept for the national
   * comparisons and never shown in the county's views.
   */
  readonly outsideCountyRows: number;
  /** Of those, rows for other län or regions (not kommuner). */
  readonly outsideRegionRows: number;
  /** Observations kept for those areas (the rest are the county's kommuner, the county and Riket). */
  readonly nationalValues: number;
}

export interface ImportReport {
  readonly file: string;
  readonly decision: ImportDecision;
  /** null when the file was refused before decoding. */
  readonly encoding: ImportEncoding | null;
  /** null for JSON (and for a file refused before its delimiter was found). */
  readonly delimiter: ImportDelimiter | null;
  readonly format: ImportFormat | null;
  /** Data rows read (CSV: non-empty rows below the header; JSON: records). */
  readonly rows: number;
  readonly observations: readonly ImportedObservation[];
  readonly issues: readonly ImportIssue[];
  /** Distinct indicators in file order. */
  readonly indicators: readonly ImportIndicator[];
  readonly totals: ImportTotals;
  /** CSV: the header and first rows (null for JSON, or before a header was found). */
  readonly table: ImportTable | null;
  /** CSV: the column mapping the file was read with (the user's, or detection's); else null. */
  readonly mapping: ImportMapping | null;
}

export interface ImportArea {
  readonly code: string;
  readonly name: string;
  /** Optional short name ("Väsby"), accepted as another spelling of the name. */
  readonly shortName?: string;
}

export interface ImportContext {
  /** The 26 kommuner and the county "01" (from the `kommuner` dataset; "00" may be included). */
  readonly areas: readonly ImportArea[];
}

export interface ImportOptions {
  /** Called now and then with 0..1; cheap. */
  readonly onProgress?: (fraction: number) => void;
  /** Aborting makes checkImport throw a DOMException named "AbortError" promptly. */
  readonly signal?: AbortSignal;
  /** Default IMPORT_MAX_BYTES. */
  readonly maxBytes?: number;
  /** Default IMPORT_MAX_LINE_LENGTH. */
  readonly maxLineLength?: number;
  /** A column mapping for a CSV file (the user's), replacing detection. */
  readonly mapping?: ImportMapping | null;
}
