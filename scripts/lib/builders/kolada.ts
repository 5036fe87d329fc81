/** Kolada key figures, one dataset per KOLADA_DATASETS entry, from ../shared/reference/kolada. */
import { existsSync } from "node:fs";
import { resolve } from "node:path";

import type { Source } from "../../../src/data/schemas/manifest";
import type { Indicator } from "../../../src/domain/indicators";
import type { LocalText } from "../../../src/domain/local-text";

import {
  KOLADA_DATASETS,
  KOLADA_LABELS,
  type KoladaLabel,
} from "../kolada-catalogue";

import {
  type Built,
  readCsv,
  type Row,
  row,
  shared,
  sortRows,
  toCsv,
} from "./common";

const SEX_BREAKDOWNS = {
  k: { sv: "Kvinnor", en: "Women" },
  m: { sv: "Män", en: "Men" },
};

function producerOf(description: string): string {
  const match = /Källa:?\s*(.+?)\.?\s*$/.exec(description);
  return match?.[1]?.trim() ?? "";
}

type Kpi = Record<string, string>;

function koladaSource(kpi: Kpi, kpiId: string, id: string): Source {
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
    note: "Hämtat hösten 2024 ur Koladas API via open-numbers/ddf--kolada--dump (commit 8501d5c7694b444dbf59d063c5156754e2a9b819); endast länets områden behållna, värden oförändrade.",
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
const V2: Reading = { pools: true, everyGenderFile: true };

/** The KPI's rows: totals, then women and men where Kolada splits them. */
function koladaRows(
  dir: string,
  kpi: Kpi,
  kpiId: string,
  id: string,
  reading: Reading = V1,
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
  kpiId: string,
  id: string,
  label: KoladaLabel,
): Indicator {
  const description = (kpi.description ?? "").trim();
  return {
    id,
    label: { sv: label.sv, en: label.en },
    theme: label.theme,
    unit: label.unit,
    format: label.format,
    polarity: label.polarity,
    definition: {
      sv: `${kpi.name ?? ""}. ${description}`,
      en: `Kolada KPI ${kpiId} (${kpi.name ?? ""}); Kolada's Swedish definition: ${description}`,
    },
    denominator:
      label.denominatorSv && label.denominatorEn
        ? { sv: label.denominatorSv, en: label.denominatorEn }
        : null,
    datasetId: label.dataset,
    sourceIds: [id],
    scope: "kommun",
    perCapita: null,
    breakdowns: kpi.is_divided_by_gender === "1" ? SEX_BREAKDOWNS : {},
    koladaId: kpiId,
  };
}

export function buildKolada(): Built[] {
  const dir = resolve(shared, "reference", "kolada");
  const kpis = readCsv(resolve(dir, "kpis.csv"));
  const byDataset = new Map<
    string,
    {
      rows: Row[];
      rowsV2: Row[];
      sources: Source[];
      indicators: Indicator[];
    }
  >();
  for (const kpi of kpis) {
    const kpiId = kpi.kpi ?? "";
    const label = KOLADA_LABELS[kpiId];
    if (!label)
      throw new Error(`No plain-language label for Kolada KPI ${kpiId}`);
    const bucket = byDataset.get(label.dataset) ?? {
      rows: [],
      rowsV2: [],
      sources: [],
      indicators: [],
    };
    byDataset.set(label.dataset, bucket);
    const id = `kolada-${kpiId.toLowerCase()}`;
    bucket.sources.push(koladaSource(kpi, kpiId, id));
    bucket.rows.push(...koladaRows(dir, kpi, kpiId, id));
    bucket.rowsV2.push(...koladaRows(dir, kpi, kpiId, id, V2));
    bucket.indicators.push(koladaIndicator(kpi, kpiId, id, label));
  }
  return [...byDataset.entries()].map(([datasetId, bucket]) => {
    const content = toCsv(sortRows(bucket.rows));
    const contentV2 = toCsv(sortRows(bucket.rowsV2));
    const note = V2_NOTES[datasetId];
    return {
      entry: {
        id: datasetId,
        kind: "observations",
        title: KOLADA_DATASETS[datasetId as keyof typeof KOLADA_DATASETS],
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
      later:
        contentV2 !== content && note
          ? [{ version: 2, content: contentV2, published: V2_DATE, note }]
          : [],
    };
  });
}

const V2_DATE = "2026-12-02";

/** Why version 2 differs from version 1, per dataset that version 2 changes. */
const V2_NOTES: Readonly<Record<string, LocalText>> = {
  "kolada-psykisk-ohalsa": {
    sv: "Enkätnyckeltalen U01472 och U01473 anges nu som den period Koladas definition säger att de avser: år T är T−3 till T (t.ex. 2022 → 2019–2022). Värdena är oförändrade.",
    en: "The survey KPIs U01472 and U01473 now carry the period Kolada's definition says they cover: year T is T−3 to T (e.g. 2022 → 2019–2022). Values are unchanged.",
  },
  "kolada-befolkning": {
    sv: "N01927 (invånare 13–18 år) har nu även kvinnor och män, som i Koladas uttag; version 1 utelämnade dem.",
    en: "N01927 (inhabitants aged 13–18) now also has women and men, as Kolada's extract does; version 1 left them out.",
  },
};
