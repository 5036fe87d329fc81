/**
 * CSV text → rows of fields with their physical line numbers (1-based, as a text editor counts
 * them: CR LF, LF and a lone CR each end a line, newlines inside quoted fields included).
 * papaparse does the parsing, in chunks, so a large file never becomes one big array of rows;
 * the delimiter is chosen here, never by papaparse's auto-detection (which picks "," in a ";"
 * file with decimal commas).
 */
import Papa from "papaparse";

import type { ImportDelimiter } from "./report-types";

const CSV_CHUNK_SIZE = 65536;
const DELIMITERS: readonly ImportDelimiter[] = [";", "\t", ","];
const DETECT_LINES = 50;

export interface SepLine {
  readonly delimiter: ImportDelimiter;
  /** Text after the sep= line. */
  readonly rest: string;
}

/** Excel's `sep=;` first line (also quoted, or followed by empty fields); null if absent. */
export function readSepLine(text: string): SepLine | null {
  const match = /^"?sep=([;,\t|])"?[;,\t]*(\r\n|\n|\r|$)/i.exec(
    text.slice(0, 64),
  );
  if (!match) return null;
  const delimiter = match[1];
  if (delimiter !== ";" && delimiter !== "," && delimiter !== "\t") return null;
  return { delimiter, rest: text.slice(match[0].length) };
}

/** Counts a character outside double quotes in one line. */
function countOutsideQuotes(line: string, char: string): number {
  let count = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === char) count++;
  }
  return count;
}

/**
 * The delimiter that splits the first lines most consistently: for each candidate, the number of
 * lines whose count (outside quotes) equals the most common non-zero count. Ties go to ";", then
 * TAB, then ",". Null when no candidate occurs at all.
 */
export function detectDelimiter(text: string): ImportDelimiter | null {
  const lines: string[] = [];
  let start = 0;
  while (lines.length < DETECT_LINES && start < text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end).replace(/\r$/, "");
    if (line.trim() !== "") lines.push(line);
    start = end + 1;
  }
  let best: ImportDelimiter | null = null;
  let bestScore = 0;
  for (const delimiter of DELIMITERS) {
    const frequency = new Map<number, number>();
    for (const line of lines) {
      const count = countOutsideQuotes(line, delimiter);
      if (count > 0) frequency.set(count, (frequency.get(count) ?? 0) + 1);
    }
    let score = 0;
    for (const lineCount of frequency.values())
      score = Math.max(score, lineCount);
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

export interface LineScan {
  /** The text with every line end as "\n" when the file mixed them (else unchanged). */
  readonly text: string;
  readonly newline: "\n" | "\r\n";
  /** First physical line longer than the limit, or null. */
  readonly tooLong: { readonly line: number; readonly length: number } | null;
}

/**
 * Finds the line ending (uniform CR LF, or LF; mixed endings and lone CRs are normalised to LF)
 * and the first line longer than maxLineLength. `firstLine` is the number of the text's first line.
 */
export function scanLines(
  text: string,
  maxLineLength: number,
  firstLine = 1,
): LineScan {
  let carriageReturns = 0;
  for (let i = text.indexOf("\r"); i !== -1; i = text.indexOf("\r", i + 1))
    carriageReturns++;
  let crlf = 0;
  let lineFeeds = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) {
    lineFeeds++;
    if (i > 0 && text.charCodeAt(i - 1) === 13) crlf++;
  }
  let normalised = text;
  let newline: "\n" | "\r\n" = "\n";
  if (carriageReturns > 0) {
    if (carriageReturns === crlf && crlf === lineFeeds) newline = "\r\n";
    else normalised = text.replaceAll("\r\n", "\n").replaceAll("\r", "\n");
  }
  const extra = newline.length - 1;
  let tooLong: LineScan["tooLong"] = null;
  let start = 0;
  let line = firstLine;
  for (;;) {
    const end = normalised.indexOf("\n", start);
    const length = (end === -1 ? normalised.length : end - extra) - start;
    if (length > maxLineLength) {
      tooLong = { line, length };
      break;
    }
    if (end === -1) break;
    start = end + 1;
    line++;
  }
  return { text: normalised, newline, tooLong };
}

export interface CsvRowSink {
  /** One parsed row starting on `line` and spanning `span` more lines (quoted newlines). */
  row(fields: string[], line: number, span: number): void;
  /** A row papaparse could not read cleanly (bad or unclosed quotes). */
  quoteError(
    kind: "unclosed" | "malformed",
    line: number,
    lastLine: number,
  ): void;
  /** A record (with its quoted newlines) longer than the limit: reading stops there. */
  recordTooLong(line: number): void;
}

export interface CsvReadOptions {
  readonly delimiter: ImportDelimiter;
  readonly newline: "\n" | "\r\n";
  readonly firstLine: number;
  readonly maxRecordLength: number;
  /** Called after each chunk with the share of the text read so far. */
  readonly onChunk?: (fraction: number) => void;
}

function newlinesIn(fields: readonly string[]): number {
  let count = 0;
  for (const field of fields) {
    for (let i = field.indexOf("\n"); i !== -1; i = field.indexOf("\n", i + 1))
      count++;
  }
  return count;
}

/** Parses the text chunk by chunk and hands every row to the sink with its physical line. */
export function readCsv(
  text: string,
  options: CsvReadOptions,
  sink: CsvRowSink,
): void {
  const parser = new Papa.Parser({
    delimiter: options.delimiter,
    newline: options.newline,
    quoteChar: '"',
    header: false,
  });
  let partial = "";
  let base = 0;
  let line = options.firstLine;
  for (let offset = 0; offset < text.length; offset += CSV_CHUNK_SIZE) {
    const last = offset + CSV_CHUNK_SIZE >= text.length;
    const input = partial + text.slice(offset, offset + CSV_CHUNK_SIZE);
    const result = parser.parse(input, base, !last) as Papa.ParseResult<
      string[]
    >;
    const rows = result.data;
    const quoted = input.includes('"');
    const badRows = new Map<number, "unclosed" | "malformed">();
    for (const error of result.errors) {
      const kind = error.code === "MissingQuotes" ? "unclosed" : "malformed";
      if (error.row !== undefined) badRows.set(error.row, kind);
    }
    for (let i = 0; i < rows.length; i++) {
      const fields = rows[i] ?? [];
      const span = quoted ? newlinesIn(fields) : 0;
      const bad = badRows.size > 0 ? badRows.get(i) : undefined;
      if (bad) sink.quoteError(bad, line, line + span);
      else sink.row(fields, line, span);
      line += 1 + span;
    }
    if (!last) {
      partial = input.slice(result.meta.cursor - base);
      base = result.meta.cursor;
      if (partial.length > options.maxRecordLength) {
        sink.recordTooLong(line);
        return;
      }
    }
    options.onChunk?.(Math.min(1, (offset + CSV_CHUNK_SIZE) / text.length));
  }
}
