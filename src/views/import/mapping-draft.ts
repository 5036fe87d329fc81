/**
 * The "Kolumner" step's form state: one role per column plus the choices that are not columns
 * (where the period is, area level, indicator name, number format, what "-" means). Pure: it
 * becomes an ImportMapping for the pipeline, or the plain reasons it cannot be one yet.
 */
import {
  MAPPING_VERSION,
  type ImportMapping,
  type MappedColumn,
} from "@/data/import/mapping";

export const COLUMN_ROLES = [
  "area",
  "areaName",
  "period",
  "value",
  "indicator",
  "breakdown",
  "unused",
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

export const PERIOD_SOURCES = ["column", "headings", "fixed"] as const;
type PeriodSource = (typeof PERIOD_SOURCES)[number];

export interface MappingDraft {
  /** One role per column of the file, in file order. */
  readonly roles: readonly ColumnRole[];
  /** Per column: the one value kept of a breakdown column; null keeps every value as a series. */
  readonly keep: readonly (string | null)[];
  readonly periodFrom: PeriodSource;
  readonly fixedPeriod: string;
  readonly level: ImportMapping["area"]["level"];
  /** The indicator's name when no column names it; empty: the value columns' headings. */
  readonly indicatorName: string;
  readonly numberFormat: ImportMapping["numberFormat"];
  readonly dash: ImportMapping["dash"];
}

/** Why a draft is not a mapping yet (message keys under importView.mapping.problems). */
export type DraftProblem =
  | "noArea"
  | "manyAreas"
  | "manyAreaNames"
  | "noValue"
  | "noPeriodColumn"
  | "manyPeriods"
  | "periodColumnUnused"
  | "noFixedPeriod"
  | "manyIndicators";

export type DraftResult =
  | { readonly ok: true; readonly mapping: ImportMapping }
  | { readonly ok: false; readonly problems: readonly DraftProblem[] };

/** The form for a file's columns, from the mapping the file was read with (or an empty one). */
export function draftFromMapping(
  mapping: ImportMapping | null,
  width: number,
): MappingDraft {
  const roles: ColumnRole[] = Array.from({ length: width }, () => "unused");
  const keep: (string | null)[] = Array.from({ length: width }, () => null);
  const set = (column: MappedColumn, role: ColumnRole) => {
    if (column.index < width) roles[column.index] = role;
  };
  if (mapping) {
    set(mapping.area.column, "area");
    if (mapping.areaName) set(mapping.areaName, "areaName");
    if (mapping.period.from === "column") set(mapping.period.column, "period");
    for (const v of mapping.values) set(v, "value");
    if (mapping.indicator?.from === "column")
      set(mapping.indicator.column, "indicator");
    for (const b of mapping.breakdowns) {
      set(b.column, "breakdown");
      if (b.column.index < width) keep[b.column.index] = b.keep;
    }
  }
  return {
    roles,
    keep,
    periodFrom: mapping?.period.from ?? "column",
    fixedPeriod: mapping?.period.from === "fixed" ? mapping.period.period : "",
    level: mapping?.area.level ?? "kommun",
    indicatorName:
      mapping?.indicator?.from === "name" ? mapping.indicator.name : "",
    numberFormat: mapping?.numberFormat ?? "sv",
    dash: mapping?.dash ?? "missing",
  };
}

/** The mapping a draft describes for these headings, or every reason it cannot be one yet. */
export function mappingFromDraft(
  draft: MappingDraft,
  headings: readonly string[],
): DraftResult {
  const columns = (role: ColumnRole): MappedColumn[] =>
    draft.roles.flatMap((r, index) =>
      r === role ? [{ index, heading: headings[index] ?? "" }] : [],
    );
  const [area, ...moreAreas] = columns("area");
  const [areaName, ...moreNames] = columns("areaName");
  const [periodColumn, ...morePeriods] = columns("period");
  const [indicator, ...moreIndicators] = columns("indicator");
  const values = columns("value");
  const fixedPeriod = draft.fixedPeriod.trim();
  const problems: DraftProblem[] = [];
  if (!area) problems.push("noArea");
  if (moreAreas.length > 0) problems.push("manyAreas");
  if (moreNames.length > 0) problems.push("manyAreaNames");
  if (values.length === 0) problems.push("noValue");
  if (draft.periodFrom === "column" && !periodColumn)
    problems.push("noPeriodColumn");
  if (morePeriods.length > 0) problems.push("manyPeriods");
  if (draft.periodFrom !== "column" && periodColumn)
    problems.push("periodColumnUnused");
  if (draft.periodFrom === "fixed" && fixedPeriod.length < 4)
    problems.push("noFixedPeriod");
  if (moreIndicators.length > 0) problems.push("manyIndicators");
  if (!area || problems.length > 0) return { ok: false, problems };
  const name = draft.indicatorName.trim();
  return {
    ok: true,
    mapping: {
      version: MAPPING_VERSION,
      area: { column: area, level: draft.level },
      areaName: areaName ?? null,
      period:
        draft.periodFrom === "column" && periodColumn
          ? { from: "column", column: periodColumn }
          : draft.periodFrom === "fixed"
            ? { from: "fixed", period: fixedPeriod }
            : { from: "headings" },
      values,
      indicator: indicator
        ? { from: "column", column: indicator }
        : name !== ""
          ? { from: "name", name }
          : null,
      breakdowns: columns("breakdown").map((column) => ({
        column,
        keep: draft.keep[column.index] ?? null,
      })),
      numberFormat: draft.numberFormat,
      dash: draft.dash,
    },
  };
}

/** The distinct non-empty values of a column in the rows shown, in order. */
export function shownValues(
  rows: readonly { readonly cells: readonly string[] }[],
  index: number,
): string[] {
  const seen = new Set<string>();
  for (const row of rows) {
    const cell = row.cells[index]?.trim();
    if (cell) seen.add(cell);
  }
  return [...seen];
}
