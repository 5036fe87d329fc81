/**
 * CSV → rows of strings with their physical line numbers. papaparse does the parsing; no dynamic
 * typing (numbers are converted by the schemas, never guessed). Lines are counted as a text
 * editor counts them, including newlines inside quoted fields.
 */
import Papa from "papaparse";

interface CsvRow {
  /** 1-based physical line where the row starts. */
  readonly line: number;
  readonly fields: readonly string[];
}

export interface CsvParseResult {
  readonly rows: readonly CsvRow[];
  /** First parse error papaparse reports, with its line, or null. */
  readonly error: { readonly line: number; readonly message: string } | null;
}

/** Parses comma-separated text. Empty lines are dropped but still counted. */
export function parseCsv(text: string): CsvParseResult {
  const result = Papa.parse<string[]>(text, {
    header: false,
    delimiter: ",",
    dynamicTyping: false,
    skipEmptyLines: false,
  });
  const rows: CsvRow[] = [];
  const rowLines: number[] = [];
  let line = 1;
  for (const fields of result.data) {
    rowLines.push(line);
    const isEmpty = fields.length === 1 && fields[0] === "";
    if (!isEmpty) rows.push({ line, fields });
    line += 1 + fields.reduce((sum, field) => sum + countNewlines(field), 0);
  }
  const first = result.errors[0];
  const error = first
    ? {
        line: rowLines[first.row ?? 0] ?? 1,
        message: `${first.code}: ${first.message}`,
      }
    : null;
  return { rows, error };
}

function countNewlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1))
    count++;
  return count;
}
