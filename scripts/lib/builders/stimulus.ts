/** Stimulus funds 2018 per kommun, read from Bilaga 5 in seed 003 and checked against kommun-facts.csv. */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

import type { Area } from "../../../src/domain/areas";

import { onlyEntryOf } from "../catalogue-source";

import {
  type Built,
  facts,
  type Row,
  row,
  shared,
  sortRows,
  toCsv,
  kommunIndicator,
} from "./common";
import { NULAGES_SHORT, NULAGES_TITLE } from "./source-titles";

/** The 26 kommun rows and the county total of Bilaga 5, checked against its Summa and kommun-facts. */
function readBilaga5(areas: readonly Area[]): Row[] {
  const seedFile = "003_2f68fd428f890c19.txt";
  const lines = readFileSync(resolve(shared, "seeds", seedFile), "utf8").split(
    "\n",
  );
  const byName = new Map(areas.map((a) => [a.name, a.code as string]));
  const rows: Row[] = [];
  let sum = 0;
  for (let i = 3158; i < 3186; i++) {
    const match = /^(.+?)\t([\d ]+) kr$/.exec(lines[i] ?? "");
    if (!match) continue;
    const [, name = "", amountText = ""] = match;
    const value = amountText.replace(/ /g, "");
    const locator = `Bilaga 5, Stimulansmedel till Stockholms läns kommuner · seed 003 rad ${i + 1}`;
    if (name === "Summa") {
      rows.push(
        row({
          area_code: "01",
          indicator_id: "stimulansmedel",
          period: "2018",
          value,
          source_id: "bilaga-5",
          locator,
          note: "Källans summa för länets 26 kommuner.",
        }),
      );
      if (Number(value) !== sum)
        throw new Error(`Bilaga 5: rows sum to ${sum}, Summa says ${value}`);
      continue;
    }
    const isTypo = name === "Värdö";
    const code = isTypo ? "0120" : byName.get(name);
    if (!code)
      throw new Error(`Bilaga 5 line ${i + 1}: unknown kommun "${name}"`);
    sum += Number(value);
    const note = isTypo ? 'Källan skriver "Värdö"; det är Värmdö (0120).' : "";
    rows.push(
      row({
        area_code: code,
        indicator_id: "stimulansmedel",
        period: "2018",
        value,
        source_id: "bilaga-5",
        locator,
        note,
      }),
    );
  }
  if (rows.length !== 27)
    throw new Error(
      `Bilaga 5: expected 26 kommuner + Summa, found ${rows.length}`,
    );
  for (const f of facts) {
    if (f.indicator !== "stimulansmedel_sek") continue;
    const mine = rows.find((r) => r.area_code === f.kommunkod);
    if (mine?.value !== f.value)
      throw new Error(`Bilaga 5 vs kommun-facts differ for ${f.kommunkod}`);
  }
  return rows;
}

export function buildStimulus(areas: readonly Area[]): Built {
  const rows = readBilaga5(areas);
  const entry = onlyEntryOf("stimulansmedel-2018");
  return {
    entry: {
      id: "stimulansmedel-2018",
      kind: "observations",
      title: {
        sv: "Stimulansmedel till kommunerna 2018",
        en: "Stimulus funds to the kommuner 2018",
      },
      description: {
        sv: "Statliga stimulansmedel inom överenskommelsen om psykisk hälsa som fördelades till länets 26 kommuner 2018 (Bilaga 5), sammanlagt 79 789 498 kr.",
        en: "State stimulus funds under the mental-health agreement allocated to the county's 26 kommuner in 2018 (Appendix 5), 79,789,498 kr in total.",
      },
      licence: "Offentligt dokument; siffrorna återges med källhänvisning",
      sources: [
        {
          id: "bilaga-5",
          title: NULAGES_TITLE,
          shortTitle: NULAGES_SHORT,
          publisher:
            "Storsthlm, Stockholms läns landsting och NSPH Stockholms län",
          year: 2018,
          section:
            "Bilaga 5. Fördelning av stimulansmedel till länets kommuner",
          note: "Återgiven som bilaga i Botkyrka kommuns socialnämnds handlingar 2021-01-26 (seed 003, rad 3145–3185).",
        },
      ],
    },
    format: "csv",
    content: toCsv(sortRows(rows)),
    indicators: [
      kommunIndicator(entry, {
        definition: entry.definition,
        sourceIds: entry.sourceIds ?? [],
        perCapita: entry.perCapita ?? null,
      }),
    ],
  };
}
