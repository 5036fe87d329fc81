/**
 * Where the Kolada KPIs' names, definitions and values are read from: the reference extract
 * (../shared/reference/kolada) and data-src/kolada in the same layout (kpis.csv with a
 * `source_note` column saying where and when the values were retrieved, by-geo-year/<kpi>.csv,
 * by-geo-gender-year/<kpi>.csv): KPIs the reference lacks, and the refresh `npm run data:kolada`
 * writes, which takes the reference's place for the next versions. Each KPI they hold must be in
 * the catalogue; a catalogue KPI neither holds is not published until its values are there.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";

import type { LocalText } from "../../../src/domain/local-text";

import {
  CATALOGUE_SOURCE,
  koladaEntries,
  type KoladaEntry,
} from "../catalogue-source";
import { DATA_SRC } from "../paths";

import { readCsv, shared } from "./common";

export type Kpi = Record<string, string>;

export const KOLADA_DATASETS: Readonly<Record<string, LocalText>> = {
  "kolada-psykisk-ohalsa": {
    sv: "Kolada: psykisk ohälsa och sjukfrånvaro",
    en: "Kolada: mental ill-health and sickness absence",
  },
  "kolada-behov": {
    sv: "Kolada: behov och riskfaktorer",
    en: "Kolada: needs and risk factors",
  },
  "kolada-kostnader": {
    sv: "Kolada: kommunernas kostnader per invånare",
    en: "Kolada: kommun spending per inhabitant",
  },
  "kolada-befolkning": {
    sv: "Kolada: befolkning",
    en: "Kolada: population",
  },
};

const REFERENCE_NOTE =
  "Hämtat hösten 2024 ur Koladas API via open-numbers/ddf--kolada--dump (commit 8501d5c7694b444dbf59d063c5156754e2a9b819); endast länets områden behållna, värden oförändrade.";

interface Extract {
  readonly dir: string;
  readonly kpis: readonly Kpi[];
  /** The source note of its KPIs, or null when each row of kpis.csv gives its own. */
  readonly note: string | null;
}

function extracts(): Extract[] {
  const reference = resolve(shared, "reference", "kolada");
  const list: Extract[] = [
    {
      dir: reference,
      kpis: readCsv(resolve(reference, "kpis.csv")),
      note: REFERENCE_NOTE,
    },
  ];
  const own = resolve(DATA_SRC, "kolada");
  if (existsSync(resolve(own, "kpis.csv"))) {
    list.push({
      dir: own,
      kpis: readCsv(resolve(own, "kpis.csv")),
      note: null,
    });
  }
  return list;
}

/** Where one KPI's name, definition and values are read from. */
interface KpiSource {
  readonly dir: string;
  readonly kpi: Kpi;
  readonly note: string;
}

export interface KoladaKpi extends KpiSource {
  readonly entry: KoladaEntry;
  /** The reference extract's copy, which the versions published before a refresh were built from. */
  readonly reference: KpiSource | null;
}

/**
 * Every Kolada KPI of the catalogue source file that has values, in its order, with where its data
 * is: data-src/kolada (a KPI the reference lacks, or a refresh by `npm run data:kolada`) before
 * the reference extract. `missing` lists the entries neither has yet (they are not published).
 */
export function koladaKpis(): { kpis: KoladaKpi[]; missing: KoladaEntry[] } {
  const [reference, own] = extracts();
  const entries = koladaEntries();
  for (const x of [reference, own]) {
    for (const kpi of x?.kpis ?? []) {
      if (!entries.some((e) => e.kolada === kpi.kpi)) {
        throw new Error(
          `Kolada KPI ${kpi.kpi ?? ""} (${x?.dir ?? ""}) has no entry in data-src/${CATALOGUE_SOURCE}.`,
        );
      }
    }
  }
  const kpis: KoladaKpi[] = [];
  const missing: KoladaEntry[] = [];
  for (const entry of entries) {
    const inReference = reference ? sourceIn(reference, entry) : null;
    const current = (own ? sourceIn(own, entry) : null) ?? inReference;
    if (current) kpis.push({ ...current, entry, reference: inReference });
    else missing.push(entry);
  }
  return { kpis, missing };
}

function sourceIn(x: Extract, entry: KoladaEntry): KpiSource | null {
  const found = x.kpis.filter((k) => k.kpi === entry.kolada);
  const [kpi, ...more] = found;
  if (!kpi) return null;
  if (more.length > 0) {
    throw new Error(
      `${entry.id}: Kolada KPI ${entry.kolada} is listed ${String(found.length)} times in ${x.dir}/kpis.csv.`,
    );
  }
  const note = x.note ?? (kpi.source_note ?? "").trim();
  if (note === "") {
    throw new Error(
      `${entry.id}: data-src/kolada/kpis.csv needs a source_note (where and when the values were retrieved).`,
    );
  }
  return { dir: x.dir, kpi, note };
}
