/**
 * All of Sweden as context: the catalogue's Kolada KPIs for every kommun (290), every county (21)
 * and Riket, one dataset per KPI (`kolada-sverige-<kpi>`) so a view loads only the KPI it shows,
 * from ../shared/reference/kolada-national; plus its areas (`omraden-sverige`). These datasets say
 * `coverage: "sweden"`, the only ones whose rows may name the other counties ("03".."25").
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";

import type { Area } from "../../../src/domain/areas";
import {
  NATIONAL_AREAS_ID,
  nationalDatasetId,
} from "../../../src/domain/national";

import {
  type Built,
  readCsv,
  type Row,
  row,
  shared,
  sortRows,
  toCsv,
} from "./common";
import { koladaSource } from "./kolada";
import { koladaKpis } from "./kolada-extracts";

const NATIONAL_DIR = resolve(shared, "reference", "kolada-national");

const NOTE =
  "Hämtat hösten 2024 ur Koladas API via open-numbers/ddf--kolada--dump (commit 8501d5c7694b444dbf59d063c5156754e2a9b819); alla kommuner, regioner och riket, värden oförändrade.";

const LICENCE =
  "Öppna data från Kolada (RKA); ange Kolada (RKA) och den ursprungliga producenten som källa";

/**
 * Uppsala, Sörmland, Värmland, Örebro and Västmanland (the CDUST region) answer Liv & Hälsa,
 * whose year T is T itself; the rest of the country's year T pools T-3..T (Kolada's definition).
 */
const CDUST = new Set(["03", "04", "17", "18", "19"]);

interface NationalArea {
  readonly geo: string;
  readonly name: string;
  readonly kind: string;
  readonly region: string;
}

export const nationalAreas = (): NationalArea[] =>
  readCsv(resolve(NATIONAL_DIR, "areas.csv")) as unknown as NationalArea[];

const codeOf = (geo: string): string => (geo === "0" ? "00" : geo);

/** Kolada's "avser år T-3 till T" (pooled) and whether the CDUST exception is stated. */
function pooling(description: string): { years: number; cdust: boolean } {
  const match = /avser år T-(\d) till T/.exec(description);
  return {
    years: match ? Number(match[1]) + 1 : 1,
    cdust: /CDUST/.test(description),
  };
}

function nationalRows(
  kpiId: string,
  id: string,
  description: string,
  countyOf: ReadonlyMap<string, string>,
): Row[] {
  const { years, cdust } = pooling(description);
  const out: Row[] = [];
  const key = kpiId.toLowerCase();
  for (const [folder, byGender] of [
    ["by-geo-year", false],
    ["by-geo-gender-year", true],
  ] as const) {
    const file = resolve(NATIONAL_DIR, folder, `${key}.csv`);
    if (!existsSync(file)) continue;
    for (const r of readCsv(file)) {
      const value = r[key] ?? "";
      if (value === "") continue; // Kolada had no value: the row stays absent, i.e. missing
      const geo = r.geo ?? "";
      const year = r.year ?? "";
      const ownYear = cdust && CDUST.has(countyOf.get(geo) ?? "");
      const pooled = ownYear ? 1 : years;
      const first = String(Number(year) - pooled + 1);
      const note = ownYear
        ? `Liv & Hälsa (18–84 år): Koladas år ${year} avser ${year}, inte fyra sammanslagna år som övriga landet.`
        : pooled > 1
          ? `Koladas år ${year} avser ${first}–${year} (${String(pooled)} års undersökningar sammanslagna, enligt KPI-definitionen).`
          : "";
      out.push(
        row({
          area_code: codeOf(geo),
          indicator_id: id,
          breakdown: byGender ? (r.gender ?? "") : "",
          period: pooled > 1 ? `${first}-${year}` : year,
          value,
          note,
          source_id: id,
        }),
      );
    }
  }
  return out;
}

/** One observations dataset per catalogue KPI that the national extract has. */
export function buildKoladaNational(): Built[] {
  const areas = nationalAreas();
  const countyOf = new Map(
    areas.map((a) => [a.geo, a.kind === "kommun" ? a.region : a.geo]),
  );
  const kpis = readCsv(resolve(NATIONAL_DIR, "kpis.csv"));
  return koladaKpis(null).flatMap(({ entry }) => {
    const kpi = kpis.find((k) => k.kpi === entry.kolada);
    if (!kpi) return [];
    const description = (kpi.description ?? "").trim();
    const rows = nationalRows(entry.kolada, entry.id, description, countyOf);
    return [
      {
        entry: {
          id: nationalDatasetId(entry.kolada),
          kind: "observations" as const,
          title: {
            sv: `Kolada, hela landet: ${entry.label.sv}`,
            en: `Kolada, all of Sweden: ${entry.label.en}`,
          },
          description: {
            sv: `Kolada-nyckeltalet ${entry.kolada} för alla 290 kommuner, 21 regioner och riket, alla år Kolada hade hösten 2024, totalt och för kvinnor och män där Kolada delar upp dem.`,
            en: `Kolada KPI ${entry.kolada} for all 290 municipalities, 21 regions and Sweden, every year Kolada had in autumn 2024, in total and for women and men where Kolada splits them.`,
          },
          licence: LICENCE,
          sources: [koladaSource(kpi, entry.kolada, entry.id, NOTE)],
          coverage: "sweden" as const,
          missingReason: pooling(description).cdust
            ? {
                sv: "Kolada har inget värde för området denna period (ofta sekretess vid små tal). Uppsala, Sörmland, Värmland, Örebro och Västmanland och deras kommuner redovisas för enskilda år (Liv & Hälsa), inte för fyraårsperioder.",
                en: "Kolada has no value for the area for this period (often suppressed because of small numbers). Uppsala, Sörmland, Värmland, Örebro and Västmanland and their municipalities are reported for single years (Liv & Hälsa), not for four-year periods.",
              }
            : {
                sv: "Kolada har inget värde för området detta år (ofta sekretess vid små tal).",
                en: "Kolada has no value for the area this year (often suppressed because of small numbers).",
              },
        },
        format: "csv" as const,
        content: toCsv(sortRows(rows)),
        indicators: [],
      },
    ];
  });
}

/** Every area of the national datasets; the county and Riket named as in the `kommuner` dataset. */
export function buildNationalAreas(): Built {
  const list: Area[] = nationalAreas().map((a) => {
    const code = codeOf(a.geo) as Area["code"];
    if (code === "00")
      return { code, name: "Riket", shortName: "Riket", kind: "country" };
    if (code === "01")
      return {
        code,
        name: "Stockholms län",
        shortName: "Länet",
        kind: "county",
      };
    return {
      code,
      name: a.name,
      shortName: a.name.replace(/^Region /, ""),
      kind: a.kind === "kommun" ? "kommun" : "region",
    };
  });
  const count = (kind: Area["kind"]) =>
    list.filter((a) => a.kind === kind).length;
  if (count("kommun") !== 290 || count("region") !== 20)
    throw new Error(
      `Expected 290 kommuner and 21 counties in ${NATIONAL_DIR}/areas.csv.`,
    );
  list.sort(
    (a, b) => a.code.length - b.code.length || a.code.localeCompare(b.code),
  );
  return {
    entry: {
      id: NATIONAL_AREAS_ID,
      kind: "areas",
      title: {
        sv: "Kommuner och regioner i hela landet",
        en: "Municipalities and regions of Sweden",
      },
      description: {
        sv: "Alla 290 kommuner och 21 regioner med koder och namn som i Kolada, samt riket (00). Stockholms län (01) heter som i resten av appen.",
        en: "All 290 municipalities and 21 regions with codes and names as in Kolada, plus Sweden (00). Stockholm County (01) is named as in the rest of the app.",
      },
      licence: "SCB:s kommun- och länskoder, fria att använda",
      sources: [
        {
          id: "kolada-omraden",
          title: "Kolada: kommuner och regioner",
          shortTitle: "Kolada (RKA)",
          publisher: "Rådet för främjande av kommunala analyser (RKA), Kolada",
          year: 2024,
          section: "Områden (geo) i open-numbers/ddf--kolada--dump",
          url: "https://api.kolada.se/v2/municipality",
          note: NOTE,
        },
      ],
      coverage: "sweden",
    },
    format: "json",
    content: JSON.stringify({ areas: list }, null, 2) + "\n",
    indicators: [],
  };
}
