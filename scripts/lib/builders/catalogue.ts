/** The indicator catalogue: every indicator the other builders define, in one file. */
import type { Indicator } from "../../../src/domain/indicators";

import { catalogueV2 } from "./catalogue-v2";
import type { Built } from "./common";

export function buildCatalogue(indicators: Indicator[]): Built {
  return {
    entry: {
      id: "indikatorer",
      kind: "indicators",
      title: { sv: "Indikatorkatalog", en: "Indicator catalogue" },
      description: {
        sv: "Varje indikator definierad en gång: benämning, tema, enhet, talformat, riktning, definition, nämnare och källa.",
        en: "Every indicator defined once: label, theme, unit, number format, direction, definition, denominator and source.",
      },
      licence:
        "CC BY 4.0 (sammanställningen); definitionerna följer respektive källa",
      sources: [
        {
          id: "kolada-kpi-definitioner",
          title: "Kolada nyckeltalsdefinitioner",
          publisher: "Kolada (RKA)",
          year: 2024,
          section: "KPI-metadata (namn och definition)",
          url: "https://api.kolada.se/v2/kpi",
        },
      ],
    },
    format: "json",
    content: JSON.stringify({ indicators }, null, 2) + "\n",
    indicators: [],
    later: [catalogueV2(indicators)],
  };
}
