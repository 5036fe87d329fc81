/**
 * `npm run data:kolada`: fetch every Kolada KPI of the catalogue (and EXTRA_KPIS) for all areas,
 * stage the answers, build the next versions from them, and only when everything succeeded save
 * the answers in data-src/kolada/<retrieval date>/ and publish. Nothing is written otherwise.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

import { koladaEntries } from "../catalogue-source";
import { build } from "../build-all";
import { ROOT } from "../paths";

import { fetchKpi, type FetchOptions, KoladaError } from "./fetch";
import {
  koladaSrc,
  readRetrievalDir,
  retrievalDates,
  type SavedPage,
  writeRetrieval,
} from "./saved";

/** Fetched and saved beside the catalogue's KPIs; published once the catalogue lists them. */
const EXTRA_KPIS = ["N33820"] as const;
export const KOLADA_V3 = "https://api.kolada.se/v3";

export interface KoladaOptions extends Omit<FetchOptions, "years"> {
  readonly dryRun: boolean;
  readonly fromDir: string | null;
  /** The retrieval and publication date (YYYY-MM-DD). */
  readonly date: string;
  readonly log: (line: string) => void;
  readonly error: (line: string) => void;
}

const years = (date: string): number[] => {
  const last = Number(date.slice(0, 4));
  return Array.from({ length: last - 1990 + 1 }, (_, i) => 1990 + i);
};

async function fetchAll(
  kpis: readonly string[],
  o: KoladaOptions,
): Promise<SavedPage[]> {
  const pages: SavedPage[] = [];
  for (const kpi of kpis) {
    const got = await fetchKpi(kpi, { ...o, years: years(o.date) });
    o.log(
      `${kpi}: ${String(got.length)} ${got.length === 1 ? "page" : "pages"}`,
    );
    pages.push(...got.map((p) => ({ kpi, ...p })));
  }
  return pages;
}

interface Retrieval {
  readonly meta: { retrieved: string; baseUrl: string; kpis: string[] };
  readonly pages: SavedPage[];
}

/** The answers: fetched now for the catalogue's KPIs and EXTRA_KPIS, or read from --from. */
async function retrieve(o: KoladaOptions): Promise<Retrieval> {
  if (o.fromDir === null) {
    const kpis = [
      ...new Set([...koladaEntries().map((e) => e.kolada), ...EXTRA_KPIS]),
    ];
    const pages = await fetchAll(kpis, o);
    return { pages, meta: { retrieved: o.date, baseUrl: o.baseUrl, kpis } };
  }
  const read = readRetrievalDir(o.fromDir);
  return {
    pages: read.pages,
    meta: { ...read.meta, kpis: [...read.meta.kpis] },
  };
}

/** The note of the versions built from a retrieval. */
const koladaNote = (retrieved: string) => ({
  sv: `Nya värden ur Kolada, hämtade ${retrieved}.`,
  en: `New values from Kolada, retrieved ${retrieved}.`,
});

/** Why the run stopped: Kolada unreachable, its fetch failed, or another error. */
function failureText(e: unknown): string {
  if (e instanceof KoladaError && e.unreachable)
    return `${e.message}; nothing was written.`;
  if (e instanceof KoladaError)
    return `The fetch from Kolada failed: ${e.message} Nothing was written.`;
  return `${(e as Error).message} Nothing was written.`;
}

/** Runs the command; returns the exit code. */
export async function runKolada(o: KoladaOptions): Promise<number> {
  const staging = mkdtempSync(join(tmpdir(), "kolada-"));
  try {
    const { meta, pages } = await retrieve(o);
    const newer = retrievalDates().filter((d) => d >= meta.retrieved);
    if (newer.length > 0) {
      o.error(
        `data-src/kolada already holds a retrieval of ${newer.join(", ")}, not older than ${meta.retrieved}; nothing was written.`,
      );
      return 1;
    }
    const stage = join(staging, meta.retrieved);
    writeRetrieval(stage, meta, pages);
    const result = await build({
      next: true,
      write: false,
      date: o.date,
      note: koladaNote(meta.retrieved),
      koladaDir: stage,
      log: o.log,
    });
    if (result.problems.length > 0) {
      o.error(result.problems.join("\n"));
      o.error("Nothing was written.");
      return 1;
    }
    if (o.dryRun) {
      o.log(
        `Dry run: ${String(result.fresh)} new versions; nothing was written.`,
      );
      return 0;
    }
    const target = join(koladaSrc(), meta.retrieved);
    cpSync(stage, target, { recursive: true });
    const written = await build({
      next: true,
      write: true,
      date: o.date,
      note: koladaNote(meta.retrieved),
      log: () => undefined,
    });
    if (written.problems.length > 0) {
      rmSync(target, { recursive: true, force: true });
      o.error(written.problems.join("\n"));
      return 1;
    }
    o.log(
      `Saved the answers in ${relative(ROOT, target) || target}; ${String(written.fresh)} new versions written.`,
    );
    return 0;
  } catch (e) {
    o.error(failureText(e));
    return 1;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
