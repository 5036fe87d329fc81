/**
 * Trend breaks are data: the catalogue build lists them (data-src/indikatorer.json, reviewed against
 * the sources' words) and the app only reads them. They are the same breaks, with the same
 * sentences, that the app used to find by reading the prose of catalogue version 2 at run time
 * (src/domain/trend-breaks.ts until catalogue version 3; its expressions now review at build time).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

import { describe, expect, it } from "vitest";

import type { Indicator } from "@/domain/indicators";

import { buildCatalogue } from "../../scripts/lib/builders/catalogue";
import { buildKolada } from "../../scripts/lib/builders/kolada";
import { buildPopulation } from "../../scripts/lib/builders/population";
import { buildTranscribed } from "../../scripts/lib/builders/transcribed";
import {
  reviewBreaks,
  statedBreaks,
} from "../../scripts/lib/builders/trend-breaks";

const ROOT = resolve(import.meta.dirname, "..", "..");
const published = (file: string): unknown =>
  JSON.parse(readFileSync(resolve(ROOT, "public", "data", file), "utf8"));

/** The breaks each indicator has today, as "kind period". */
const EXPECTED: Record<string, string[]> = {
  "kolada-n74811": ["series-end 2022"],
  "kolada-n00938": ["definition-change 2003"],
  "kolada-n66077": ["definition-change 2011"],
  "kolada-n15428": ["definition-change 2012"],
  "kolada-n33817": ["definition-change 2014"],
  "kolada-n33802": ["definition-change 2018"],
  "kolada-n02903": ["definition-change 2011"],
};

function built(): Indicator[] {
  const parts = [buildPopulation(), ...buildTranscribed(), ...buildKolada()];
  const catalogue = buildCatalogue(
    parts.flatMap((b) => b.indicators),
    parts.flatMap((b) => b.entry.sources),
  );
  return (JSON.parse(catalogue.content) as { indicators: Indicator[] })
    .indicators;
}

describe("trend breaks in the catalogue", () => {
  const indicators = built();

  it("lists the breaks the indicators have", () => {
    const found = Object.fromEntries(
      indicators
        .filter((i) => (i.breaks ?? []).length > 0)
        .map((i) => [
          i.id,
          (i.breaks ?? []).map((b) => `${b.kind} ${b.period}`),
        ]),
    );
    expect(found).toEqual(EXPECTED);
  });

  it("gives the same breaks and sentences the app found in version 2's prose at run time", () => {
    const catalogue = published("indikatorer.v2.json") as {
      indicators: Indicator[];
    };
    const manifest = published("manifest.json") as {
      datasets: { id: string; sources: { id: string; title: string }[] }[];
    };
    for (const old of catalogue.indicators) {
      const now = indicators.find((i) => i.id === old.id);
      const titles = (
        manifest.datasets.find((d) => d.id === old.datasetId)?.sources ?? []
      )
        .filter((s) => old.sourceIds.includes(s.id))
        .map((s) => s.title);
      expect(now?.breaks ?? [], old.id).toEqual(
        statedBreaks(old.definition.sv, titles),
      );
    }
  });
});

describe("reviewing breaks against the sources' words", () => {
  it.each([
    ["Fram t.o.m. 2011 krävdes godkända betyg i tre ämnen.", ["2012"]],
    ["Från och med år 2014 redovisas enbart insatser.", ["2014"]],
    ["Asylsökande är f.om. 2018 inkluderade.", ["2018"]],
    ["Fr.o.m 2011 skapad med det nya hushållsbegreppet.", ["2011"]],
    ["(före år 2003 hel förtidspension).", ["2003"]],
    ["Vid publiceringen av inkomstår 2021 infördes en ny skala.", []],
    ["Ingen ändring nämns.", []],
  ])("%s → %j", (text, periods) => {
    expect(statedBreaks(text, []).map((b) => b.period)).toEqual(periods);
  });

  it("reads a closed Kolada series from '(-2022)'", () => {
    expect(
      statedBreaks("Ohälsotal.", ["Långtidssjukskrivna …, andel (%) (-2022)"]),
    ).toEqual([
      {
        kind: "series-end",
        period: "2022",
        quote: "Långtidssjukskrivna …, andel (%) (-2022)",
      },
    ]);
    expect(statedBreaks("Ohälsotal, dagar.", ["Ohälsotal, dagar"])).toEqual([]);
  });

  const base = (over: Partial<Indicator>): Indicator => ({
    id: "x",
    label: { sv: "X", en: "X" },
    theme: "unmet-needs",
    unit: "percent",
    format: "pct1",
    polarity: "neutral",
    denominator: null,
    datasetId: "kolada-behov",
    sourceIds: ["x"],
    scope: "kommun",
    perCapita: null,
    breakdowns: {},
    koladaId: null,
    definition: { sv: "Fr.o.m. 2011 ny skala. Annat.", en: "" },
    breaks: [
      {
        kind: "definition-change",
        period: "2011",
        quote: "Fr.o.m. 2011 ny skala.",
      },
    ],
    ...over,
  });

  it("accepts listed breaks that the definition states", () => {
    expect(reviewBreaks(base({}), [])).toEqual([]);
  });

  it("refuses a break the definition states but the entry does not list", () => {
    expect(reviewBreaks(base({ breaks: [] }), [])).toEqual([
      expect.stringContaining('"period":"2011"'),
    ]);
  });

  it("refuses a quote the definition does not have", () => {
    const problems = reviewBreaks(
      base({
        breaks: [
          {
            kind: "definition-change",
            period: "2011",
            quote: "Fr.o.m. 2011 ny skala.",
          },
          { kind: "definition-change", period: "2020", quote: "Påhittad." },
        ],
      }),
      [],
    );
    expect(problems).toEqual([expect.stringContaining('"Påhittad."')]);
  });
});
