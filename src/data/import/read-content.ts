/**
 * The middle of an import: the text read as JSON (json-formats.ts: tidy, Kolada, JSON-stat) or
 * as CSV (csv-import.ts: tidy, wide, PxWeb) into the observation store.
 */
import type { AreaMatcher } from "./area-match";
import { importCsv } from "./csv-import";
import type { IssueCollector } from "./issues";
import { importJson, looksLikeJson } from "./json-formats";
import { IMPORT_MAX_LINE_LENGTH } from "./import-limits";
import type { ReadSoFar } from "./refused-report";
import type { ImportOptions } from "./report-types";
import type { ObservationStore } from "./validate";

export interface ContentInput {
  readonly text: string;
  readonly badLines: ReadonlySet<number>;
  readonly fileName: string;
  readonly matcher: AreaMatcher;
  readonly issues: IssueCollector;
  readonly store: ObservationStore;
  /** Called after each chunk with the share read; may throw (abort). */
  readonly onChunk: (fraction: number) => void;
  readonly options: ImportOptions;
}

export type ContentResult = Omit<ReadSoFar, "encoding"> & {
  /** false when the file was refused as a whole (the reason is among the issues). */
  readonly readable: boolean;
};

/** "mapp/Fil.namn.csv" → "Fil.namn". */
export function fileStemOf(fileName: string): string {
  const base = fileName.split(/[/\\]/).pop() ?? fileName;
  const dot = base.lastIndexOf(".");
  const stem = dot > 0 ? base.slice(0, dot) : base;
  return stem === "" ? "import" : stem;
}

/** Reads the file's content into the store. */
export function readContent(input: ContentInput): ContentResult {
  return looksLikeJson(input.text, input.fileName)
    ? readJson(input)
    : readCsv(input);
}

function readJson(input: ContentInput): ContentResult {
  const none = { delimiter: null, table: null, mapping: null };
  if (input.badLines.size > 0) {
    input.issues.add("error", "not-decodable", null, null, {
      key: "jsonNotDecodable",
    });
    return { ...none, format: null, rows: 0, readable: false };
  }
  const { format, rows, readable } = importJson({
    text: input.text,
    fileStem: fileStemOf(input.fileName),
    matcher: input.matcher,
    issues: input.issues,
    store: input.store,
    onChunk: input.onChunk,
  });
  return { ...none, format, rows, readable };
}

function readCsv(input: ContentInput): ContentResult {
  return importCsv({
    text: input.text,
    fileStem: fileStemOf(input.fileName),
    matcher: input.matcher,
    issues: input.issues,
    store: input.store,
    badLines: input.badLines,
    maxLineLength: input.options.maxLineLength ?? IMPORT_MAX_LINE_LENGTH,
    onChunk: input.onChunk,
    mapping: input.options.mapping ?? null,
  });
}
