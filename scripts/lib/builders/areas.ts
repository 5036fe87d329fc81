/** The areas dataset: the county's 26 kommuner, the county and Sweden. */
import type { Area } from "../../../src/domain/areas";

import { type Built, facts } from "./common";

const SHORT_NAMES: Record<string, string> = {
  "0114": "Väsby",
  "0139": "U-Bro",
};

export function buildAreas(): Built {
  const names = new Map<string, string>();
  for (const f of facts)
    if (f.kommunkod && f.kommun) names.set(f.kommunkod, f.kommun);
  const areas: (Area & { nameEn?: string })[] = [...names.entries()]
    .filter(([code]) => code.length === 4)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, name]) => ({
      code: code as Area["code"],
      name,
      shortName: SHORT_NAMES[code] ?? name,
      kind: "kommun" as const,
    }));
  if (areas.length !== 26)
    throw new Error(`Expected 26 kommuner, found ${areas.length}`);
  areas.push(
    {
      code: "01" as Area["code"],
      name: "Stockholms län",
      shortName: "Länet",
      kind: "county",
    },
    {
      code: "00" as Area["code"],
      name: "Riket",
      shortName: "Riket",
      kind: "country",
    },
  );
  return {
    entry: {
      id: "kommuner",
      kind: "areas",
      title: {
        sv: "Kommuner i Stockholms län",
        en: "Kommuner of Stockholm County",
      },
      description: {
        sv: "Länets 26 kommuner med SCB:s kommunkoder, samt länet (01) och riket (00).",
        en: "The county's 26 kommuner with Statistics Sweden's codes, plus the county (01) and Sweden (00).",
      },
      licence: "SCB:s kommunkoder, fria att använda",
      sources: [
        {
          id: "scb-kommunkoder",
          title: "Kommuner och län: koder",
          publisher: "Statistiska centralbyrån (SCB)",
          year: 2017,
          section: "Kommunkoder för Stockholms län (01)",
          url: "https://www.scb.se/hitta-statistik/regional-statistik-och-kartor/regionala-indelningar/lan-och-kommuner/",
        },
      ],
    },
    format: "json",
    content: JSON.stringify({ areas }, null, 2) + "\n",
    indicators: [],
  };
}
