/**
 * The lines of a CSV file after its delimiter is known: title rows above the header (PxWeb),
 * the header, a sample of rows to plan the layout and decide the decimal separator
 * (csv-plan.ts), then every row through the row reader (csv-rows.ts). Quote errors and a record
 * over the length limit are reported with their lines.
 */
import type { CsvRowSink } from "./csv";
import type { CsvImportInput, CsvImportResult } from "./csv-import";
import { planCsv } from "./csv-plan";
import { CsvRowReader } from "./csv-rows";
import { clip } from "./clip";
import type { SampleRow } from "./layouts";
import { trimCell } from "./numbers";
import type { ImportFormat, ImportTable } from "./report-types";
import type { ImportMapping } from "./mapping";

const SAMPLE_ROWS = 2000;

type Phase = "before-header" | "sample" | "rows" | "refused";

export class CsvSheet implements CsvRowSink {
  private phase: Phase = "before-header";
  private title: string | null = null;
  private blankAfterTitle = false;
  private header: string[] = [];
  private headerLine = 0;
  private readonly sample: SampleRow[] = [];
  private reader: CsvRowReader | null = null;
  private format: ImportFormat | null = null;
  private table: ImportTable | null = null;
  private mapping: ImportMapping | null = null;

  constructor(private readonly input: CsvImportInput) {}

  row(fields: string[], line: number, span: number): void {
    if (this.phase === "rows") this.reader?.read(fields, line, span);
    else if (this.phase === "sample") {
      this.sample.push({ fields, line, span });
      if (this.sample.length >= SAMPLE_ROWS) this.plan();
    } else if (this.phase === "before-header") this.beforeHeader(fields, line);
  }

  quoteError(kind: "unclosed" | "malformed", line: number, lastLine: number) {
    if (kind === "unclosed")
      this.input.issues.add("error", "unclosed-quote", line, null, {
        key: "unclosedQuote",
        params: { line, lastLine },
      });
    else
      this.input.issues.add("error", "bad-quotes", line, null, {
        key: "badQuotes",
      });
  }

  recordTooLong(line: number): void {
    this.input.issues.add("error", "line-too-long", line, null, {
      key: "recordTooLong",
      params: { line, max: this.input.maxLineLength },
    });
  }

  /** After the last line: what was read, or null when no header was found. */
  finish(): Omit<CsvImportResult, "delimiter"> | null {
    if (this.phase === "sample") this.plan();
    this.reader?.finish();
    if (this.phase === "before-header") return null;
    return {
      format: this.format,
      rows: this.reader?.rows ?? 0,
      readable: this.phase !== "refused",
      table: this.table,
      mapping: this.mapping,
    };
  }

  /** A line above the header: blank, a title or note (one cell), or the header itself. */
  private beforeHeader(fields: string[], line: number): void {
    const { issues, badLines } = this.input;
    if (badLines.has(line)) return;
    const filled = fields.filter((f) => trimCell(f) !== "");
    if (filled.length === 0) {
      if (this.title !== null) this.blankAfterTitle = true;
    } else if (filled.length === 1) {
      const text = trimCell(filled[0] ?? "");
      this.title ??= text;
      issues.add("info", "title-row", line, null, {
        key: "titleRow",
        params: { text: clip(text) },
      });
    } else {
      this.header = fields;
      this.headerLine = line;
      issues.headerLine = line;
      this.phase = "sample";
    }
  }

  /** Plans the reading from the sample, then reads the sample's rows. */
  private plan(): void {
    const planned = planCsv({
      header: this.header,
      headerLine: this.headerLine,
      sample: this.sample,
      title: this.title,
      pxweb: this.title !== null && this.blankAfterTitle,
      fileStem: this.input.fileStem,
      matcher: this.input.matcher,
      issues: this.input.issues,
      mapping: this.input.mapping ?? null,
    });
    this.table = planned.table;
    if (!planned.reading) {
      this.phase = "refused";
      return;
    }
    const { layout, modes, mapping } = planned.reading;
    this.format = layout.format;
    this.mapping = mapping;
    const reader = new CsvRowReader({
      plan: layout,
      modes,
      matcher: this.input.matcher,
      store: this.input.store,
      issues: this.input.issues,
      badLines: this.input.badLines,
      headerLine: this.headerLine,
    });
    this.reader = reader;
    this.phase = "rows";
    for (const row of this.sample) reader.read(row.fields, row.line, row.span);
    this.sample.length = 0;
  }
}
