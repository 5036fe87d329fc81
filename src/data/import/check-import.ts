/**
 * The import pipeline's entry point, shared by the Importera view (in a Web Worker) and
 * `npm run data:check` (Node): bytes → report. Pure: no DOM, no React, no Node APIs.
 *
 *   size limit → not-text sniffing → decoding (BOM, UTF-8, Windows-1252) → repair of
 *   double-encoded lines → JSON (tidy, Kolada, JSON-stat 2) or CSV (tidy, wide, PxWeb) →
 *   rows → observations, checked for duplicates, conflicts and implausible values → decision.
 *
 * Decision: "accept" (no errors), "accept-with-row-errors" (some rows or values not used, listed
 * with line and column, or rows for the rest of Sweden: kept for the national comparisons, not
 * shown in the county's views) or "reject" (nothing used: not text, too big, no recognisable
 * layout, no valid rows, no row for the county…). Never throws for bad input; only an abort throws (DOMException "AbortError").
 */
import { AreaMatcher } from "./area-match";
import { IMPORT_MAX_BYTES } from "./import-limits";
import { IssueCollector } from "./issues";
import { readContent } from "./read-content";
import { readText } from "./read-text";
import {
  NOTHING_READ,
  type ReadSoFar,
  refusedReport,
  tooLargeReport,
} from "./refused-report";
import type {
  ImportContext,
  ImportOptions,
  ImportReport,
} from "./report-types";
import { ObservationStore } from "./validate";

const PROGRESS_STEP = 0.02;

const isAbort = (error: unknown): boolean =>
  error instanceof DOMException && error.name === "AbortError";

/** Reports progress now and then (at least every 2 %), and throws if aborted. */
function progressOf(options: ImportOptions): (fraction: number) => void {
  let last = -1;
  return (fraction) => {
    if (options.signal?.aborted)
      throw new DOMException("The import was aborted.", "AbortError");
    if (!options.onProgress) return;
    if (fraction < 1 && fraction - last < PROGRESS_STEP) return;
    last = fraction;
    options.onProgress(Math.max(0, Math.min(1, fraction)));
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
  let read: ReadSoFar = NOTHING_READ;
  const refuse = (): ImportReport =>
    refusedReport(fileName, read, {
      issues: issues.finish(),
      totals: issues.totals,
    });
  try {
    const progress = progressOf(options);
    progress(0);
    const maxBytes = options.maxBytes ?? IMPORT_MAX_BYTES;
    if (bytes.byteLength > maxBytes)
      return tooLargeReport(fileName, bytes.byteLength, maxBytes);
    const text = readText(bytes, issues, progress);
    read = { ...read, encoding: text.encoding };
    if (!text.ok) return refuse();
    const matcher = new AreaMatcher(context.areas);
    const store = storeFor(issues, matcher, bytes.byteLength);
    const { readable, ...content } = readContent({
      ...text,
      fileName,
      matcher,
      issues,
      store,
      onChunk: (fraction) => {
        progress(0.1 + 0.85 * fraction);
      },
      options,
    });
    read = { ...read, ...content };
    if (!readable) return refuse();
    const { observations, indicators } = store.result();
    const national = observations.filter((o) => !matcher.isCounty(o.area));
    // Only other parts of Sweden: nothing to show here, nothing to compare with.
    if (observations.length === national.length) {
      nothingUsable(read.rows, issues);
      return refuse();
    }
    progress(1);
    return acceptedReport(
      fileName,
      read,
      { observations, indicators },
      { issues, nationalValues: national.length },
    );
  } catch (error) {
    if (isAbort(error)) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    issues.add("error", "internal-error", null, null, {
      key: "internalError",
      params: { detail },
    });
    return refuse();
  }
}

/** The store of a file's observations, sized by the file's length. */
function storeFor(
  issues: IssueCollector,
  matcher: AreaMatcher,
  byteLength: number,
): ObservationStore {
  return new ObservationStore(
    issues,
    Math.max(64, matcher.size),
    (code) => matcher.nameOf(code),
    // About 50 bytes per tidy row; capped so a small estimate error costs little memory.
    Math.min(1 << 21, Math.max(1024, Math.floor(byteLength / 48))),
  );
}

/** The report of a file with observations to use. */
function acceptedReport(
  fileName: string,
  read: ReadSoFar,
  used: Pick<ImportReport, "observations" | "indicators">,
  {
    issues,
    nationalValues,
  }: { issues: IssueCollector; nationalValues: number },
): ImportReport {
  return {
    file: fileName,
    ...read,
    // Rows elsewhere in Sweden are not wrong, but the county's views do not show them (only
    // the national comparisons do): not a plain "accept".
    decision:
      issues.hasErrors || issues.totals.outsideCountyRows > 0
        ? "accept-with-row-errors"
        : "accept",
    ...used,
    issues: issues.finish(),
    totals: { ...issues.totals, nationalValues },
  };
}

/** Says why a readable file gave no observation to use. */
function nothingUsable(rows: number, issues: IssueCollector): void {
  const { outsideCountyRows, errorRows } = issues.totals;
  if (rows === 0)
    issues.add("error", "no-rows", null, null, { key: "noDataRows" });
  else if (outsideCountyRows > 0 && errorRows === 0)
    issues.add("error", "no-valid-rows", null, null, {
      key: "onlyOutside",
      params: { rows },
    });
  else
    issues.add("error", "no-valid-rows", null, null, {
      key: "noValidRows",
      params: { rows },
    });
}
