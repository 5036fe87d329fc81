/**
 * Kolada key figures, one dataset per KOLADA_DATASETS entry: every KPI of the catalogue source
 * file, with Kolada's name, definition and values from ../shared/reference/kolada or data-src/kolada.
 */
import type { Source } from "../../../src/data/schemas/manifest";
import type { Indicator } from "../../../src/domain/indicators";

import type { KoladaEntry } from "../catalogue-source";

import {
  type Built,
  FIRST_VERSION,
  type Row,
  sortRows,
  toCsv,
  kommunIndicator,
} from "./common";
import { KOLADA_DATASETS, type Kpi, koladaKpis } from "./kolada-extracts";
import { CURRENT, koladaRows, V1 } from "./kolada-rows";

const SEX_BREAKDOWNS = {
  k: { sv: "Kvinnor", en: "Women" },
  m: { sv: "Män", en: "Men" },
};

function producerOf(description: string): string {
  const match = /Källa:?\s*(.+?)\.?\s*$/.exec(description);
  return match?.[1]?.trim() ?? "";
}

function koladaSource(
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
}

export function buildKolada(): Built[] {
  const byDataset = new Map<string, Bucket>();
  const { kpis, missing } = koladaKpis();
  for (const entry of missing) {
    console.log(
      `${entry.id}: Kolada ${entry.kolada} has no values in data-src/kolada yet (npm run data:kolada fetches them); not published.`,
    );
  }
  for (const { dir, kpi, entry, note, reference } of kpis) {
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
    };
    byDataset.set(entry.dataset, bucket);
    const rows = koladaRows(dir, kpi, entry.kolada, entry.id, CURRENT);
    bucket.sources.push(koladaSource(kpi, entry.kolada, entry.id, note));
    bucket.rows.push(...rows);
    // Version 1 was built from the reference extract, before any refresh.
    const first = reference ?? { dir, kpi };
    bucket.rowsV1.push(
      ...koladaRows(first.dir, first.kpi, entry.kolada, entry.id, V1),
    );
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
          sv: "Nyckeltal ur Kolada för länets 26 kommuner, länet och riket, alla år Kolada hade hösten 2024, totalt och för kvinnor och män där Kolada delar upp dem.",
          en: "Key figures from Kolada for the county's 26 kommuner, the county and Sweden, every year Kolada had in autumn 2024, in total and for women and men where Kolada splits them.",
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
