/** Shared pieces of the dataset builders: the built-file shape, CSV in and out, observation rows. */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

import Papa from "papaparse";

import type { DatasetEntry } from "../../../src/data/schemas/manifest";
import { OBSERVATION_HEADER } from "../../../src/data/schemas/observations";
import type { Indicator } from "../../../src/domain/indicators";
import type { LocalText } from "../../../src/domain/local-text";

import { sharedDir } from "../paths";

export type Row = Record<(typeof OBSERVATION_HEADER)[number], string>;

export interface Built {
  entry: Omit<DatasetEntry, "versions">;
  format: "csv" | "json";
  /** Version 1, exactly as first published. */
  content: string;
  indicators: Indicator[];
  /** Later versions this builder makes (2, 3, …, in order); each is checked like version 1. */
  later?: readonly Revision[];
}

/** A later version of a dataset: its own file, publication date and change note. */
export interface Revision {
  readonly version: number;
  readonly content: string;
  readonly published: string;
  readonly note: LocalText;
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
