/**
 * What a CSV row says for all its value columns: its area, year, indicator, unit, label and
 * status. A refused key cell (an unknown area, a bad year, no indicator) is a row error.
 */
import { rowArea, type RowArea, type RowAreaInput } from "./csv-row-area";
import type { PeriodCell } from "./csv-row-state";
import type { CsvFieldReader, Resolved } from "./csv-fields";
import type { StatusResult } from "./fields";

export interface RowKeys {
  readonly area: RowArea;
  readonly period: PeriodCell | null;
  readonly indicator: string | null;
  readonly unit: string | null;
  readonly label: string | null;
  readonly status: StatusResult | null;
}

/** The row's keys; null (reported) on a row error. */
export function rowKeys(
  fields: readonly string[],
  line: number,
  cells: CsvFieldReader,
  input: RowAreaInput,
): RowKeys | null {
  const { plan } = input;
  const area = rowArea(fields, line, input);
  if (!area) return null;
  /** A resolved key cell's value, or undefined when it is refused (reported). */
  const keyValue = <T>(result: Resolved<T>, index: number): T | undefined => {
    if (result.ok) return result.value;
    input.issues.add(
      "error",
      result.code,
      cells.lineOf(index, line),
      cells.heading(index),
      result.message,
    );
    return undefined;
  };
  const period =
    plan.period === -1
      ? null
      : keyValue(cells.period(fields[plan.period] ?? ""), plan.period);
  if (period === undefined) return null;
  const indicator =
    plan.indicator === -1
      ? null
      : keyValue(
          cells.indicator(fields[plan.indicator] ?? "", line),
          plan.indicator,
        );
  if (indicator === undefined) return null;
  const text = (index: number) =>
    index === -1 ? null : cells.text(fields[index] ?? "", index, line);
  const unit = text(plan.unit);
  const label = text(plan.label);
  const status =
    plan.status === -1 ? null : cells.status(fields[plan.status] ?? "", line);
  return { area, period, indicator, unit, label, status };
}
