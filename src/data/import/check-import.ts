/**
 * The import pipeline's entry point, shared by the Importera view (in a Web Worker) and
 * `npm run data:check` (Node): bytes → report. Pure: no DOM, no React, no Node APIs.
 *
 *   size limit → not-text sniffing → decoding (BOM, UTF-8, Windows-1252) → repair of
 *   double-encoded lines → JSON (tidy, Kolada, JSON-stat 2) or CSV (tidy, wide, PxWeb) →
 *   rows → observations, checked for duplicates, conflicts and implausible values → decision.
 *
 * Decision: "accept" (no errors), "accept-with-row-errors" (some rows or values not used, listed
 * with line and column) or "reject" (nothing used: not text, too big, no recognisable layout,
 * no valid rows…). Never throws for bad input; only an abort throws (DOMException "AbortError").
 */
import type { Locale } from "@/domain/local-text";

import { AreaMatcher } from "./area-match";
import { stripBidiControls } from "./bidi";
import { importCsv } from "./csv-import";
import { decodeBytes } from "./decode";
import { repairText } from "./mojibake";
import { IssueCollector } from "./issues";
import { importJson, looksLikeJson } from "./json-formats";
import type { ImportMapping } from "./mapping";
import type {
  ImportContext,
  ImportDelimiter,
  ImportEncoding,
  ImportFormat,
  ImportOptions,
  ImportReport,
  ImportTable,
} from "./report-types";
import { ObservationStore } from "./validate";

export type {
  ImportContext,
  ImportOptions,
  ImportReport,
} from "./report-types";

/** Largest file accepted: 100 MB (a million tidy rows are about 50 MB). */
export const IMPORT_MAX_BYTES = 100 * 1024 * 1024;
/** Longest physical line (and CSV record) accepted, in characters. */
export const IMPORT_MAX_LINE_LENGTH = 65_536;

const PROGRESS_STEP = 0.02;

function abortError(): DOMException {
  return new DOMException("The import was aborted.", "AbortError");
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === "AbortError";
}

/** "mapp/Fil.namn.csv" → "Fil.namn". */
export function fileStemOf(fileName: string): string {
  const base = fileName.split(/[/\\]/).pop() ?? fileName;
  const dot = base.lastIndexOf(".");
  const stem = dot > 0 ? base.slice(0, dot) : base;
  return stem === "" ? "import" : stem;
}

function megabytes(bytes: number, locale: Locale): string {
  const text = (bytes / (1024 * 1024)).toFixed(1);
  return `${locale === "sv" ? text.replace(".", ",") : text}\u00a0MB`;
}

/**
 * The report for a file refused by its size alone, before a byte of it is read (the browser
 * checks File.size first; checkImport gives the same report for bytes over the limit).
 */
export function tooLargeReport(
  fileName: string,
  size: number,
  limit: number = IMPORT_MAX_BYTES,
): ImportReport {
  return {
    file: fileName,
    decision: "reject",
    encoding: null,
    delimiter: null,
    format: null,
    rows: 0,
    observations: [],
    indicators: [],
    totals: { errorRows: 0, outsideCountyRows: 0, outsideRegionRows: 0 },
    table: null,
    mapping: null,
    issues: [
      {
        line: null,
        column: null,
        code: "too-large",
        severity: "error",
        message: {
          sv: `Filen är ${megabytes(size, "sv")} och gränsen är ${megabytes(limit, "sv")}, så den har inte lästs. Dela upp den, eller ta bara med de kommuner och år du behöver.`,
          en: `The file is ${megabytes(size, "en")} and the limit is ${megabytes(limit, "en")}, so it was not read. Split it, or keep only the kommuner and years you need.`,
        },
      },
    ],
  };
}

/** Checks one file and returns its report. */
export function checkImport(
  bytes: Uint8Array,
  fileName: string,
  context: ImportContext,
  options: ImportOptions = {},
): ImportReport {
  const issues = new IssueCollector();
  let encoding: ImportEncoding | null = null;
  let delimiter: ImportDelimiter | null = null;
  let format: ImportFormat | null = null;
  let rows = 0;
  let table: ImportTable | null = null;
  let mapping: ImportMapping | null = null;
  let lastProgress = -1;
  const progress = (fraction: number): void => {
    if (options.signal?.aborted) throw abortError();
    if (!options.onProgress) return;
    if (fraction < 1 && fraction - lastProgress < PROGRESS_STEP) return;
    lastProgress = fraction;
    options.onProgress(Math.max(0, Math.min(1, fraction)));
  };
  const refuse = (): ImportReport => ({
    file: fileName,
    decision: "reject",
    encoding,
    delimiter,
    format,
    rows,
    observations: [],
    issues: issues.finish(),
    indicators: [],
    totals: issues.totals,
    table,
    mapping,
  });

  try {
    progress(0);
    const maxBytes = options.maxBytes ?? IMPORT_MAX_BYTES;
    if (bytes.byteLength > maxBytes)
      return tooLargeReport(fileName, bytes.byteLength, maxBytes);
    if (bytes.byteLength === 0) {
      issues.add("error", "empty-file", null, null, {
        sv: "Filen är tom.",
        en: "The file is empty.",
      });
      return refuse();
    }
    const decoded = decodeBytes(bytes, issues);
    if (!decoded.ok) {
      encoding = decoded.encoding;
      return refuse();
    }
    encoding = decoded.decoded.encoding;
    progress(0.05);
    const repaired = repairText(
      stripBidiControls(decoded.decoded.text, issues),
      issues,
    );
    progress(0.1);
    const matcher = new AreaMatcher(context.areas);
    const store = new ObservationStore(
      issues,
      Math.max(64, matcher.size),
      (code) => matcher.nameOf(code),
      // About 50 bytes per tidy row; capped so a small estimate error costs little memory.
      Math.min(1 << 21, Math.max(1024, Math.floor(bytes.byteLength / 48))),
    );
    const onChunk = (fraction: number): void => {
      progress(0.1 + 0.85 * fraction);
    };
    const fileStem = fileStemOf(fileName);
    let readable: boolean;
    if (looksLikeJson(repaired.text, fileName)) {
      if (repaired.badLines.size > 0) {
        issues.add("error", "not-decodable", null, null, {
          sv: "JSON-filen har tecken som inte kan avkodas (se ovan) och kan därför inte läsas. Spara den på nytt som UTF-8.",
          en: "The JSON file has characters that cannot be decoded (see above) and so cannot be read. Save it again as UTF-8.",
        });
        return refuse();
      }
      const result = importJson({
        text: repaired.text,
        fileStem,
        matcher,
        issues,
        store,
        onChunk,
      });
      format = result.format;
      rows = result.rows;
      readable = result.readable;
    } else {
      const result = importCsv({
        text: repaired.text,
        fileStem,
        matcher,
        issues,
        store,
        badLines: repaired.badLines,
        maxLineLength: options.maxLineLength ?? IMPORT_MAX_LINE_LENGTH,
        onChunk,
        mapping: options.mapping ?? null,
      });
      delimiter = result.delimiter;
      format = result.format;
      rows = result.rows;
      readable = result.readable;
      table = result.table;
      mapping = result.mapping;
    }
    if (!readable) return refuse();
    const { observations, indicators } = store.result();
    if (observations.length === 0) {
      issues.add(
        "error",
        rows === 0 ? "no-rows" : "no-valid-rows",
        null,
        null,
        rows === 0
          ? {
              sv: "Filen har inga datarader under rubrikraden.",
              en: "The file has no data rows below the header.",
            }
          : issues.totals.outsideCountyRows > 0 && issues.totals.errorRows === 0
            ? {
                sv: `Filen gäller bara kommuner eller län utanför Stockholms län (${rows} datarader), så inget i den kan användas här.`,
                en: `The file is only about kommuner or counties outside Stockholm County (${rows} data rows), so nothing in it can be used here.`,
              }
            : {
                sv: `Ingen av filens ${rows} datarader kunde användas; se problemen nedan.`,
                en: `None of the file's ${rows} data rows could be used; see the problems below.`,
              },
      );
      return refuse();
    }
    progress(1);
    return {
      file: fileName,
      // Rows outside the county are not wrong, but not used either: not a plain "accept".
      decision:
        issues.hasErrors || issues.totals.outsideCountyRows > 0
          ? "accept-with-row-errors"
          : "accept",
      encoding,
      delimiter,
      format,
      rows,
      observations,
      issues: issues.finish(),
      indicators,
      totals: issues.totals,
      table,
      mapping,
    };
  } catch (error) {
    if (isAbort(error)) throw error;
    issues.add("error", "internal-error", null, null, {
      sv: `Ett oväntat fel uppstod vid kontrollen av filen (${error instanceof Error ? error.message : String(error)}). Filen används inte.`,
      en: `An unexpected error occurred while checking the file (${error instanceof Error ? error.message : String(error)}). The file is not used.`,
    });
    return refuse();
  }
}
