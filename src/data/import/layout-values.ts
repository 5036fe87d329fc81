/**
 * The value columns of a CSV layout (layouts.ts): one value column (tidy), or years or indicators
 * as column headings (wide), where a text column is a breakdown and any other column is
 * reported as not used.
 */
import type { ColumnRole } from "./heading-roles";
import { classifyHeading, type Heading } from "./headings";
import { clip } from "./clip";
import {
  type AreaColumns,
  type Columns,
  reject,
  roleColumn,
} from "./layout-roles";
import type { LayoutInput, SampleRow, ValueColumn } from "./layouts";
import { parseNumber, trimCell } from "./numbers";
import { symbolMeaning } from "./symbols";
import type { ImportFormat } from "./report-types";

/** The value columns and the format they make. */
export interface ValueColumns {
  readonly values: readonly ValueColumn[];
  readonly format: ImportFormat;
}

interface CellStats {
  numeric: number;
  text: number;
  empty: number;
}

function cellStats(sample: readonly SampleRow[], index: number): CellStats {
  const stats: CellStats = { numeric: 0, text: 0, empty: 0 };
  for (const row of sample) {
    const cell = trimCell(row.fields[index] ?? "");
    if (cell === "") stats.empty++;
    else if (
      symbolMeaning(cell) !== null ||
      parseNumber(cell, "comma") !== null ||
      parseNumber(cell, "point") !== null
    )
      stats.numeric++;
    else stats.text++;
  }
  return stats;
}

/** The file's title or name as the indicator of a file without an indicator column. */
function fixedIndicator(input: LayoutInput): string {
  const { issues } = input;
  if (input.title !== null && input.title.trim() !== "") {
    issues.once("title", "info", "indicator-from-title", null, null, {
      key: "indicatorFromTitle",
      params: { title: clip(input.title.trim()) },
    });
    return input.title.trim();
  }
  issues.once("file", "info", "indicator-from-file-name", null, null, {
    key: "indicatorFromFileName",
    params: { name: input.fileStem },
  });
  return input.fileStem;
}

/** A tidy file: the value column, the year from its column; null when there is none. */
export function tidyValues(
  input: LayoutInput,
  columns: Columns,
): ValueColumns | null {
  const { headerLine, issues } = input;
  const { headings, unassigned } = columns;
  const valueRole = roleColumn(columns, "value");
  const indicatorColumn = roleColumn(columns, "indicator");
  const periodColumn = roleColumn(columns, "period");
  const values: ValueColumn[] = [];
  if (periodColumn === -1) {
    return reject(issues, "missing-column", headerLine, {
      key: "noPeriodColumn",
    });
  }
  const heading = headings[valueRole];
  values.push({
    index: valueRole,
    heading: heading?.raw ?? "",
    indicator: indicatorColumn === -1 ? fixedIndicator(input) : null,
    period: null,
    unit: heading?.unit ?? null,
  });
  for (const index of unassigned) ignoreColumn(input, headings, index);
  return { values, format: "csv-tidy" };
}

/** A wide file: each unassigned column is values, a breakdown or not used; null without values. */
export function wideValues(
  input: LayoutInput,
  columns: Columns,
  { areaCode, areaName }: AreaColumns,
): ValueColumns | null {
  const { headerLine, sample, issues } = input;
  const { headings, breakdowns, unassigned } = columns;
  const role = (name: ColumnRole): number => roleColumn(columns, name);
  const indicatorColumn = role("indicator");
  const periodColumn = role("period");
  const values: ValueColumn[] = [];
  const lastStub = Math.max(
    areaCode,
    areaName,
    indicatorColumn,
    periodColumn,
    role("gender"),
    role("label"),
  );
  for (const index of unassigned) {
    const heading = headings[index];
    if (!heading) continue;
    const stats = cellStats(sample, index);
    if (heading.raw === "" && stats.text === 0 && stats.numeric === 0) continue;
    const isValues =
      heading.period !== null ||
      (stats.numeric > 0 && stats.numeric >= stats.text);
    if (!isValues) {
      if (stats.text > 0 && (index < lastStub || values.length === 0)) {
        breakdowns.push(index);
        issues.add("info", "column-as-breakdown", headerLine, heading.raw, {
          key: "columnAsBreakdown",
          params: { heading: clip(heading.raw) },
        });
      } else {
        ignoreColumn(input, headings, index);
      }
      continue;
    }
    const stem =
      heading.stem !== "" && classifyHeading(heading.stem).role !== "value"
        ? heading.stem
        : "";
    if (heading.period === null && periodColumn === -1) {
      issues.add("error", "missing-column", headerLine, heading.raw, {
        key: "noYearForColumn",
        params: { heading: clip(heading.raw) },
      });
      continue;
    }
    values.push({
      index,
      heading: heading.raw,
      indicator:
        stem !== "" ? stem : indicatorColumn === -1 ? FIXED_INDICATOR : null,
      period: heading.period,
      unit: heading.unit,
    });
  }
  return wideResult(input, values, breakdowns);
}

/** The wide file's value columns named (stub columns or the file's title) and its format. */
function wideResult(
  input: LayoutInput,
  values: ValueColumn[],
  breakdowns: readonly number[],
): ValueColumns | null {
  const { headerLine, issues } = input;
  // Without an indicator column the stub columns (PxWeb's "kategori", "drivmedel") name the
  // series; only without them does the file's title or name become the indicator.
  const stubsName = breakdowns.length > 0 && input.title === null;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value?.indicator !== FIXED_INDICATOR) continue;
    values[i] = { ...value, indicator: stubsName ? "" : fixedIndicator(input) };
  }
  if (values.length === 0) {
    return reject(issues, "no-value-columns", headerLine, {
      key: "noValueColumns",
    });
  }
  const allPeriods = values.every((v) => v.period !== null);
  const format: ImportFormat = input.pxweb
    ? "pxweb-csv"
    : allPeriods
      ? "csv-wide-periods"
      : "csv-wide-indicators";
  return { values, format };
}

function ignoreColumn(
  input: LayoutInput,
  headings: readonly Heading[],
  index: number,
): void {
  const heading = headings[index];
  if (!heading) return;
  const stats = cellStats(input.sample, index);
  if (heading.raw === "" && stats.text === 0 && stats.numeric === 0) return;
  input.issues.add("warning", "column-ignored", input.headerLine, heading.raw, {
    key: "columnUnrecognised",
    params: { heading: heading.raw, column: index + 1 },
  });
}

/** Marks a value column whose indicator is the file's title or name (decided after the loop). */
const FIXED_INDICATOR = "\u0000fixed";
