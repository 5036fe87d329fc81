/**
 * A user's column mapping becomes the plan the row reader follows (instead of the guesses in
 * layouts.ts), or is refused with the reason when it does not fit the file's header. The other
 * way, a detected plan as a mapping, is plan-mapping.ts.
 */
import type { ImportMessage } from "@/i18n/import/import-text";

import { clip } from "./clip";
import { parsePeriod } from "./fields";
import { classifyHeading } from "./headings";
import type { IssueCollector } from "./issues";
import type { CsvPlan, LayoutInput, ValueColumn } from "./layouts";
import { mappedColumns, type ImportMapping } from "./mapping";

function refuse(
  issues: IssueCollector,
  line: number,
  column: string | null,
  message: ImportMessage,
): null {
  issues.add("error", "mapping-mismatch", line, column, message);
  return null;
}

/** Refuses the mapping (false) when a column it uses is missing or has another heading. */
function headingsFit(
  mapping: ImportMapping,
  headings: readonly string[],
  { headerLine, issues }: LayoutInput,
): boolean {
  for (const column of mappedColumns(mapping)) {
    const actual = headings[column.index];
    if (actual === undefined) {
      refuse(issues, headerLine, column.heading, {
        key: "mappingColumnMissing",
        params: {
          column: column.index + 1,
          heading: clip(column.heading),
          columns: headings.length,
        },
      });
      return false;
    }
    if (actual !== column.heading.trim()) {
      refuse(issues, headerLine, actual, {
        key: "mappingHeadingDiffers",
        params: {
          column: column.index + 1,
          actual: clip(actual),
          heading: clip(column.heading),
        },
      });
      return false;
    }
  }
  return true;
}

/** The one period of a mapping that fixes it (null when it does not; undefined: refused). */
function fixedPeriodOf(
  mapping: ImportMapping,
  { headerLine, issues }: LayoutInput,
): string | null | undefined {
  const { period } = mapping;
  if (period.from !== "fixed") return null;
  const parsed = parsePeriod(period.period.trim());
  if (!parsed.ok) {
    refuse(issues, headerLine, null, parsed.message);
    return undefined;
  }
  issues.add("info", "period-fixed", null, null, {
    key: "periodFixed",
    params: { period: parsed.period },
  });
  return parsed.period;
}

/** The breakdown columns: kept to one value, the kön column, and the others (in file order). */
function breakdownsOf(mapping: ImportMapping) {
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
  return { breakdowns, gender, keep };
}

/** The value columns with their indicator and period; null (refused) when a heading is no period. */
function valueColumns(
  mapping: ImportMapping,
  input: LayoutInput,
  fixedPeriod: string | null,
  hasBreakdowns: boolean,
): ValueColumn[] | null {
  const { period } = mapping;
  const fallback = input.title?.trim() || input.fileStem;
  const values: ValueColumn[] = [];
  for (const column of mapping.values) {
    const heading = classifyHeading(column.heading);
    let periodText: string | null = fixedPeriod;
    if (period.from === "headings") {
      periodText = heading.period ?? column.heading.trim();
      if (!parsePeriod(periodText).ok) {
        return refuse(input.issues, input.headerLine, column.heading, {
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
          : hasBreakdowns && input.title === null
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
  return values;
}

/** The plan a mapping gives for this file's header, or null (with the reason) if it does not fit. */
export function planFromMapping(
  mapping: ImportMapping,
  input: LayoutInput,
): CsvPlan | null {
  const headings = input.header.map((h) => h.replace(/^\ufeff/, "").trim());
  if (!headingsFit(mapping, headings, input)) return null;
  const fixedPeriod = fixedPeriodOf(mapping, input);
  if (fixedPeriod === undefined) return null;
  const { breakdowns, gender, keep } = breakdownsOf(mapping);
  const values = valueColumns(
    mapping,
    input,
    fixedPeriod,
    breakdowns.length > 0,
  );
  if (!values) return null;
  const { period } = mapping;
  const indicatorColumn =
    mapping.indicator?.from === "column" ? mapping.indicator.column.index : -1;
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
    width: input.header.length,
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
    fallbackIndicator: input.title?.trim() || input.fileStem,
    areaLevel: mapping.area.level,
    dashIsZero: mapping.dash === "zero",
    keep,
    required: Math.max(...used),
  };
}
