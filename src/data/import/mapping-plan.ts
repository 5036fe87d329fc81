/**
 * Column mappings and reading plans, both ways: a user's mapping becomes the plan the row reader
 * follows (instead of the guesses in layouts.ts), and a detected plan becomes the mapping the
 * Importera view starts from, so the user only corrects what detection got wrong.
 */
import type { ImportMessage } from "@/i18n/import/import-text";

import { clip } from "./clip";
import { parsePeriod } from "./fields";
import { classifyHeading } from "./headings";
import type { IssueCollector } from "./issues";
import type { CsvPlan, LayoutInput, ValueColumn } from "./layouts";
import {
  mappedColumns,
  MAPPING_VERSION,
  type ImportMapping,
  type MappedColumn,
} from "./mapping";
import type { DecimalMode } from "./numbers";

function refuse(
  issues: IssueCollector,
  line: number,
  column: string | null,
  message: ImportMessage,
): null {
  issues.add("error", "mapping-mismatch", line, column, message);
  return null;
}

/** The plan a mapping gives for this file's header, or null (with the reason) if it does not fit. */
export function planFromMapping(
  mapping: ImportMapping,
  input: LayoutInput,
): CsvPlan | null {
  const { header, headerLine, issues } = input;
  const headings = header.map((h) => h.replace(/^\ufeff/, "").trim());
  for (const column of mappedColumns(mapping)) {
    const actual = headings[column.index];
    if (actual === undefined) {
      return refuse(issues, headerLine, column.heading, {
        key: "mappingColumnMissing",
        params: {
          column: column.index + 1,
          heading: clip(column.heading),
          columns: headings.length,
        },
      });
    }
    if (actual !== column.heading.trim()) {
      return refuse(issues, headerLine, actual, {
        key: "mappingHeadingDiffers",
        params: {
          column: column.index + 1,
          actual: clip(actual),
          heading: clip(column.heading),
        },
      });
    }
  }
  const fallback = input.title?.trim() || input.fileStem;
  const { period } = mapping;
  let fixedPeriod: string | null = null;
  if (period.from === "fixed") {
    const parsed = parsePeriod(period.period.trim());
    if (!parsed.ok) return refuse(issues, headerLine, null, parsed.message);
    fixedPeriod = parsed.period;
    issues.add("info", "period-fixed", null, null, {
      key: "periodFixed",
      params: { period: fixedPeriod },
    });
  }
  const breakdowns: number[] = [];
  let gender = -1;
  const keep = new Map<number, string>();
  for (const b of mapping.breakdowns) {
    // A column filtered to one value no longer divides anything: it names no series.
    if (b.keep !== null) keep.set(b.column.index, b.keep.trim());
    else if (
      gender === -1 &&
      classifyHeading(b.column.heading).role === "gender"
    )
      gender = b.column.index;
    else breakdowns.push(b.column.index);
  }
  breakdowns.sort((a, b) => a - b);
  const indicatorColumn =
    mapping.indicator?.from === "column" ? mapping.indicator.column.index : -1;
  const values: ValueColumn[] = [];
  for (const column of mapping.values) {
    const heading = classifyHeading(column.heading);
    let periodText: string | null = fixedPeriod;
    if (period.from === "headings") {
      periodText = heading.period ?? column.heading.trim();
      if (!parsePeriod(periodText).ok) {
        return refuse(issues, headerLine, column.heading, {
          key: "mappingNoPeriodHeading",
          params: { heading: clip(column.heading) },
        });
      }
    }
    let indicator: string | null;
    if (mapping.indicator?.from === "column") indicator = null;
    else if (mapping.indicator?.from === "name")
      indicator = mapping.indicator.name.trim();
    else if (period.from === "headings" || mapping.values.length === 1)
      indicator =
        heading.period !== null && heading.stem !== ""
          ? heading.stem
          : breakdowns.length > 0 && input.title === null
            ? ""
            : fallback;
    else indicator = heading.stem || column.heading.trim() || fallback;
    values.push({
      index: column.index,
      heading: column.heading,
      indicator,
      period: periodText,
      unit: heading.unit,
    });
  }
  const periodColumn = period.from === "column" ? period.column.index : -1;
  const used = [
    ...keep.keys(),
    mapping.area.column.index,
    mapping.areaName?.index ?? -1,
    indicatorColumn,
    periodColumn,
    gender,
    ...breakdowns,
    ...values.map((v) => v.index),
  ];
  return {
    format:
      period.from === "headings"
        ? "csv-wide-periods"
        : values.length > 1
          ? "csv-wide-indicators"
          : "csv-tidy",
    width: header.length,
    headings,
    areaCode: mapping.area.column.index,
    areaName: mapping.areaName?.index ?? -1,
    indicator: indicatorColumn,
    label: -1,
    period: periodColumn,
    unit: -1,
    status: -1,
    gender,
    breakdowns,
    values,
    fallbackIndicator: fallback,
    areaLevel: mapping.area.level,
    dashIsZero: mapping.dash === "zero",
    keep,
    required: Math.max(...used),
  };
}

function column(plan: CsvPlan, index: number): MappedColumn {
  return { index, heading: plan.headings[index] ?? "" };
}

/** The mapping that says what a detected plan does (the starting point for the user's edits). */
export function mappingFromPlan(
  plan: CsvPlan,
  modes: ReadonlyMap<number, DecimalMode>,
): ImportMapping {
  const withPeriod = plan.values.filter((v) => v.period !== null);
  const breakdownColumns = [
    ...(plan.gender === -1 ? [] : [plan.gender]),
    ...plan.breakdowns,
  ].sort((a, b) => a - b);
  const names = new Set(plan.values.map((v) => v.indicator));
  const oneName = names.size === 1 ? [...names][0] : undefined;
  return {
    version: MAPPING_VERSION,
    area: { column: column(plan, plan.areaCode), level: plan.areaLevel },
    areaName: plan.areaName === -1 ? null : column(plan, plan.areaName),
    period:
      plan.period !== -1
        ? { from: "column", column: column(plan, plan.period) }
        : withPeriod.length > 0
          ? { from: "headings" }
          : { from: "fixed", period: "" },
    values: plan.values.map((v) => ({ index: v.index, heading: v.heading })),
    indicator:
      plan.indicator !== -1
        ? { from: "column", column: column(plan, plan.indicator) }
        : oneName !== undefined && oneName !== null && oneName !== ""
          ? { from: "name", name: oneName }
          : null,
    breakdowns: breakdownColumns.map((index) => ({
      column: column(plan, index),
      keep: plan.keep.get(index) ?? null,
    })),
    numberFormat: [...modes.values()].includes("point") ? "en" : "sv",
    dash: plan.dashIsZero ? "zero" : "missing",
  };
}
