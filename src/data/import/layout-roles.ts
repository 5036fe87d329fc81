/**
 * The first steps of a CSV layout (layouts.ts): each heading's role from its text (headings.ts),
 * repeated and unused columns reported, then the area columns, guessed from the cells when no
 * heading names them.
 */
import type { ImportMessage } from "@/i18n/import/import-text";

import type { ColumnRole } from "./heading-roles";
import type { Heading } from "./headings";
import { clip } from "./clip";
import type { IssueCollector } from "./issues";
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

/** Reports an error that refuses the layout. */
export function reject(
  issues: IssueCollector,
  code: string,
  line: number | null,
  message: ImportMessage,
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
        key: "rowNumbers",
        params: { column: index + 1, heading: clip(heading.raw) },
      });
    } else if (role === null) {
      unassigned.push(index);
    } else if (role === "breakdown") {
      breakdowns.push(index);
    } else if (role === "ignore") {
      issues.add("info", "column-ignored", headerLine, heading.raw, {
        key: "columnNotImported",
        params: { heading: clip(heading.raw) },
      });
    } else if (role === "indicator" && roles.has(role)) {
      // Socialstyrelsen: "Mått;Variabel;…" — each further stub is part of the series.
      breakdowns.push(index);
      issues.add("info", "column-as-breakdown", headerLine, heading.raw, {
        key: "columnDividesIndicator",
        params: { heading: clip(heading.raw) },
      });
    } else if (SINGLE_ROLES.includes(role) && roles.has(role)) {
      const firstIndex = roles.get(role) ?? 0;
      issues.add("warning", "duplicate-column", headerLine, heading.raw, {
        key: "duplicateColumn",
        params: {
          heading: clip(heading.raw),
          first: firstIndex + 1,
          firstHeading: clip(headings[firstIndex]?.raw ?? ""),
        },
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
          key: "areaCodeColumnGuessed",
          params: { heading: headings[codes]?.raw ?? "" },
        },
      );
    }
  }
  if (areaCode === -1 && areaName === -1) {
    const guessed = guessAreaColumn(unassigned, sample, matcher);
    if (guessed === -1) {
      return reject(issues, "missing-column", headerLine, {
        key: "noAreaColumn",
        params: { headings: header.slice(0, 20).map(clip) },
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
        key: "areaColumnGuessed",
        params: { heading: headings[guessed]?.raw ?? "" },
      },
    );
  }
  if (areaCode === -1 && areaName !== -1) {
    areaCode = areaName;
    areaName = -1;
  }

  return { areaCode, areaName };
}
