/**
 * The CSV path of an import: `sep=` line, delimiter, line-length limit, title rows above the
 * header (PxWeb), header, a sample of rows to plan the layout and decide the decimal separator,
 * then every row through the row reader.
 */
import type { AreaMatcher } from "./area-match";
import { detectDelimiter, readCsv, readSepLine, scanLines } from "./csv";
import { CsvRowReader } from "./csv-rows";
import { clip, type IssueCollector } from "./issues";
import { planLayout, type SampleRow } from "./layouts";
import { type DecimalMode, trimCell } from "./numbers";
import type { ImportMapping } from "./mapping";
import { mappingFromPlan, planFromMapping } from "./mapping-plan";
import type {
  ImportDelimiter,
  ImportFormat,
  ImportTable,
} from "./report-types";
import type { ObservationStore } from "./validate";
import { decideNumberModes } from "./number-modes";

const SAMPLE_ROWS = 2000;
/** Rows shown in the column-mapping step. */
const TABLE_ROWS = 8;

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

type Phase = "before-header" | "sample" | "rows" | "refused";

/** Reads a CSV text into the store. */
export function importCsv(input: CsvImportInput): CsvImportResult {
  const { issues } = input;
  const sep = readSepLine(input.text);
  const body = sep ? sep.rest : input.text;
  const firstLine = sep ? 2 : 1;
  if (sep) {
    issues.add("info", "sep-line", 1, null, {
      sv: `Första raden (”sep=${sep.delimiter === "\t" ? "TAB" : sep.delimiter}”) anger avgränsaren och är ingen data.`,
      en: `The first line (“sep=${sep.delimiter === "\t" ? "TAB" : sep.delimiter}”) gives the delimiter and is not data.`,
    });
  }
  const delimiter = sep?.delimiter ?? detectDelimiter(body);
  if (delimiter === null) {
    issues.add("error", "no-delimiter", null, null, {
      sv: "Hittar ingen avgränsare mellan kolumnerna (semikolon, komma eller tabb). Filen behöver minst två kolumner: kommun och värde.",
      en: "Found no delimiter between columns (semicolon, comma or TAB). The file needs at least two columns: kommun and value.",
    });
    return {
      delimiter: null,
      format: null,
      rows: 0,
      readable: false,
      table: null,
      mapping: null,
    };
  }
  const scan = scanLines(body, input.maxLineLength, firstLine);
  if (scan.tooLong) {
    issues.add("error", "line-too-long", scan.tooLong.line, null, {
      sv: `Rad ${scan.tooLong.line} är ${scan.tooLong.length} tecken lång; högst ${input.maxLineLength} tillåts. Filen läses inte (är det verkligen en tabell?).`,
      en: `Line ${scan.tooLong.line} is ${scan.tooLong.length} characters long; at most ${input.maxLineLength} are allowed. The file is not read (is it really a table?).`,
    });
    return {
      delimiter,
      format: null,
      rows: 0,
      readable: false,
      table: null,
      mapping: null,
    };
  }

  const state: { phase: Phase } = { phase: "before-header" };
  let title: string | null = null;
  let blankAfterTitle = false;
  let header: string[] = [];
  let headerLine = 0;
  const sample: SampleRow[] = [];
  let reader: CsvRowReader | null = null;
  let format: ImportFormat | null = null;

  let table: ImportTable | null = null;
  let mapping: ImportMapping | null = null;
  const plan = (): void => {
    table = {
      headerLine,
      // Headings whole and as plans name them (a mapping must match them; the schema allows 500).
      header: header.map((h) =>
        h
          .replace(/^\ufeff/, "")
          .trim()
          .slice(0, 500),
      ),
      rows: sample
        .filter((row) => row.fields.some((f) => trimCell(f) !== ""))
        .slice(0, TABLE_ROWS)
        .map((row) => ({ line: row.line, cells: row.fields.map(clip) })),
    };
    const layoutInput = {
      header,
      headerLine,
      sample,
      title,
      pxweb: title !== null && blankAfterTitle,
      fileStem: input.fileStem,
      matcher: input.matcher,
      issues,
    };
    const given = input.mapping ?? null;
    const layout = given
      ? planFromMapping(given, layoutInput)
      : planLayout(layoutInput);
    if (!layout) {
      state.phase = "refused";
      return;
    }
    format = layout.format;
    const modes = given
      ? new Map<number, DecimalMode>(
          layout.values.map((v) => [
            v.index,
            given.numberFormat === "en" ? "point" : "comma",
          ]),
        )
      : decideNumberModes(layout.values, sample, issues);
    mapping = given ?? mappingFromPlan(layout, modes);
    reader = new CsvRowReader({
      plan: layout,
      modes,
      matcher: input.matcher,
      store: input.store,
      issues,
      badLines: input.badLines,
      headerLine,
    });
    state.phase = "rows";
    for (const row of sample) reader.read(row.fields, row.line, row.span);
    sample.length = 0;
  };

  readCsv(
    scan.text,
    {
      delimiter,
      newline: scan.newline,
      firstLine,
      maxRecordLength: input.maxLineLength,
      onChunk: input.onChunk,
    },
    {
      row(fields, line, span) {
        if (state.phase === "rows") {
          reader?.read(fields, line, span);
        } else if (state.phase === "sample") {
          sample.push({ fields, line, span });
          if (sample.length >= SAMPLE_ROWS) plan();
        } else if (state.phase === "before-header") {
          if (input.badLines.has(line)) return;
          const filled = fields.filter((f) => trimCell(f) !== "");
          if (filled.length === 0) {
            if (title !== null) blankAfterTitle = true;
          } else if (filled.length === 1) {
            const text = trimCell(filled[0] ?? "");
            if (title === null) title = text;
            issues.add("info", "title-row", line, null, {
              sv: `Raden ”${clip(text)}” står ovanför rubrikraden och läses som rubrik eller anteckning.`,
              en: `The line “${clip(text)}” is above the header row and is read as a title or note.`,
            });
          } else {
            header = fields;
            headerLine = line;
            issues.headerLine = line;
            state.phase = "sample";
          }
        }
      },
      quoteError(kind, line, lastLine) {
        if (kind === "unclosed") {
          issues.add("error", "unclosed-quote", line, null, {
            sv: `Citattecknet som börjar på rad ${line} stängs aldrig, så rad ${line}–${lastLine} kan inte läsas.`,
            en: `The quote that opens on line ${line} is never closed, so lines ${line}–${lastLine} cannot be read.`,
          });
        } else {
          issues.add("error", "bad-quotes", line, null, {
            sv: 'Raden har citattecken på fel ställe (ett fält som börjar med " måste sluta med " före avgränsaren); raden används inte.',
            en: 'The line has quotes in the wrong place (a field that starts with " must end with " before the delimiter); the line is not used.',
          });
        }
      },
      recordTooLong(line) {
        issues.add("error", "line-too-long", line, null, {
          sv: `Raden som börjar på rad ${line} fortsätter över mer än ${input.maxLineLength} tecken (oftast ett citattecken som aldrig stängs); resten av filen läses inte.`,
          en: `The row starting on line ${line} runs over more than ${input.maxLineLength} characters (usually a quote that is never closed); the rest of the file is not read.`,
        });
      },
    },
  );
  if (state.phase === "sample") plan();
  (reader as CsvRowReader | null)?.finish();
  if (state.phase === "before-header") {
    issues.add("error", "no-header", null, null, {
      sv: "Filen har ingen rubrikrad med minst två kolumner (den är tom eller har bara en kolumn).",
      en: "The file has no header row with at least two columns (it is empty or has only one column).",
    });
    return {
      delimiter,
      format: null,
      rows: 0,
      readable: false,
      table: null,
      mapping: null,
    };
  }
  const rows = (reader as CsvRowReader | null)?.rows ?? 0;
  return {
    delimiter,
    format,
    rows,
    readable: state.phase !== "refused",
    table,
    mapping,
  };
}
