/**
 * The first steps of a CSV layout (layouts.ts): each heading's role from its text (headings.ts),
 * repeated and unused columns reported, then the area columns, guessed from the cells when no
 * heading names them.
 */
import type { LocalText } from "@/domain/local-text";

import type { ColumnRole, Heading } from "./headings";
import { clip, type IssueCollector } from "./issues";
import {
  guessAreaCodeColumn,
  guessAreaColumn,
  isRowNumberColumn,
} from "./layout-guesses";
import type { LayoutInput } from "./layouts";

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

/** The columns by role, the breakdown columns and those no heading explains. */
export interface Columns {
  readonly headings: readonly Heading[];
  readonly roles: ReadonlyMap<ColumnRole, number>;
  readonly breakdowns: number[];
  readonly unassigned: number[];
}

export interface AreaColumns {
  readonly areaCode: number;
  /** A second area column with names, or -1. */
  readonly areaName: number;
}

/** The column of a role, or -1. */
export function roleColumn(columns: Columns, name: ColumnRole): number {
  return columns.roles.get(name) ?? -1;
}

export const HEADER_HELP: LocalText = {
  sv: "Filen behöver en rubrikrad med kommun eller kommunkod, och antingen en kolumn för år och en för värde (t.ex. Kommunkod;Indikator;År;Värde) eller ett år per kolumn (t.ex. Kommun;2019;2020).",
  en: "The file needs a header row with the kommun or kommun code, and either a year column and a value column (e.g. Kommunkod;Indikator;År;Värde) or one year per column (e.g. Kommun;2019;2020).",
};

/** Reports an error that refuses the layout. */
export function reject(
  issues: IssueCollector,
  code: string,
  line: number | null,
  message: LocalText,
): null {
  issues.add("error", code, line, null, message);
  return null;
}

/** Each column's role from its heading; row numbers, ignored and repeated columns reported. */
export function assignRoles(
  input: LayoutInput,
  headings: readonly Heading[],
): Columns {
  const { headerLine, sample, issues } = input;
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
  return { headings, roles, breakdowns, unassigned };
}

/** The area code (and name) columns, guessed from the cells if need be; null when none. */
export function areaColumns(
  input: LayoutInput,
  columns: Columns,
): AreaColumns | null {
  const { header, headerLine, sample, issues, matcher } = input;
  const { headings, unassigned } = columns;
  const role = (name: ColumnRole): number => roleColumn(columns, name);
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

  return { areaCode, areaName };
}
