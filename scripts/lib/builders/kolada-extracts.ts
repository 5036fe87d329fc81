/**
 * Where the Kolada KPIs' names, definitions and values are read from: the reference extract
 * (../shared/reference/kolada) and, for KPIs it lacks, data-src/kolada in the same layout
 * (kpis.csv with a `source_note` column saying where and when the values were retrieved,
 * by-geo-year/<kpi>.csv, by-geo-gender-year/<kpi>.csv). Each KPI of the catalogue source file
 * must be in exactly one of them, and each KPI they hold must be in the catalogue.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";

import type { LocalText } from "../../../src/domain/local-text";

import {
  CATALOGUE_SOURCE,
  koladaEntries,
  type KoladaEntry,
} from "../catalogue-source";
import { hasKpi, newestRetrieval, retrievalNote } from "../kolada/saved";
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

export const AUTUMN_2024: LocalText = {
  sv: "hösten 2024",
  en: "in autumn 2024",
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

export interface KoladaKpi {
  readonly dir: string;
  readonly kpi: Kpi;
  readonly entry: KoladaEntry;
  readonly note: string;
  /** Where the values are read now: a newer retrieval (`npm run data:kolada`) when it has the KPI. */
  readonly latest: {
    readonly dir: string;
    readonly note: string;
    /** When Kolada gave the values ("hösten 2024", or the retrieval date). */
    readonly when: LocalText;
  };
}

/**
 * Every Kolada KPI of the catalogue source file, in its order, with where its data is. `retrieval`
 * is a folder of saved Kolada responses (default: the newest in data-src/kolada, if any).
 */
export function koladaKpis(
  retrieval: string | null = newestRetrieval(),
): KoladaKpi[] {
  const all = extracts();
  const entries = koladaEntries();
  for (const { dir, kpis } of all) {
    for (const kpi of kpis) {
      if (!entries.some((e) => e.kolada === kpi.kpi)) {
        throw new Error(
          `Kolada KPI ${kpi.kpi ?? ""} (${dir}) has no entry in data-src/${CATALOGUE_SOURCE}.`,
        );
      }
    }
  }
  return entries.map((entry) => {
    const found = all.flatMap((x) =>
      x.kpis.filter((k) => k.kpi === entry.kolada).map((kpi) => ({ x, kpi })),
    );
    const [hit, ...more] = found;
    if (!hit || more.length > 0) {
      throw new Error(
        `${entry.id}: Kolada KPI ${entry.kolada} must be in exactly one kpis.csv (the reference extract or data-src/kolada); found ${String(found.length)}.`,
      );
    }
    const note = hit.x.note ?? (hit.kpi.source_note ?? "").trim();
    if (note === "") {
      throw new Error(
        `${entry.id}: data-src/kolada/kpis.csv needs a source_note (where and when the values were retrieved).`,
      );
    }
    const latest =
      retrieval && hasKpi(retrieval, entry.kolada)
        ? { dir: retrieval, ...retrievalNote(retrieval) }
        : { dir: hit.x.dir, note, when: AUTUMN_2024 };
    return { dir: hit.x.dir, kpi: hit.kpi, entry, note, latest };
  });
}
