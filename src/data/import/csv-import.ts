/**
 * The CSV path of an import: `sep=` line, delimiter, line-length limit, then the lines through
 * the sheet reader (csv-sheet.ts: title rows above the header, the header, a sample of rows to
 * plan the layout and decide the decimal separator, then every row through the row reader).
 */
import type { AreaMatcher } from "./area-match";
import { detectDelimiter, readCsv, readSepLine, scanLines } from "./csv";
import { CsvSheet } from "./csv-sheet";
import type { IssueCollector } from "./issues";
import type { ImportMapping } from "./mapping";
import type {
  ImportDelimiter,
  ImportFormat,
  ImportTable,
} from "./report-types";
import type { ObservationStore } from "./validate";

export interface CsvImportInput {
  readonly text: string;
  readonly fileStem: string;
  readonly matcher: AreaMatcher;
  readonly issues: IssueCollector;
  readonly store: ObservationStore;
  readonly badLines: ReadonlySet<number>;
  readonly maxLineLength: number;
  /** Called after every chunk with the share read; may throw (abort). */
  readonly onChunk: (fraction: number) => void;
  /** The user's column mapping: replaces detection when given. */
  readonly mapping?: ImportMapping | null;
}

export interface CsvImportResult {
  readonly delimiter: ImportDelimiter | null;
  readonly format: ImportFormat | null;
  readonly rows: number;
  /** false when the file was refused as a whole (the reason is among the issues). */
  readonly readable: boolean;
  /** The header and first rows, for the column-mapping step (null before a header was found). */
  readonly table: ImportTable | null;
  /** The mapping the file was read with: the user's, or the one detection arrived at. */
  readonly mapping: ImportMapping | null;
}

const refused = (delimiter: ImportDelimiter | null): CsvImportResult => ({
  delimiter,
  format: null,
  rows: 0,
  readable: false,
  table: null,
  mapping: null,
});

/** Reads a CSV text into the store. */
export function importCsv(input: CsvImportInput): CsvImportResult {
  const { issues } = input;
  const sep = readSepLine(input.text);
  const body = sep ? sep.rest : input.text;
  if (sep)
    issues.add("info", "sep-line", 1, null, {
      key: "sepLine",
      params: { delimiter: sep.delimiter },
    });
  const delimiter = sep?.delimiter ?? detectDelimiter(body);
  if (delimiter === null) {
    issues.add("error", "no-delimiter", null, null, { key: "noDelimiter" });
    return refused(null);
  }
  const firstLine = sep ? 2 : 1;
  const scan = scanLines(body, input.maxLineLength, firstLine);
  if (scan.tooLong) {
    const { line, length } = scan.tooLong;
    issues.add("error", "line-too-long", line, null, {
      key: "lineTooLong",
      params: { line, length, max: input.maxLineLength },
    });
    return refused(delimiter);
  }
  const sheet = new CsvSheet(input);
  readCsv(
    scan.text,
    {
      delimiter,
      newline: scan.newline,
      firstLine,
      maxRecordLength: input.maxLineLength,
      onChunk: input.onChunk,
    },
    sheet,
  );
  const result = sheet.finish();
  if (result === null) {
    issues.add("error", "no-header", null, null, { key: "noHeader" });
    return refused(delimiter);
  }
  return { delimiter, ...result };
}
