/**
 * CSV of exactly what a chart shows, in two flavours:
 * - "excel": what Swedish Excel opens correctly by double-click: UTF-8 with a BOM, `;` between
 *   fields, decimal comma, every text field quoted, CRLF, headers and statuses in the UI language;
 * - "plain": for programs: comma, decimal point, machine column names and status codes.
 * Every row carries the chart title, unit, source, dataset id and version and the export date, so
 * a row copied out of the file still says where it came from.
 *
 * Formula injection (OWASP "CSV injection", research/reliability.md c1): a text cell that starts
 * with `=`, `+`, `-`, `@`, TAB, CR or LF is written with a leading `'` so a spreadsheet shows it as
 * text; numbers are written as numbers and never prefixed, so a negative value stays numeric.
 */
import { stripBidi } from "@/domain/bidi";
import type { ChartExportData, ExportRow, ExportStatus } from "./export-data";

export type CsvFlavour = "excel" | "plain";

export const CSV_COLUMNS = [
  "area_code",
  "area_name",
  "indicator_id",
  "indicator",
  "breakdown",
  "period",
  "value",
  "value_unrounded",
  "low",
  "high",
  "status",
  "symbol",
  "unit",
  "derived",
  "source",
  "dataset_id",
  "dataset_version",
  "chart",
  "exported",
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Column headers and status words for the Excel flavour (the plain one uses the keys). */
export interface CsvLabels {
  readonly headers: Readonly<Record<CsvColumn, string>>;
  readonly status: Readonly<Record<ExportStatus, string>>;
}

/**
 * The symbol beside a value, after the conventions of Swedish official statistics: ".." the value
 * is not available (missing, or only a span is given), "X" withheld for confidentiality, "~" an
 * approximate value; a reported or derived value has none.
 */
const STATUS_SYMBOLS: Readonly<Record<ExportStatus, string>> = {
  reported: "",
  estimated: "~",
  "range-only": "..",
  missing: "..",
  suppressed: "X",
  "no-row": "..",
  derived: "",
};

const FORMULA_START = /^[=+\-@\t\r\n]/;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)(?:[eE][+-]?\d+)?$/;

/** True when a spreadsheet would read the text as a formula. */
export function isFormulaLike(text: string): boolean {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text.trim());
}

/** Text as a spreadsheet will show it: formula-like text gets a leading `'`. */
export function neutralise(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}

/** A number as a spreadsheet reads it: no thousands separator, the flavour's decimal mark. */
export function csvNumber(value: number, flavour: CsvFlavour): string {
  // Round away binary noise (0.1 + 0.2) without losing any digit a source can have.
  const text = String(Number(value.toPrecision(12)));
  return flavour === "excel" ? text.replace(".", ",") : text;
}

type Cell = string | number | null;

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function cellText(cell: Cell, flavour: CsvFlavour, delimiter: string): string {
  if (cell === null) return "";
  if (typeof cell === "number") return csvNumber(cell, flavour);
  // Bidi controls (from a local data label) go first, so none can hide a formula start.
  const safe = neutralise(stripBidi(cell));
  if (flavour === "excel" || /["\r\n]/.test(safe) || safe.includes(delimiter))
    return quote(safe);
  return safe;
}

function rowCells(
  row: ExportRow,
  data: ChartExportData,
  exported: string,
  flavour: CsvFlavour,
  labels: CsvLabels,
): Record<CsvColumn, Cell> {
  return {
    area_code: row.areaCode,
    area_name: row.areaName,
    indicator_id: row.indicatorId,
    indicator: row.indicator,
    breakdown: row.breakdown,
    period: row.period,
    value: row.value,
    value_unrounded: row.valueUnrounded ?? null,
    low: row.low,
    high: row.high,
    status: flavour === "excel" ? labels.status[row.status] : row.status,
    // An imported file's own symbol wins: it is what the user's source said.
    symbol:
      row.symbol !== undefined && row.symbol !== null && row.symbol !== ""
        ? row.symbol
        : STATUS_SYMBOLS[row.status],
    unit: row.unit,
    derived: row.derived,
    source: row.source,
    dataset_id: row.datasetId,
    dataset_version: row.datasetVersion,
    chart: data.title,
    exported,
  };
}

/** The CSV text (with a BOM in the Excel flavour). `exported` is the ISO date of the export. */
export function buildCsv(
  data: ChartExportData,
  options: {
    readonly flavour: CsvFlavour;
    readonly exported: string;
    readonly labels: CsvLabels;
  },
): string {
  const { flavour, exported, labels } = options;
  const delimiter = flavour === "excel" ? ";" : ",";
  const line = (cells: readonly Cell[]): string =>
    cells.map((c) => cellText(c, flavour, delimiter)).join(delimiter);
  const header =
    flavour === "excel"
      ? CSV_COLUMNS.map((c) => labels.headers[c])
      : [...CSV_COLUMNS];
  const lines = [
    line(header),
    ...data.rows().map((row) => {
      const cells = rowCells(row, data, exported, flavour, labels);
      return line(CSV_COLUMNS.map((c) => cells[c]));
    }),
  ];
  const text = `${lines.join("\r\n")}\r\n`;
  return flavour === "excel" ? `\uFEFF${text}` : text;
}
