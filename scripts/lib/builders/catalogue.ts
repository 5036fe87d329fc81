/** The indicator catalogue: every indicator the other builders define, in one file. */
import type { Source } from "../../../src/data/schemas/manifest";
import type { Indicator } from "../../../src/domain/indicators";

import { catalogueHistory, catalogueJson } from "./catalogue-history";
import type { Built } from "./common";
import { reviewBreaks } from "./trend-breaks";

/** A counterpart is an indicator of the catalogue; a complement is of two shares. */
function reviewCounterparts(indicators: readonly Indicator[]): string[] {
  return indicators.flatMap((i) => {
    if (!i.counterpart) return [];
    const other = indicators.find((o) => o.id === i.counterpart?.indicator);
    if (!other)
      return [
        `${i.id}: its counterpart ${i.counterpart.indicator} is not in the catalogue.`,
      ];
    if (
      i.counterpart.relation === "complement" &&
      (i.unit !== "percent" || other.unit !== "percent")
    )
      return [
        `${i.id}: a complement counterpart needs two shares (unit percent).`,
      ];
    return [];
  });
}

export function buildCatalogue(
  indicators: readonly Indicator[],
  sources: readonly Source[],
): Built {
  const problems = indicators.flatMap((i) =>
    reviewBreaks(
      i,
      sources.filter((s) => i.sourceIds.includes(s.id)).map((s) => s.title),
    ),
  );
  problems.push(...reviewCounterparts(indicators));
  if (problems.length > 0) throw new Error(problems.join("\n"));
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
    content: catalogueJson(indicators),
    indicators: [],
    earlier: catalogueHistory(indicators),
  };
}
