/**
 * Saved Kolada responses: data-src/kolada/<retrieval date>/ holds retrieval.json (date, address,
 * KPIs, pages), raw/<kpi>-<page>.json (each answer byte for byte) and the county's rows converted
 * into the reference extract's layout (by-geo-year/<kpi>.csv, by-geo-gender-year/<kpi>.csv), which
 * the Kolada builder reads. The newest such folder gives the Kolada datasets' latest versions.
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { join, resolve } from "node:path";

import { DATA_SRC } from "../paths";

import { countyCsv, type KoladaPage, parsePage } from "./pages";

export interface Retrieval {
  /** YYYY-MM-DD */
  readonly retrieved: string;
  readonly baseUrl: string;
  readonly kpis: readonly string[];
  readonly pages: readonly { kpi: string; url: string; file: string }[];
}

export interface SavedPage {
  readonly kpi: string;
  readonly url: string;
  readonly text: string;
  readonly page: KoladaPage;
}

const RETRIEVAL_FILE = "retrieval.json";
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const koladaSrc = (): string => resolve(DATA_SRC, "kolada");

/** The retrieval dates saved in data-src/kolada, oldest first. */
export function retrievalDates(): string[] {
  const dir = koladaSrc();
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((d) => DATE.test(d) && existsSync(join(dir, d, RETRIEVAL_FILE)))
    .sort();
}

export function newestRetrieval(): string | null {
  const last = retrievalDates().at(-1);
  return last === undefined ? null : join(koladaSrc(), last);
}

export const hasKpi = (dir: string, kpi: string): boolean =>
  existsSync(join(dir, "by-geo-year", `${kpi.toLowerCase()}.csv`));

const readRetrieval = (dir: string): Retrieval =>
  JSON.parse(readFileSync(join(dir, RETRIEVAL_FILE), "utf8")) as Retrieval;

/** The source note of values read from a retrieval, and when Kolada gave them. */
export function retrievalNote(dir: string): {
  note: string;
  when: { sv: string; en: string };
} {
  const { retrieved } = readRetrieval(dir);
  const when = { sv: `den ${retrieved}`, en: `on ${retrieved}` };
  const note = `Hämtat ${retrieved} ur Koladas API v3 (sparade svar i data-src/kolada/${retrieved}/raw); alla kommuner, regioner och riket hämtade, länets områden behållna, värden oförändrade.`;
  return { note, when };
}

/** Writes a retrieval (raw answers and the converted county rows) into `dir`. */
export function writeRetrieval(
  dir: string,
  meta: Omit<Retrieval, "pages">,
  pages: readonly SavedPage[],
): void {
  for (const sub of ["raw", "by-geo-year", "by-geo-gender-year"]) {
    mkdirSync(join(dir, sub), { recursive: true });
  }
  const index: { kpi: string; url: string; file: string }[] = [];
  for (const kpi of meta.kpis) {
    const own = pages.filter((p) => p.kpi === kpi);
    own.forEach((p, i) => {
      const file = `raw/${kpi.toLowerCase()}-${String(i + 1)}.json`;
      writeFileSync(join(dir, file), p.text);
      index.push({ kpi, url: p.url, file });
    });
    const csv = countyCsv(
      kpi,
      own.map((p) => p.page),
    );
    const name = `${kpi.toLowerCase()}.csv`;
    writeFileSync(join(dir, "by-geo-year", name), csv.total);
    writeFileSync(join(dir, "by-geo-gender-year", name), csv.byGender);
  }
  const retrieval: Retrieval = { ...meta, pages: index };
  writeFileSync(
    join(dir, RETRIEVAL_FILE),
    JSON.stringify(retrieval, null, 2) + "\n",
  );
}

/** A retrieval saved elsewhere (`--from-dir`): its date, address, KPIs and checked pages. */
export function readRetrievalDir(dir: string): {
  meta: Omit<Retrieval, "pages">;
  pages: SavedPage[];
} {
  if (!existsSync(join(dir, RETRIEVAL_FILE))) {
    throw new Error(`${dir} has no ${RETRIEVAL_FILE}.`);
  }
  const { pages: index, ...meta } = readRetrieval(dir);
  if (!DATE.test(meta.retrieved)) {
    throw new Error(`${dir}/${RETRIEVAL_FILE}: "retrieved" is not YYYY-MM-DD.`);
  }
  const pages = index.map(({ kpi, url, file }) => {
    const text = readFileSync(join(dir, file), "utf8");
    try {
      return { kpi, url, text, page: parsePage(text, kpi) };
    } catch (e) {
      throw new Error(`${file} (KPI ${kpi}): ${(e as Error).message}.`);
    }
  });
  for (const kpi of meta.kpis) {
    if (!pages.some((p) => p.kpi === kpi)) {
      throw new Error(`${dir} has no answer for KPI ${kpi}.`);
    }
  }
  return { meta, pages };
}
