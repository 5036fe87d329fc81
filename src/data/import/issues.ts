/**
 * Collects the issues of one import. Each code lists at most IMPORT_MAX_ISSUES_PER_CODE issues;
 * the rest are counted and summed up in one issue per code ("… and 1 234 more"), so a large bad
 * file gives a short report. A message may be given as a function: a hidden issue then costs a
 * counter only. Rows for areas elsewhere in Sweden are listed once per area (outside-rows.ts).
 */
import type { ImportMessage } from "@/i18n/import/import-text";

import { OutsideRows, placeOf } from "./outside-rows";
import type { ImportIssue, ImportSeverity, ImportTotals } from "./report-types";

export const IMPORT_MAX_ISSUES_PER_CODE = 200;

interface CodeCount {
  readonly severity: ImportSeverity;
  total: number;
}

export type LazyMessage = ImportMessage | (() => ImportMessage);

export class IssueCollector {
  private readonly shown: ImportIssue[] = [];
  private readonly counts = new Map<string, CodeCount>();
  private readonly onceKeys = new Set<string>();
  private readonly outside = new OutsideRows();
  private errorTotal = 0;
  /** The CSV header's line: an error there is about a column or the file, not a row. */
  headerLine: number | null = null;
  /** Distinct rows (lines, or JSON paths) with an error. */
  private readonly errorPlaces = new Set<number | string>();

  constructor(private readonly maxPerCode = IMPORT_MAX_ISSUES_PER_CODE) {}

  add(
    severity: ImportSeverity,
    code: string,
    line: number | null,
    column: string | null,
    message: LazyMessage,
  ): void {
    if (
      typeof message !== "function" &&
      this.outside.add(code, line, column, message)
    )
      return;
    if (severity === "error") {
      this.errorTotal++;
      const header = line !== null && line === this.headerLine;
      if ((line !== null || column !== null) && !header)
        this.errorPlaces.add(placeOf(line, column));
    }
    let count = this.counts.get(code);
    if (!count) {
      count = { severity, total: 0 };
      this.counts.set(code, count);
    }
    count.total++;
    if (count.total > this.maxPerCode) return;
    const shown = typeof message === "function" ? message() : message;
    this.shown.push({ line, column, code, severity, message: shown });
  }

  /** Adds the issue only the first time `key` is seen (one report per distinct mapping). */
  once(
    key: string,
    severity: ImportSeverity,
    code: string,
    line: number | null,
    column: string | null,
    message: LazyMessage,
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
   * rows for places elsewhere in Sweden (counted apart: not wrong, kept for the national
   * comparisons; one of them with a bad value is a row with an error too).
   */
  get totals(): Omit<ImportTotals, "nationalValues"> {
    return {
      errorRows: this.errorPlaces.size,
      outsideCountyRows: this.outside.rows,
      outsideRegionRows: this.outside.regionRows,
    };
  }

  /** Number of issues with this code, listed or not (rows outside the county included). */
  count(code: string): number {
    return this.counts.get(code)?.total ?? this.outside.count(code);
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
          key: "moreIssues",
          params: { hidden, code, shown: this.maxPerCode },
        },
      });
    }
    const all = [...this.shown, ...this.outside.issues(), ...summaries];
    return all
      .map((issue, index) => ({ issue, index }))
      .sort(
        (a, b) =>
          (a.issue.line ?? -1) - (b.issue.line ?? -1) || a.index - b.index,
      )
      .map(({ issue }) => issue);
  }
}
