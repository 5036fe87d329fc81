/**
 * Kolada key figures, one dataset per KOLADA_DATASETS entry: every KPI of the catalogue source
 * file, with Kolada's name, definition and values from ../shared/reference/kolada or data-src/kolada.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";

import type { Source } from "../../../src/data/schemas/manifest";
import type { Indicator } from "../../../src/domain/indicators";
import type { LocalText } from "../../../src/domain/local-text";

import { CATALOGUE_SOURCE, type KoladaEntry } from "../catalogue-source";

import {
  type Built,
  FIRST_VERSION,
  readCsv,
  type Row,
  row,
  sortRows,
  toCsv,
  kommunIndicator,
} from "./common";
import {
  AUTUMN_2024,
  KOLADA_DATASETS,
  type Kpi,
  koladaKpis,
} from "./kolada-extracts";

const SEX_BREAKDOWNS = {
  k: { sv: "Kvinnor", en: "Women" },
  m: { sv: "Män", en: "Men" },
};

function producerOf(description: string): string {
  const match = /Källa:?\s*(.+?)\.?\s*$/.exec(description);
  return match?.[1]?.trim() ?? "";
}

export function koladaSource(
  kpi: Kpi,
  kpiId: string,
  id: string,
  note: string,
): Source {
  const description = (kpi.description ?? "").trim();
  return {
    id,
    title: kpi.name ?? "",
    shortTitle: "Kolada (RKA)",
    publisher: "Rådet för främjande av kommunala analyser (RKA), Kolada",
    producer: producerOf(description),
    year: Number((kpi.publication_date ?? "").slice(0, 4)) || 2024,
    section: `KPI ${kpiId}`,
    url: `https://api.kolada.se/v2/kpi/${kpiId}`,
    note,
  };
}

/**
 * The number of years Kolada's year T stands for, as the KPI's definition states it: "avser år
 * T-3 till T" (Folkhälsomyndigheten's survey, four years pooled) gives 4; otherwise 1. The CDUST
 * regions' exception ("avser år T") does not apply to Stockholms län.
 */
function pooledYears(description: string): number {
  const match = /avser år T-(\d) till T/.exec(description);
  return match ? Number(match[1]) + 1 : 1;
}

/** How a version of the Kolada datasets reads the extract. */
interface Reading {
  /** Periods as ranges ("2019-2022") where the definition pools years (version 2 on). */
  readonly pools: boolean;
  /** Every gender row the extract has, even where kpis.csv does not flag the split (version 2 on). */
  readonly everyGenderFile: boolean;
}

const V1: Reading = { pools: false, everyGenderFile: false };
/** How the extract is read now (version 2 of kolada-psykisk-ohalsa and kolada-befolkning on). */
const CURRENT: Reading = { pools: true, everyGenderFile: true };

/** The KPI's rows: totals, then women and men where Kolada splits them. */
function koladaRows(
  dir: string,
  kpi: Kpi,
  kpiId: string,
  id: string,
  reading: Reading,
): Row[] {
  const out: Row[] = [];
  const files: [string, boolean][] = [
    [resolve(dir, "by-geo-year", `${kpiId.toLowerCase()}.csv`), false],
  ];
  const pooled = reading.pools
    ? pooledYears((kpi.description ?? "").trim())
    : 1;
  if (kpi.is_divided_by_gender === "1" || reading.everyGenderFile) {
    files.push([
      resolve(dir, "by-geo-gender-year", `${kpiId.toLowerCase()}.csv`),
      true,
    ]);
  }
  for (const [file, byGender] of files) {
    if (!existsSync(file)) continue;
    for (const r of readCsv(file)) {
      const value = r[kpiId.toLowerCase()] ?? "";
      if (value === "") continue; // Kolada had no value: the row stays absent, i.e. missing
      const year = r.year ?? "";
      const first = String(Number(year) - pooled + 1);
      out.push(
        row({
          area_code: r.geo === "0" ? "00" : (r.geo ?? ""),
          indicator_id: id,
          breakdown: byGender ? (r.gender ?? "") : "",
          period: pooled > 1 ? `${first}-${year}` : year,
          value,
          ...(pooled > 1
            ? {
                note: `Koladas år ${year} avser ${first}–${year} (${String(pooled)} års undersökningar sammanslagna, enligt KPI-definitionen).`,
              }
            : {}),
          source_id: id,
        }),
      );
    }
  }
  return out;
}

function koladaIndicator(
  kpi: Kpi,
  entry: KoladaEntry,
  rows: readonly Row[],
): Indicator {
  const description = (kpi.description ?? "").trim();
  return kommunIndicator(entry, {
    definition: {
      sv: `${kpi.name ?? ""}. ${description}`,
      en: `Kolada KPI ${entry.kolada} (${kpi.name ?? ""}); Kolada's Swedish definition: ${description}`,
    },
    sourceIds: [entry.id],
    breakdowns: rows.some((r) => r.breakdown !== "") ? SEX_BREAKDOWNS : {},
    koladaId: entry.kolada,
  });
}

interface Bucket {
  rows: Row[];
  rowsV1: Row[];
  sources: Source[];
  indicators: Indicator[];
  when: LocalText;
}

/** `retrieval`: saved Kolada responses to read instead of the newest in data-src/kolada. */
export function buildKolada(retrieval?: string): Built[] {
  const byDataset = new Map<string, Bucket>();
  for (const { dir, kpi, entry, latest } of koladaKpis(retrieval)) {
    const title = KOLADA_DATASETS[entry.dataset];
    if (!title) {
      throw new Error(
        `${entry.id}: "${entry.dataset}" is not a Kolada dataset (${Object.keys(KOLADA_DATASETS).join(", ")}).`,
      );
    }
    const bucket = byDataset.get(entry.dataset) ?? {
      rows: [],
      rowsV1: [],
      sources: [],
      indicators: [],
      when: AUTUMN_2024,
    };
    byDataset.set(entry.dataset, bucket);
    const rows = koladaRows(latest.dir, kpi, entry.kolada, entry.id, CURRENT);
    // The pickers offer every kommun indicator of the catalogue: never one without kommun values.
    if (!rows.some((r) => /^01\d\d$/.test(r.area_code))) {
      throw new Error(
        `${entry.id}: Kolada has no value for any kommun of the county (${latest.dir}); the pickers would offer it without data. Leave KPI ${entry.kolada} out of data-src/${CATALOGUE_SOURCE} until it has.`,
      );
    }
    bucket.sources.push(koladaSource(kpi, entry.kolada, entry.id, latest.note));
    if (latest.dir !== dir) bucket.when = latest.when;
    bucket.rows.push(...rows);
    bucket.rowsV1.push(...koladaRows(dir, kpi, entry.kolada, entry.id, V1));
    bucket.indicators.push(koladaIndicator(kpi, entry, rows));
  }
  return [...byDataset.entries()].map(([datasetId, bucket]) => {
    const content = toCsv(sortRows(bucket.rows));
    const contentV1 = toCsv(sortRows(bucket.rowsV1));
    return {
      entry: {
        id: datasetId,
        kind: "observations",
        title: KOLADA_DATASETS[datasetId] ?? { sv: datasetId, en: datasetId },
        description: {
          sv: `Nyckeltal ur Kolada för länets 26 kommuner, länet och riket, alla år Kolada hade ${bucket.when.sv}, totalt och för kvinnor och män där Kolada delar upp dem.`,
          en: `Key figures from Kolada for the county's 26 kommuner, the county and Sweden, every year Kolada had ${bucket.when.en}, in total and for women and men where Kolada splits them.`,
        },
        licence:
          "Öppna data från Kolada (RKA); ange Kolada (RKA) och den ursprungliga producenten som källa",
        sources: bucket.sources,
        missingReason: {
          sv: "Kolada har inget värde för kommunen detta år (ofta sekretess vid små tal).",
          en: "Kolada has no value for the kommun this year (often suppressed because of small numbers).",
        },
      },
      format: "csv" as const,
      content,
      indicators: bucket.indicators,
      earlier:
        contentV1 !== content
          ? [{ version: 1, content: contentV1, ...FIRST_VERSION }]
          : [],
    };
  });
}
