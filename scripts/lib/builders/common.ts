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
  /** What the inputs give now: the latest published version, or else the next one. */
  content: string;
  indicators: Indicator[];
  /**
   * Published versions the inputs no longer give as they stand (an earlier reading of the same
   * inputs), from version 1 on, in order; each is rebuilt and checked like the latest.
   */
  earlier?: readonly Revision[];
}

/** An earlier version of a dataset: its own file, publication date and change note. */
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

/** The fields an indicator ends with where its catalogue entry has them (later versions' fields). */
export const trailingFields = (e: {
  readonly periodLabels?: Indicator["periodLabels"];
  readonly breaks?: Indicator["breaks"];
  readonly unstatedPeriods?: Indicator["unstatedPeriods"];
  readonly counterpart?: Indicator["counterpart"];
}): Pick<
  Indicator,
  "periodLabels" | "breaks" | "unstatedPeriods" | "counterpart"
> => ({
  ...(e.periodLabels ? { periodLabels: e.periodLabels } : {}),
  ...(e.breaks && e.breaks.length > 0 ? { breaks: e.breaks } : {}),
  ...(e.unstatedPeriods ? { unstatedPeriods: e.unstatedPeriods } : {}),
  ...(e.counterpart ? { counterpart: e.counterpart } : {}),
});

/** What a builder decides for an indicator that its catalogue entry does not say. */
interface OwnFields {
  readonly definition: LocalText;
  readonly sourceIds: readonly string[];
  readonly perCapita?: Indicator["perCapita"];
  readonly breakdowns?: Indicator["breakdowns"];
  readonly koladaId?: string | null;
}

/**
 * A kommun-level indicator from its catalogue entry (data-src/indikatorer.json) and what the
 * builder adds. The key order is the published files' order: changing it changes every checksum.
 */
export function kommunIndicator(
  entry: {
    readonly id: string;
    readonly dataset: string;
    readonly label: LocalText;
    readonly theme: Indicator["theme"];
    readonly unit: Indicator["unit"];
    readonly format: Indicator["format"];
    readonly polarity: Indicator["polarity"];
    readonly denominator: LocalText | null;
    readonly periodLabels?: Indicator["periodLabels"];
    readonly breaks?: Indicator["breaks"];
  },
  own: OwnFields,
): Indicator {
  return {
    id: entry.id,
    label: entry.label,
    theme: entry.theme,
    unit: entry.unit,
    format: entry.format,
    polarity: entry.polarity,
    definition: own.definition,
    denominator: entry.denominator,
    datasetId: entry.dataset,
    sourceIds: [...own.sourceIds],
    scope: "kommun",
    perCapita: own.perCapita ?? null,
    breakdowns: own.breakdowns ?? {},
    koladaId: own.koladaId ?? null,
    ...trailingFields(entry),
  };
}

/** The date and note of every dataset's first version. */
export const FIRST_VERSION = {
  published: "2026-11-23",
  note: {
    sv: "Första publicerade versionen.",
    en: "First published version.",
  },
} as const;

/** ../shared/reference/kommun-facts.csv: kommun names, population and 2018 stimulus funds. */
export const facts = readCsv(resolve(shared, "reference", "kommun-facts.csv"));
