/** Shared pieces of the dataset builders: the built-file shape, CSV in and out, observation rows. */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

import Papa from "papaparse";

import type { DatasetEntry } from "../../../src/data/schemas/manifest";
import { OBSERVATION_HEADER } from "../../../src/data/schemas/observations";
import type { Indicator } from "../../../src/domain/indicators";

import { sharedDir } from "../paths";

export type Row = Record<(typeof OBSERVATION_HEADER)[number], string>;

export interface Built {
  entry: Omit<DatasetEntry, "versions">;
  format: "csv" | "json";
  content: string;
  indicators: Indicator[];
}

export const shared = sharedDir();

export const readCsv = (path: string): Record<string, string>[] =>
  Papa.parse<Record<string, string>>(readFileSync(path, "utf8"), {
    header: true,
    skipEmptyLines: true,
  }).data;

export const toCsv = (rows: Row[]): string =>
  Papa.unparse(
    {
      fields: [...OBSERVATION_HEADER],
      data: rows.map((r) => OBSERVATION_HEADER.map((f) => r[f])),
    },
    { newline: "\n" },
  ) + "\n";

export const row = (
  r: Partial<Row> &
    Pick<Row, "area_code" | "indicator_id" | "period" | "source_id">,
): Row => ({
  breakdown: "",
  value: "",
  status: "reported",
  low: "",
  high: "",
  note: "",
  locator: "",
  ...r,
});

export const sortRows = (rows: Row[]): Row[] =>
  [...rows].sort(
    (a, b) =>
      a.indicator_id.localeCompare(b.indicator_id) ||
      a.breakdown.localeCompare(b.breakdown) ||
      a.area_code.localeCompare(b.area_code) ||
      a.period.localeCompare(b.period),
  );

/** ../shared/reference/kommun-facts.csv: kommun names, population and 2018 stimulus funds. */
export const facts = readCsv(resolve(shared, "reference", "kommun-facts.csv"));
