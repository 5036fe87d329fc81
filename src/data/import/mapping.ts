/**
 * A column mapping: what each column of a CSV file is, set by the user when detection is unsure
 * or wrong (Importera's "Kolumner" step), kept with the saved local dataset, saved as a small JSON
 * file and applied in Node by `npm run data:check -- <file> --map <mapping.json>`. The same
 * mapping gives the same plan in the browser and in Node (layouts.ts planFromMapping).
 *
 * Columns are 0-based indexes with their headings as the file writes them; a mapping whose
 * headings do not match the file is refused, never applied to the wrong columns.
 */
import * as z from "zod/mini";

import type { ImportMessage } from "@/i18n/import/import-text";

export const MAPPING_VERSION = 1;

export interface MappedColumn {
  readonly index: number;
  readonly heading: string;
}

type MappingPeriod =
  | { readonly from: "column"; readonly column: MappedColumn }
  | { readonly from: "headings" }
  | { readonly from: "fixed"; readonly period: string };

interface MappingBreakdown {
  readonly column: MappedColumn;
  /** Only rows with this value are used; null keeps every value as its own series. */
  readonly keep: string | null;
}

export interface ImportMapping {
  readonly version: typeof MAPPING_VERSION;
  /** The area: kommun codes, names or "0127 Botkyrka" cells; or counties (landsting, regioner). */
  readonly area: {
    readonly column: MappedColumn;
    readonly level: "kommun" | "county";
  };
  /** A second column with the area's name, checked against the code. */
  readonly areaName: MappedColumn | null;
  readonly period: MappingPeriod;
  readonly values: readonly MappedColumn[];
  /** A column naming the indicator, or one name for the file; null: the value headings. */
  readonly indicator:
    | { readonly from: "column"; readonly column: MappedColumn }
    | { readonly from: "name"; readonly name: string }
    | null;
  readonly breakdowns: readonly MappingBreakdown[];
  /** sv: decimal comma (1 234,5); en: decimal point and thousands commas (1,234.5). */
  readonly numberFormat: "sv" | "en";
  /** What "-" means: zero (PxWeb's nil) or a missing value. */
  readonly dash: "zero" | "missing";
}

const column = z.object({
  index: z.number().check(z.int(), z.nonnegative(), z.maximum(999)),
  heading: z.string().check(z.maxLength(500)),
});

const mappingSchema = z.strictObject({
  version: z.literal(MAPPING_VERSION),
  area: z.strictObject({
    column,
    level: z.enum(["kommun", "county"]),
  }),
  areaName: z.nullable(column),
  period: z.discriminatedUnion("from", [
    z.strictObject({ from: z.literal("column"), column }),
    z.strictObject({ from: z.literal("headings") }),
    z.strictObject({
      from: z.literal("fixed"),
      period: z.string().check(z.minLength(4), z.maxLength(20)),
    }),
  ]),
  values: z.array(column).check(z.minLength(1), z.maxLength(1000)),
  indicator: z.nullable(
    z.discriminatedUnion("from", [
      z.strictObject({ from: z.literal("column"), column }),
      z.strictObject({
        from: z.literal("name"),
        name: z.string().check(z.minLength(1), z.maxLength(200)),
      }),
    ]),
  ),
  breakdowns: z
    .array(
      z.strictObject({
        column,
        keep: z.nullable(z.string().check(z.maxLength(500))),
      }),
    )
    .check(z.maxLength(50)),
  numberFormat: z.enum(["sv", "en"]),
  dash: z.enum(["zero", "missing"]),
});

export type MappingResult =
  | { readonly ok: true; readonly mapping: ImportMapping }
  | { readonly ok: false; readonly message: ImportMessage };

/** Reads a mapping from JSON text (a saved mapping file), or says why not in plain words. */
export function parseMapping(text: string): MappingResult {
  let data: unknown;
  try {
    data = JSON.parse(text) as unknown;
  } catch {
    return { ok: false, message: { key: "mappingNotJson" } };
  }
  const parsed = mappingSchema.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const path = first?.path.join(".") ?? "";
    return {
      ok: false,
      message: {
        key: "mappingShape",
        params: { path, version: MAPPING_VERSION },
      },
    };
  }
  return { ok: true, mapping: parsed.data };
}

/** Every column a mapping uses, for checking it against a file's header. */
export function mappedColumns(mapping: ImportMapping): MappedColumn[] {
  const columns: MappedColumn[] = [mapping.area.column, ...mapping.values];
  if (mapping.areaName) columns.push(mapping.areaName);
  if (mapping.period.from === "column") columns.push(mapping.period.column);
  if (mapping.indicator?.from === "column")
    columns.push(mapping.indicator.column);
  for (const b of mapping.breakdowns) columns.push(b.column);
  return columns;
}
