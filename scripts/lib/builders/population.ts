/** Population 2015–2017 per kommun and for the county, from kommun-facts.csv. */
import type { Source } from "../../../src/data/schemas/manifest";

import { onlyEntryOf } from "../catalogue-source";

import {
  type Built,
  facts,
  type Row,
  row,
  sortRows,
  toCsv,
  kommunIndicator,
} from "./common";

export function buildPopulation(): Built {
  const entry = onlyEntryOf("befolkning");
  const sources: Source[] = [];
  const sourceIdByTitle = new Map<string, string>();
  const rows: Row[] = [];
  for (const f of facts) {
    if (
      f.indicator !== "population" ||
      !["2015", "2016", "2017"].includes(f.year ?? "")
    )
      continue;
    const title = f.source_title ?? "";
    let sourceId = sourceIdByTitle.get(title);
    if (!sourceId) {
      sourceId = `befolkning-${f.year}`;
      sourceIdByTitle.set(title, sourceId);
      sources.push({
        id: sourceId,
        title,
        publisher:
          f.year === "2015"
            ? "Wikipedia (bokmål), efter SCB"
            : "Stockholms stad, Statistik om Stockholm (källa SCB)",
        year: Number(f.year),
        section:
          f.year === "2015"
            ? 'Tabell "Kommuner etter folketall", innbyggere 31.12.2015'
            : "Kolumnen Folkmängd",
        ...(f.source_url ? { url: f.source_url } : {}),
        note: f.note ?? "",
      });
    }
    rows.push(
      row({
        area_code: f.kommunkod ?? "",
        indicator_id: "folkmangd",
        period: f.year ?? "",
        value: f.value ?? "",
        source_id: sourceId,
        locator: "reference/kommun-facts.csv",
      }),
    );
  }
  return {
    entry: {
      id: "befolkning",
      kind: "observations",
      title: { sv: "Folkmängd 2015–2017", en: "Population 2015–2017" },
      description: {
        sv: "Folkmängd per kommun och för länet 2015–2017. 2017 års tabell är den som fördelningen av stimulansmedel 2018 följer (länet 2 303 417 invånare).",
        en: "Population per kommun and for the county 2015–2017. The 2017 table is the one the 2018 stimulus-fund allocation follows (county 2,303,417 inhabitants).",
      },
      licence: "SCB:s statistik, fri att använda med källangivelse",
      sources,
      missingReason: {
        sv: "Folkmängd saknas för året.",
        en: "No population figure for the year.",
      },
    },
    format: "csv",
    content: toCsv(sortRows(rows)),
    indicators: [
      kommunIndicator(entry, {
        definition: entry.definition,
        sourceIds: sources.map((s) => s.id),
      }),
    ],
  };
}
