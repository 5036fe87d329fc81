/**
 * Collects the issues of one import. Each code lists at most IMPORT_MAX_ISSUES_PER_CODE issues;
 * the rest are counted and summed up in one issue per code ("… and 1 234 more"), so a large bad
 * file gives a short report. Messages are built lazily: a hidden issue costs a counter only.
 */
import type { Locale, LocalText } from "@/domain/local-text";

import type { ImportIssue, ImportSeverity, ImportTotals } from "./report-types";

const OUTSIDE_KOMMUN = "outside-county";
const OUTSIDE_REGION = "outside-county-region";

export const IMPORT_MAX_ISSUES_PER_CODE = 200;

interface CodeCount {
  readonly severity: ImportSeverity;
  total: number;
  /** Listed once per group (rows outside the county), never summed up as "more". */
  readonly grouped?: boolean;
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
  private readonly outsideGroups = new Map<
    LocalText,
    {
      readonly code: string;
      readonly line: number | null;
      readonly column: string | null;
      rows: number;
    }
  >();

  constructor(private readonly maxPerCode = IMPORT_MAX_ISSUES_PER_CODE) {}

  add(
    severity: ImportSeverity,
    code: string,
    line: number | null,
    column: string | null,
    message: LazyText,
  ): void {
    if (
      (code === OUTSIDE_KOMMUN || code === OUTSIDE_REGION) &&
      typeof message !== "function"
    ) {
      this.outside(code, line, column, message);
      return;
    }
    if (severity === "error") {
      this.errorTotal++;
      const header = line !== null && line === this.headerLine;
      if ((line !== null || column !== null) && !header)
        this.errorPlaces.add(line ?? `\u0000${column ?? ""}`);
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

  /**
   * A row for a kommun or län elsewhere in Sweden: not wrong, only not used here. Counted as a
   * row outside the county and listed once per area (the matcher gives one message object per
   * area), with the number of rows and the first line, so a national file lists 290 areas, not
   * 2 840 rows.
   */
  private outside(
    code: string,
    line: number | null,
    column: string | null,
    message: LocalText,
  ): void {
    if (line !== null || column !== null) {
      const place = line ?? `\u0000${column ?? ""}`;
      this.outsidePlaces.add(place);
      if (code === OUTSIDE_REGION) this.regionPlaces.add(place);
    }
    const count = this.counts.get(code);
    if (count) count.total++;
    else this.counts.set(code, { severity: "info", total: 1, grouped: true });
    const group = this.outsideGroups.get(message);
    if (group) {
      group.rows++;
      return;
    }
    this.outsideGroups.set(message, { code, line, column, rows: 1 });
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
      if (hidden <= 0 || count.grouped) continue;
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
    const outside: ImportIssue[] = [];
    for (const [message, group] of this.outsideGroups) {
      const rows =
        group.rows === 1
          ? { sv: "", en: "" }
          : {
              sv: ` (${groupDigits(group.rows, "sv")} ${group.line === null ? "värden" : `rader, från rad ${group.line}`})`,
              en: ` (${groupDigits(group.rows, "en")} ${group.line === null ? "values" : `rows, from line ${group.line}`})`,
            };
      outside.push({
        line: group.line,
        column: group.column,
        code: group.code,
        severity: "info",
        message: {
          sv: `${message.sv}${rows.sv}`,
          en: `${message.en}${rows.en}`,
        },
      });
    }
    const all = [...this.shown, ...outside, ...summaries];
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
export function groupDigits(value: number, locale: Locale): string {
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
