/**
 * How to read a CSV file's rows, decided once from its header and a sample of rows: the table
 * the column-mapping step shows, the layout (the user's mapping, or detection's guesses in
 * layouts.ts), the decimal separator of each value column, and the mapping that says it all.
 */
import { clip } from "./clip";
import { type CsvPlan, type LayoutInput, planLayout } from "./layouts";
import type { ImportMapping } from "./mapping";
import { planFromMapping } from "./mapping-plan";
import { mappingFromPlan } from "./plan-mapping";
import { decideNumberModes } from "./number-modes";
import { type DecimalMode, trimCell } from "./numbers";
import type { ImportTable } from "./report-types";

/** Rows shown in the column-mapping step. */
const TABLE_ROWS = 8;

export interface CsvReading {
  readonly layout: CsvPlan;
  /** Decimal mode per value column index. */
  readonly modes: ReadonlyMap<number, DecimalMode>;
  readonly mapping: ImportMapping;
}

/** The table shown, and the reading (null when the layout is refused; the reason is reported). */
export function planCsv(
  input: LayoutInput & { readonly mapping: ImportMapping | null },
): { readonly table: ImportTable; readonly reading: CsvReading | null } {
  const table = tableOf(input);
  const given = input.mapping;
  const layout = given ? planFromMapping(given, input) : planLayout(input);
  if (!layout) return { table, reading: null };
  const modes = given
    ? new Map<number, DecimalMode>(
        layout.values.map((v) => [
          v.index,
          given.numberFormat === "en" ? "point" : "comma",
        ]),
      )
    : decideNumberModes(layout.values, input.sample, input.issues);
  const mapping = given ?? mappingFromPlan(layout, modes);
  return { table, reading: { layout, modes, mapping } };
}

function tableOf(input: LayoutInput): ImportTable {
  return {
    headerLine: input.headerLine,
    // Headings whole and as plans name them (a mapping must match them; the schema allows 500).
    header: input.header.map((h) =>
      h
        .replace(/^\ufeff/, "")
        .trim()
        .slice(0, 500),
    ),
    rows: input.sample
      .filter((row) => row.fields.some((f) => trimCell(f) !== ""))
      .slice(0, TABLE_ROWS)
      .map((row) => ({ line: row.line, cells: row.fields.map(clip) })),
  };
}
