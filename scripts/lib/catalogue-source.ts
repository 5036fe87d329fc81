/**
 * data-src/indikatorer.json: the one file every indicator of the catalogue is written in. A Kolada
 * KPI is one entry (id, KPI, dataset, theme, labels, unit, format, direction, denominator, breaks);
 * its name and definition come from Kolada's KPI metadata. Other indicators carry their definition
 * and sources here too. The builders read their indicators from this file only.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

import type {
  FormatTag,
  Indicator,
  PerCapitaRule,
  Polarity,
  Theme,
  TrendBreak,
  Unit,
} from "../../src/domain/indicators";
import type { LocalText } from "../../src/domain/local-text";

import { DATA_SRC } from "./paths";

interface CommonFields {
  readonly id: string;
  /** The observations dataset that holds its values. */
  readonly dataset: string;
  readonly label: LocalText;
  readonly theme: Theme;
  readonly unit: Unit;
  readonly format: FormatTag;
  readonly polarity: Polarity;
  readonly denominator: LocalText | null;
  readonly breaks?: readonly TrendBreak[];
}

export interface KoladaEntry extends CommonFields {
  /** Kolada's KPI id ("N74811"). */
  readonly kolada: string;
}

export interface PlainEntry extends CommonFields {
  readonly definition: LocalText;
  /** Omitted where the builder names the sources itself (folkmängd: one per year). */
  readonly sourceIds?: readonly string[];
  readonly perCapita?: PerCapitaRule;
  readonly periodLabels?: Readonly<Record<string, LocalText>>;
  readonly unstatedPeriods?: Indicator["unstatedPeriods"];
  /** The same measure from another source (see Indicator.counterpart). */
  readonly counterpart?: Indicator["counterpart"];
}

type Entry = KoladaEntry | PlainEntry;

const isKolada = (e: Entry): e is KoladaEntry => "kolada" in e;

export const CATALOGUE_SOURCE = "indikatorer.json";

let cached: readonly Entry[] | null = null;

function entries(): readonly Entry[] {
  if (cached) return cached;
  const path = resolve(DATA_SRC, CATALOGUE_SOURCE);
  const file = JSON.parse(readFileSync(path, "utf8")) as {
    indicators?: Entry[];
  };
  const list = file.indicators ?? [];
  const seen = new Set<string>();
  for (const e of list) {
    if (typeof e.id !== "string" || typeof e.dataset !== "string") {
      throw new Error(`${path}: every entry needs an id and a dataset.`);
    }
    if (seen.has(e.id)) throw new Error(`${path}: ${e.id} is listed twice.`);
    seen.add(e.id);
  }
  cached = list;
  return list;
}

/** The Kolada KPIs, in the file's order. */
export const koladaEntries = (): KoladaEntry[] => entries().filter(isKolada);

/** The other indicators of one dataset, in the file's order. */
export const entriesOf = (dataset: string): PlainEntry[] =>
  entries().filter(
    (e): e is PlainEntry => !isKolada(e) && e.dataset === dataset,
  );

/** The one indicator of a dataset that has exactly one (befolkning, stimulansmedel). */
export function onlyEntryOf(dataset: string): PlainEntry {
  const [entry, ...more] = entriesOf(dataset);
  if (!entry || more.length > 0) {
    throw new Error(
      `${CATALOGUE_SOURCE} must define exactly one indicator of ${dataset}.`,
    );
  }
  return entry;
}
