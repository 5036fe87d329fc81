/**
 * Rows for a kommun or län elsewhere in Sweden: not wrong, and kept for the national comparisons
 * (the county's views never show them). They are counted as rows outside the county and listed
 * once per area (the matcher gives one message object per area), with the number of rows and the
 * first line, so a national file lists 290 areas, not 2 840 rows.
 */
import type { ImportMessage } from "@/i18n/import/import-text";

import type { ImportIssue } from "./report-types";

const OUTSIDE_KOMMUN = "outside-county";
const OUTSIDE_REGION = "outside-county-region";

type OutsideMessage = Extract<ImportMessage, { key: "outsideCounty" }>;

interface Group {
  readonly code: string;
  readonly line: number | null;
  readonly column: string | null;
  rows: number;
}

/** A row's place for the totals: its line, or (JSON) its path. */
export const placeOf = (
  line: number | null,
  column: string | null,
): number | string => line ?? `\u0000${column ?? ""}`;

export class OutsideRows {
  private readonly places = new Set<number | string>();
  private readonly regionPlaces = new Set<number | string>();
  private readonly counts = new Map<string, number>();
  private readonly groups = new Map<OutsideMessage, Group>();

  /** Takes the issue if it is a row outside the county (true), else leaves it (false). */
  add(
    code: string,
    line: number | null,
    column: string | null,
    message: ImportMessage,
  ): boolean {
    if (code !== OUTSIDE_KOMMUN && code !== OUTSIDE_REGION) return false;
    if (message.key !== "outsideCounty") return false;
    if (line !== null || column !== null) {
      const place = placeOf(line, column);
      this.places.add(place);
      if (code === OUTSIDE_REGION) this.regionPlaces.add(place);
    }
    this.counts.set(code, (this.counts.get(code) ?? 0) + 1);
    const group = this.groups.get(message);
    if (group) group.rows++;
    else this.groups.set(message, { code, line, column, rows: 1 });
    return true;
  }

  /** Rows outside the county. */
  get rows(): number {
    return this.places.size;
  }

  /** Of those, rows for other län or regions (not kommuner). */
  get regionRows(): number {
    return this.regionPlaces.size;
  }

  /** Issues with this code, one per row. */
  count(code: string): number {
    return this.counts.get(code) ?? 0;
  }

  /** One info issue per area, with its number of rows when more than one. */
  issues(): ImportIssue[] {
    return [...this.groups].map(([message, group]) => ({
      line: group.line,
      column: group.column,
      code: group.code,
      severity: "info",
      message:
        group.rows === 1
          ? message
          : {
              key: "outsideCountyRows",
              params: { ...message.params, rows: group.rows, line: group.line },
            },
    }));
  }
}
