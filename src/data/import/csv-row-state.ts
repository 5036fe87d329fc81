/** The current CSV row: its resolved key cells, and the line each of its fields starts on. */
import type { StatusResult } from "./fields";
import type { Breakdown } from "./series";

export interface PeriodCell {
  readonly period: string;
  readonly index: number;
}

/** The current row's resolved cells, reused for every row (no allocation per value). */
export class RowState {
  area = "";
  areaIndex = 0;
  indicator = "";
  period: PeriodCell = { period: "", index: 0 };
  unit: string | null = null;
  label: string | null = null;
  gender: string | null = null;
  breakdown: Breakdown | null = null;
  status: StatusResult | null = null;
}

/** The line each field starts on, for a row whose quoted fields hold newlines. */
export function fieldLines(fields: readonly string[], line: number): number[] {
  const lines: number[] = [];
  let current = line;
  for (const field of fields) {
    lines.push(current);
    for (let i = field.indexOf("\n"); i !== -1; i = field.indexOf("\n", i + 1))
      current++;
  }
  return lines;
}

/** A copy of the current row, for a cell that waits for the whole file. */
export function copyRow(row: RowState): RowState {
  const copy = new RowState();
  Object.assign(copy, row);
  return copy;
}
