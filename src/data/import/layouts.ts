/**
 * Which column is what: from the header and a sample of rows, a plan for reading every row.
 *   tidy                one value column; indicator and year from columns (or the file's title/name)
 *   wide, periods       years as column headings ("2019", "Folkmängd 2019"); PxWeb's CSV export
 *                       (title line, blank line, header, "0127 Botkyrka" region cells) is one
 *   wide, indicators    indicators as column headings, the year in a column
 * A file without an area column or without value columns is refused with the reason.
 */
import type { AreaMatcher } from "./area-match";
import type { AreaLevel } from "./area-results";
import type { ColumnRole } from "./heading-roles";
import { classifyHeading, type Heading } from "./headings";
import { clip } from "./clip";
import type { IssueCollector } from "./issues";
import { codeNameCells, decideAreaLevel } from "./layout-guesses";
import { areaColumns, assignRoles, reject, roleColumn } from "./layout-roles";
import { tidyValues, wideValues } from "./layout-values";
import { trimCell } from "./numbers";
import type { ImportFormat } from "./report-types";

const IMPORT_MAX_COLUMNS = 1000;

export interface ValueColumn {
  readonly index: number;
  /** The heading as the file writes it (issue column). */
  readonly heading: string;
  /** Fixed indicator for this column, or null: read from the indicator column. */
  readonly indicator: string | null;
  /** Fixed period for this column, or null: read from the period column. */
  readonly period: string | null;
  /** Unit from the heading ("Andel (%)"), or null. */
  readonly unit: string | null;
}

export interface CsvPlan {
  readonly format: ImportFormat;
  readonly width: number;
  readonly headings: readonly string[];
  readonly areaCode: number;
  readonly areaName: number;
  readonly indicator: number;
  readonly label: number;
  readonly period: number;
  readonly unit: number;
  readonly status: number;
  /** Kön column first (its words become T/K/M), then other breakdown columns. */
  readonly gender: number;
  readonly breakdowns: readonly number[];
  readonly values: readonly ValueColumn[];
  /** Names a series whose indicator and breakdown cells are all empty (the file's title or name). */
  readonly fallbackIndicator: string;
  /** "county" when the area column holds counties (Socialstyrelsen's "Landsting"/"Region"). */
  readonly areaLevel: AreaLevel;
  /** True for files recognised as PxWeb/SCB exports, where "-" means nil (zero). */
  readonly dashIsZero: boolean;
  /** Breakdown columns filtered to one value (a column mapping's "keep"): column → value. */
  readonly keep: ReadonlyMap<number, string>;
  /** Highest column index a row must have. */
  readonly required: number;
}

export interface SampleRow {
  readonly fields: readonly string[];
  readonly line: number;
  /** Further lines the row spans (newlines in quoted fields). */
  readonly span: number;
}

export interface LayoutInput {
  readonly header: readonly string[];
  readonly headerLine: number;
  readonly sample: readonly SampleRow[];
  /** The text of a title line above the header (PxWeb), or null. */
  readonly title: string | null;
  /** True when a title line and a blank line come before the header (PxWeb's CSV). */
  readonly pxweb: boolean;
  /** File name without folders and extension. */
  readonly fileStem: string;
  readonly matcher: AreaMatcher;
  readonly issues: IssueCollector;
}

/** The header's headings classified, or null (reported) when it is too wide or is a data row. */
function classifyHeader(input: LayoutInput): Heading[] | null {
  const { header, headerLine, issues, matcher } = input;
  if (header.length > IMPORT_MAX_COLUMNS) {
    return reject(issues, "too-many-columns", headerLine, {
      key: "tooManyColumns",
      params: { columns: header.length, max: IMPORT_MAX_COLUMNS },
    });
  }
  const headings: Heading[] = header.map((text) => classifyHeading(text));
  const first = trimCell(header[0] ?? "");
  if (
    headings.every((h) => h.role === null) &&
    first !== "" &&
    matcher.resolve(first).ok
  ) {
    return reject(issues, "no-header", headerLine, {
      key: "headerIsData",
      params: { line: headerLine, text: clip(first) },
    });
  }
  return headings;
}

/** Whether the area column names kommuner or counties (reported when counties). */
function areaLevelOf(
  input: LayoutInput,
  headings: readonly Heading[],
  areaColumn: number,
): AreaLevel {
  const heading = headings[areaColumn]?.raw ?? "";
  const level = decideAreaLevel(
    heading,
    areaColumn,
    input.sample,
    input.matcher,
  );
  if (level === "county")
    input.issues.add("info", "area-level-county", input.headerLine, heading, {
      key: "areaLevelCounty",
      params: { heading: clip(heading) },
    });
  return level;
}

/** Plans how to read the rows, or reports why the layout cannot be used (and returns null). */
export function planLayout(input: LayoutInput): CsvPlan | null {
  const headings = classifyHeader(input);
  if (!headings) return null;
  const columns = assignRoles(input, headings);
  const area = areaColumns(input, columns);
  if (!area) return null;
  const read =
    roleColumn(columns, "value") !== -1
      ? tidyValues(input, columns)
      : wideValues(input, columns, area);
  if (!read) return null;
  const { areaCode, areaName } = area;
  const { values, format } = read;
  const { breakdowns } = columns;
  const role = (name: ColumnRole): number => roleColumn(columns, name);
  const indicatorColumn = role("indicator");
  const periodColumn = role("period");
  breakdowns.sort((a, b) => a - b);
  const areaLevel = areaLevelOf(
    input,
    headings,
    areaName !== -1 ? areaName : areaCode,
  );
  const dashIsZero =
    input.pxweb || codeNameCells(areaCode, input.sample) >= 0.8;
  const used = [
    areaCode,
    areaName,
    indicatorColumn,
    role("label"),
    periodColumn,
    role("unit"),
    role("status"),
    role("gender"),
    ...breakdowns,
    ...values.map((v) => v.index),
  ];
  return {
    format,
    width: input.header.length,
    headings: headings.map((h) => h.raw),
    areaCode,
    areaName,
    indicator: values.some((v) => v.indicator === null) ? indicatorColumn : -1,
    label: role("label"),
    period: values.some((v) => v.period === null) ? periodColumn : -1,
    unit: role("unit"),
    status: role("status"),
    gender: role("gender"),
    breakdowns,
    values,
    fallbackIndicator: input.title?.trim() || input.fileStem,
    areaLevel,
    dashIsZero,
    keep: new Map(),
    required: Math.max(...used),
  };
}
