/**
 * Which column is what: from the header and a sample of rows, a plan for reading every row.
 *   tidy                one value column; indicator and year from columns (or the file's title/name)
 *   wide, periods       years as column headings ("2019", "Folkmängd 2019"); PxWeb's CSV export
 *                       (title line, blank line, header, "0127 Botkyrka" region cells) is one
 *   wide, indicators    indicators as column headings, the year in a column
 * A file without an area column or without value columns is refused with the reason.
 */
import type { LocalText } from "@/domain/local-text";

import type { AreaMatcher } from "./area-match";
import type { AreaLevel } from "./area-results";
import {
  codeNameCells,
  decideAreaLevel,
  guessAreaCodeColumn,
  guessAreaColumn,
  isRowNumberColumn,
} from "./layout-guesses";
import { classifyHeading, type ColumnRole, type Heading } from "./headings";
import { clip, type IssueCollector } from "./issues";
import { parseNumber, symbolMeaning, trimCell } from "./numbers";
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

const SINGLE_ROLES: readonly ColumnRole[] = [
  "area-code",
  "area-name",
  "indicator",
  "label",
  "period",
  "value",
  "unit",
  "status",
  "gender",
];

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

function reject(
  issues: IssueCollector,
  code: string,
  line: number | null,
  message: LocalText,
): null {
  issues.add("error", code, line, null, message);
  return null;
}

const HEADER_HELP: LocalText = {
  sv: "Filen behöver en rubrikrad med kommun eller kommunkod, och antingen en kolumn för år och en för värde (t.ex. Kommunkod;Indikator;År;Värde) eller ett år per kolumn (t.ex. Kommun;2019;2020).",
  en: "The file needs a header row with the kommun or kommun code, and either a year column and a value column (e.g. Kommunkod;Indikator;År;Värde) or one year per column (e.g. Kommun;2019;2020).",
};

/** Plans how to read the rows, or reports why the layout cannot be used (and returns null). */
export function planLayout(input: LayoutInput): CsvPlan | null {
  const { header, headerLine, sample, issues, matcher } = input;
  if (header.length > IMPORT_MAX_COLUMNS) {
    return reject(issues, "too-many-columns", headerLine, {
      sv: `Rubrikraden har ${header.length} kolumner; högst ${IMPORT_MAX_COLUMNS} kan läsas.`,
      en: `The header row has ${header.length} columns; at most ${IMPORT_MAX_COLUMNS} can be read.`,
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
      sv: `Rad ${headerLine} ser ut att vara data (”${clip(first)}”), inte rubriker. ${HEADER_HELP.sv}`,
      en: `Line ${headerLine} looks like data (“${clip(first)}”), not headings. ${HEADER_HELP.en}`,
    });
  }
  const roles = new Map<ColumnRole, number>();
  const breakdowns: number[] = [];
  const unassigned: number[] = [];
  headings.forEach((heading, index) => {
    const role = heading.role;
    if (role === null && isRowNumberColumn(heading.raw, index, sample)) {
      issues.add("info", "row-numbers", headerLine, heading.raw, {
        sv: `Kolumn ${index + 1}${heading.raw === "" ? " (utan rubrik)" : ` (”${clip(heading.raw)}”)`} innehåller radnummer (som R och pandas skriver) och används inte.`,
        en: `Column ${index + 1}${heading.raw === "" ? " (without a heading)" : ` (“${clip(heading.raw)}”)`} holds row numbers (as R and pandas write them) and is not used.`,
      });
    } else if (role === null) {
      unassigned.push(index);
    } else if (role === "breakdown") {
      breakdowns.push(index);
    } else if (role === "ignore") {
      issues.add("info", "column-ignored", headerLine, heading.raw, {
        sv: `Kolumnen ”${clip(heading.raw)}” används inte vid importen.`,
        en: `The column “${clip(heading.raw)}” is not used by the import.`,
      });
    } else if (role === "indicator" && roles.has(role)) {
      // Socialstyrelsen: "Mått;Variabel;…" — each further stub is part of the series.
      breakdowns.push(index);
      issues.add("info", "column-as-breakdown", headerLine, heading.raw, {
        sv: `Kolumnen ”${clip(heading.raw)}” delar upp indikatorn ytterligare; varje kombination blir en egen serie.`,
        en: `The column “${clip(heading.raw)}” divides the indicator further; each combination becomes its own series.`,
      });
    } else if (SINGLE_ROLES.includes(role) && roles.has(role)) {
      const firstIndex = roles.get(role) ?? 0;
      issues.add("warning", "duplicate-column", headerLine, heading.raw, {
        sv: `Kolumnen ”${clip(heading.raw)}” har samma betydelse som kolumn ${firstIndex + 1} (”${clip(headings[firstIndex]?.raw ?? "")}”); bara den första används.`,
        en: `The column “${clip(heading.raw)}” means the same as column ${firstIndex + 1} (“${clip(headings[firstIndex]?.raw ?? "")}”); only the first is used.`,
      });
    } else {
      roles.set(role, index);
    }
  });
  const role = (name: ColumnRole): number => roles.get(name) ?? -1;

  let areaCode = role("area-code");
  let areaName = role("area-name");
  if (areaCode === -1) {
    const codes = guessAreaCodeColumn(unassigned, sample, matcher);
    if (codes !== -1) {
      unassigned.splice(unassigned.indexOf(codes), 1);
      areaCode = codes;
      issues.add(
        "info",
        "area-column-guessed",
        headerLine,
        headings[codes]?.raw ?? null,
        {
          sv: `Kolumnen ”${headings[codes]?.raw ?? ""}” innehåller kommun- eller länskoder och används som områdeskod.`,
          en: `The column “${headings[codes]?.raw ?? ""}” holds kommun or county codes and is used as the area code.`,
        },
      );
    }
  }
  if (areaCode === -1 && areaName === -1) {
    const guessed = guessAreaColumn(unassigned, sample, matcher);
    if (guessed === -1) {
      return reject(issues, "missing-column", headerLine, {
        sv: `Hittar ingen kolumn med kommun eller kommunkod (rubriker: ${header
          .slice(0, 20)
          .map((h) => `”${clip(h)}”`)
          .join(", ")}). ${HEADER_HELP.sv}`,
        en: `Found no column with the kommun or kommun code (headings: ${header
          .slice(0, 20)
          .map((h) => `“${clip(h)}”`)
          .join(", ")}). ${HEADER_HELP.en}`,
      });
    }
    unassigned.splice(unassigned.indexOf(guessed), 1);
    areaName = guessed;
    issues.add(
      "info",
      "area-column-guessed",
      headerLine,
      headings[guessed]?.raw ?? null,
      {
        sv: `Kolumnen ”${headings[guessed]?.raw ?? ""}” innehåller kommuner och används som kommunkolumn.`,
        en: `The column “${headings[guessed]?.raw ?? ""}” holds kommuner and is used as the kommun column.`,
      },
    );
  }
  if (areaCode === -1 && areaName !== -1) {
    areaCode = areaName;
    areaName = -1;
  }

  const fixedIndicator = (): string => {
    if (input.title !== null && input.title.trim() !== "") {
      issues.once("title", "info", "indicator-from-title", null, null, {
        sv: `Filen har ingen indikatorkolumn; indikatorn heter som filens rubrik, ”${clip(input.title.trim())}”.`,
        en: `The file has no indicator column; the indicator is named after the file's title, “${clip(input.title.trim())}”.`,
      });
      return input.title.trim();
    }
    issues.once("file", "info", "indicator-from-file-name", null, null, {
      sv: `Filen har ingen indikatorkolumn; indikatorn heter som filen, ”${input.fileStem}”.`,
      en: `The file has no indicator column; the indicator is named after the file, “${input.fileStem}”.`,
    });
    return input.fileStem;
  };

  const valueRole = role("value");
  const indicatorColumn = role("indicator");
  const periodColumn = role("period");
  const values: ValueColumn[] = [];
  let format: ImportFormat;

  if (valueRole !== -1) {
    if (periodColumn === -1) {
      return reject(issues, "missing-column", headerLine, {
        sv: `Hittar ingen kolumn för år eller period (t.ex. ”År”). ${HEADER_HELP.sv}`,
        en: `Found no column for the year or period (e.g. “År”/“Year”). ${HEADER_HELP.en}`,
      });
    }
    const heading = headings[valueRole];
    values.push({
      index: valueRole,
      heading: heading?.raw ?? "",
      indicator: indicatorColumn === -1 ? fixedIndicator() : null,
      period: null,
      unit: heading?.unit ?? null,
    });
    for (const index of unassigned) ignoreColumn(input, headings, index);
    format = "csv-tidy";
  } else {
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
      if (heading.raw === "" && stats.text === 0 && stats.numeric === 0)
        continue;
      const isValues =
        heading.period !== null ||
        (stats.numeric > 0 && stats.numeric >= stats.text);
      if (!isValues) {
        if (stats.text > 0 && (index < lastStub || values.length === 0)) {
          breakdowns.push(index);
          issues.add("info", "column-as-breakdown", headerLine, heading.raw, {
            sv: `Kolumnen ”${clip(heading.raw)}” innehåller text och läses som en uppdelning av värdena (t.ex. ålder).`,
            en: `The column “${clip(heading.raw)}” holds text and is read as a breakdown of the values (e.g. age).`,
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
          sv: `Kolumnen ”${clip(heading.raw)}” har inget år i rubriken och filen har ingen kolumn för år; kolumnen används inte.`,
          en: `The column “${clip(heading.raw)}” has no year in its heading and the file has no year column; the column is not used.`,
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
    // Without an indicator column the stub columns (PxWeb's "kategori", "drivmedel") name the
    // series; only without them does the file's title or name become the indicator.
    const stubsName = breakdowns.length > 0 && input.title === null;
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      if (value?.indicator !== FIXED_INDICATOR) continue;
      values[i] = { ...value, indicator: stubsName ? "" : fixedIndicator() };
    }
    if (values.length === 0) {
      return reject(issues, "no-value-columns", headerLine, {
        sv: `Hittar inga kolumner med värden. ${HEADER_HELP.sv}`,
        en: `Found no columns with values. ${HEADER_HELP.en}`,
      });
    }
    const allPeriods = values.every((v) => v.period !== null);
    format = input.pxweb
      ? "pxweb-csv"
      : allPeriods
        ? "csv-wide-periods"
        : "csv-wide-indicators";
  }

  breakdowns.sort((a, b) => a - b);
  const areaLevel = decideAreaLevel(
    headings[areaName !== -1 ? areaName : areaCode]?.raw ?? "",
    areaName !== -1 ? areaName : areaCode,
    sample,
    matcher,
  );
  if (areaLevel === "county") {
    const heading = headings[areaName !== -1 ? areaName : areaCode]?.raw ?? "";
    issues.add("info", "area-level-county", headerLine, heading, {
      sv: `Kolumnen ”${clip(heading)}” gäller landsting eller regioner, så ”Stockholm” där betyder Stockholms län (01), inte Stockholms kommun; andra län används inte.`,
      en: `The column “${clip(heading)}” holds counties or regions, so “Stockholm” there means Stockholm County (01), not the kommun of Stockholm; other counties are not used.`,
    });
  }
  const dashIsZero = input.pxweb || codeNameCells(areaCode, sample) >= 0.8;
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
    width: header.length,
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
    sv: `Kolumnen ”${heading.raw === "" ? `nr ${index + 1}` : heading.raw}” känns inte igen och används inte.`,
    en: `The column “${heading.raw === "" ? `no. ${index + 1}` : heading.raw}” is not recognised and is not used.`,
  });
}

/** Marks a value column whose indicator is the file's title or name (decided after the loop). */
const FIXED_INDICATOR = "\u0000fixed";
