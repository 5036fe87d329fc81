/**
 * Collects the issues of one import. Each code lists at most IMPORT_MAX_ISSUES_PER_CODE issues;
 * the rest are counted and summed up in one issue per code ("… and 1 234 more"), so a large bad
 * file gives a short report. Messages are built lazily: a hidden issue costs a counter only.
 */
import type { LocalText } from "@/domain/local-text";

import type { ImportIssue, ImportSeverity, ImportTotals } from "./report-types";

const OUTSIDE_KOMMUN = "outside-county";
const OUTSIDE_REGION = "outside-county-region";

export const IMPORT_MAX_ISSUES_PER_CODE = 200;

interface CodeCount {
  readonly severity: ImportSeverity;
  total: number;
}

export type LazyText = LocalText | (() => LocalText);

export class IssueCollector {
  private readonly shown: ImportIssue[] = [];
  private readonly counts = new Map<string, CodeCount>();
  private readonly onceKeys = new Set<string>();
  private errorTotal = 0;
  /** The CSV header's line: an error there is about a column or the file, not a row. */
  headerLine: number | null = null;
  /** Distinct rows (lines, or JSON paths) with an error, and those outside the county. */
  private readonly errorPlaces = new Set<number | string>();
  private readonly outsidePlaces = new Set<number | string>();
  private readonly regionPlaces = new Set<number | string>();

  constructor(private readonly maxPerCode = IMPORT_MAX_ISSUES_PER_CODE) {}

  add(
    severity: ImportSeverity,
    code: string,
    line: number | null,
    column: string | null,
    message: LazyText,
  ): void {
    if (severity === "error") {
      this.errorTotal++;
      const header = line !== null && line === this.headerLine;
      if ((line !== null || column !== null) && !header) {
        const place = line ?? `\u0000${column ?? ""}`;
        if (code === OUTSIDE_KOMMUN) this.outsidePlaces.add(place);
        else if (code === OUTSIDE_REGION) {
          this.outsidePlaces.add(place);
          this.regionPlaces.add(place);
        } else this.errorPlaces.add(place);
      }
    }
    let count = this.counts.get(code);
    if (!count) {
      count = { severity, total: 0 };
      this.counts.set(code, count);
    }
    count.total++;
    if (count.total > this.maxPerCode) return;
    const text = typeof message === "function" ? message() : message;
    this.shown.push({ line, column, code, severity, message: text });
  }

  /** Adds the issue only the first time `key` is seen (one report per distinct mapping). */
  once(
    key: string,
    severity: ImportSeverity,
    code: string,
    line: number | null,
    column: string | null,
    message: LazyText,
  ): void {
    const full = `${code}\u0000${key}`;
    if (this.onceKeys.has(full)) return;
    this.onceKeys.add(full);
    this.add(severity, code, line, column, message);
  }

  get hasErrors(): boolean {
    return this.errorTotal > 0;
  }

  /**
   * Real totals, whatever the lists show: rows (lines; JSON records or cells) with an error, and
   * rows for places outside the county (counted apart: they are not wrong, only not used here).
   */
  get totals(): ImportTotals {
    let errorRows = 0;
    for (const place of this.errorPlaces)
      if (!this.outsidePlaces.has(place)) errorRows++;
    return {
      errorRows,
      outsideCountyRows: this.outsidePlaces.size,
      outsideRegionRows: this.regionPlaces.size,
    };
  }

  /** Number of issues with this code, listed or not. */
  count(code: string): number {
    return this.counts.get(code)?.total ?? 0;
  }

  /** The listed issues, whole-file issues first, then by line, plus one summary per capped code. */
  finish(): ImportIssue[] {
    const summaries: ImportIssue[] = [];
    for (const [code, count] of this.counts) {
      const hidden = count.total - this.maxPerCode;
      if (hidden <= 0) continue;
      summaries.push({
        line: null,
        column: null,
        code,
        severity: count.severity,
        message: {
          sv: `Ytterligare ${groupDigits(hidden, "sv")} problem av samma slag (${code}) visas inte; de första ${this.maxPerCode} står ovan.`,
          en: `${groupDigits(hidden, "en")} more problems of the same kind (${code}) are not listed; the first ${this.maxPerCode} are shown above.`,
        },
      });
    }
    const all = [...this.shown, ...summaries];
    return all
      .map((issue, index) => ({ issue, index }))
      .sort(
        (a, b) =>
          (a.issue.line ?? -1) - (b.issue.line ?? -1) || a.index - b.index,
      )
      .map(({ issue }) => issue);
  }
}

/** 1234567 → "1 234 567" (sv, no-break spaces) or "1,234,567" (en); for counts in messages. */
export function groupDigits(value: number, locale: "sv" | "en"): string {
  const digits = String(Math.trunc(Math.abs(value)));
  const separator = locale === "sv" ? "\u00a0" : ",";
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += separator;
    out += digits[i] ?? "";
  }
  return value < 0 ? `-${out}` : out;
}

const SHOWN_LENGTH = 80;

/**
 * A file's text as quoted in a message: control characters (line breaks, TABs) as spaces and at
 * most 80 characters, so a 60 000-character cell cannot make a 12 MB report.
 */
export function clip(text: string): string {
  // eslint-disable-next-line no-control-regex
  const shown = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, " ");
  return shown.length > SHOWN_LENGTH
    ? `${shown.slice(0, SHOWN_LENGTH - 1)}…`
    : shown;
}
