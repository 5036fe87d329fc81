/**
 * The last step of a CSV value: its unit against the row's (a "%" or "kr" written in the cell
 * becomes the unit, or disagrees with it) and its value against the row's status column, then
 * the observation store.
 */
import type { RowState } from "./csv-row-state";
import { clip } from "./clip";
import type { IssueCollector } from "./issues";
import type { ValueColumn } from "./layouts";
import type { ParsedNumber } from "./numbers";
import type { ImportStatus } from "./report-types";
import type { ObservationStore } from "./validate";

export interface CellValue {
  /** The cell as written (trimmed). */
  readonly text: string;
  readonly line: number;
  readonly column: ValueColumn;
  readonly row: RowState;
  /** The number read, or null for a symbol. */
  readonly parsed: ParsedNumber | null;
  readonly status: ImportStatus;
  readonly symbol: string | null;
}

interface Sinks {
  readonly store: ObservationStore;
  readonly issues: IssueCollector;
}

/** Stores the value, unless its unit or the row's status refuses it (reported). */
export function commitCell({ store, issues }: Sinks, cell: CellValue): void {
  const { text, line, column, row, parsed } = cell;
  const unit = unitOf(cell, issues);
  if (unit === undefined) return;
  const value = parsed === null ? null : parsed.value === 0 ? 0 : parsed.value;
  const read = statusOf(cell, value);
  if (read === null) {
    issues.add("error", "status-conflict", line, column.heading, () => ({
      key: "statusConflict",
      params: {
        text: clip(text),
        status: row.status?.kind === "symbol" ? row.status.status : "reported",
      },
    }));
    return;
  }
  const indicatorIndex = store.indicator(row.indicator, unit, row.label);
  store.add(
    {
      area: row.area,
      indicator: row.indicator,
      period: row.period.period,
      value,
      status: read.status,
      symbol: read.symbol,
      unit,
      gender: row.gender,
      breakdown: row.breakdown,
      line,
    },
    row.areaIndex,
    indicatorIndex,
    row.period.index,
    column.heading,
  );
}

/** The value's unit; undefined (reported) when the cell's unit disagrees with the row's. */
function unitOf(
  { text, line, column, row, parsed }: CellValue,
  issues: IssueCollector,
): string | null | undefined {
  const unit = row.unit;
  const hint = parsed?.unit ?? null;
  if (hint === null) return unit;
  if (unit === null) {
    issues.once(
      `${column.heading}\u0000${hint}`,
      "info",
      "unit-hint",
      line,
      column.heading,
      { key: "unitHint", params: { heading: clip(column.heading), hint } },
    );
    return hint;
  }
  if (unitAgrees(unit, hint)) return unit;
  issues.add("error", "unit-mismatch", line, column.heading, () => ({
    key: "unitMismatch",
    params: { text: clip(text), hint, declared: clip(unit) },
  }));
  return undefined;
}

/** The status and symbol the row's status column gives the value; null when they conflict. */
function statusOf(
  { row, status, symbol }: CellValue,
  value: number | null,
): { readonly status: ImportStatus; readonly symbol: string | null } | null {
  const rowStatus = row.status;
  if (rowStatus === null || rowStatus.kind === "none")
    return { status, symbol };
  if (rowStatus.kind === "unknown") return { status, symbol };
  if (rowStatus.kind === "symbol") {
    if (value !== null) return null;
    return { status: rowStatus.status, symbol: rowStatus.symbol ?? symbol };
  }
  if (value === null && (symbol === null || symbol === "")) return null;
  return { status, symbol };
}

/** Whether a unit written in a cell ("%", "kr") fits the declared unit. */
function unitAgrees(declared: string, hint: "%" | "kr"): boolean {
  const unit = declared.toLowerCase();
  if (hint === "%") return /%|procent|percent/.test(unit);
  return /\bkr\b|kronor|\bsek\b|tkr|mnkr|kr\//.test(unit);
}
