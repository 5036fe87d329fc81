/**
 * The ranked chart's summary (Jämför kommuner, the stimulus funds, the map): tables of series →
 * the sentences, in Swedish and English, and the Botkyrka example on the published data.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

import { beforeAll, describe, expect, it } from "vitest";

import {
  buildRankingSeries,
  type RankingInput,
} from "@/charts/series/ranking-series";
import { rankingSummary } from "@/charts/summary/ranking-summary";
import {
  loadAreas,
  loadIndicators,
  loadManifest,
  loadObservations,
  resolveVersion,
} from "@/data/load-dataset";
import type { ReadFile } from "@/data/read-file";
import { kommunerOf, type AreaCode, type Area } from "@/domain/areas";
import type { Indicator } from "@/domain/indicators";
import { populationByArea } from "@/domain/metrics/derived";
import type { Observation, ObservationStatus } from "@/domain/observations";
import { fixedT, type UiLocale } from "@/i18n/i18n";

import { TEST_KOMMUNER, testIndicator } from "../fixtures/domain";
import { plain } from "../render";
import { PUBLIC_DATA } from "../setup";

const funds: Indicator = testIndicator({
  theme: "funding",
  unit: "kr",
  format: "sek0",
  polarity: "neutral",
  perCapita: {
    populationDataset: "p",
    populationIndicator: "pop",
    populationPeriod: "2017",
    format: "sek2",
  },
});
const share: Indicator = testIndicator({
  unit: "percent",
  format: "pct1",
  polarity: "higher-worse",
});

const o = (
  code: string,
  value: number | null,
  status: ObservationStatus = value === null ? "missing" : "reported",
  extra: Partial<Observation> = {},
): Observation => ({
  area: code as AreaCode,
  indicator: "x",
  breakdown: "",
  period: "2018",
  value,
  status,
  low: null,
  high: null,
  note: "",
  sourceId: "s",
  locator: "",
  ...extra,
});

const POPULATION = new Map(
  (
    [
      ["0114", 10],
      ["0127", 20],
      ["0180", 40],
      ["0187", 30],
      ["01", 100],
    ] as const
  ).map(([code, n]) => [code as AreaCode, n]),
);

const input = (over: Partial<RankingInput> = {}): RankingInput => ({
  indicator: funds,
  observations: [
    o("0114", 200),
    o("0127", 300),
    o("0180", 500),
    o("0187", null, "missing", { note: "Sekretess" }),
    o("01", 1000),
  ],
  kommuner: TEST_KOMMUNER,
  period: "2018",
  breakdown: "",
  perCapita: false,
  selected: [],
  sort: "value",
  population: null,
  missingReason: { sv: "Saknas", en: "Missing" },
  ...over,
});

const summary = (over: Partial<RankingInput>, locale: UiLocale): string =>
  plain(
    rankingSummary(buildRankingSeries(input(over)), fixedT(locale), locale),
  );

describe(rankingSummary, () => {
  it.each<[string, Partial<RankingInput>, UiLocale, string]>([
    [
      "a total: the spread from lowest to highest, the county total and the largest share",
      {},
      "sv",
      "Värdena sträcker sig från 200 kr (Upplands Väsby) till 500 kr (Stockholm); länet har totalt 1 000 kr; Stockholm står för 50,0 % av länets total (beräknat). Uppgift saknas för Vaxholm.",
    ],
    [
      "the same in English",
      {},
      "en",
      "The values range from SEK 200 (Upplands Väsby) to SEK 500 (Stockholm); the county total is SEK 1,000; Stockholm accounts for 50.0% of the county total (calculated). No value for Vaxholm.",
    ],
    [
      "a total that only follows the population says so first: the same per inhabitant in every municipality with a value",
      {
        population: new Map(
          (
            [
              ["0114", 20],
              ["0127", 30],
              ["0180", 50],
              ["01", 100],
            ] as const
          ).map(([code, n]) => [code as AreaCode, n]),
        ),
      },
      "sv",
      "Per invånare har alla 3 kommuner med värde lika mycket, 10,00 kr (beräknat); utan hänsyn till folkmängden från 200 kr (Upplands Väsby) till 500 kr (Stockholm); länet har totalt 1 000 kr. Uppgift saknas för Vaxholm.",
    ],
    [
      "with the population, a total leads with the spread per inhabitant (calculated, no share); a highlighted municipality against the county average",
      { selected: ["0127" as AreaCode], population: POPULATION },
      "sv",
      "Per invånare (beräknat) sträcker sig värdena från 12,50 kr (Stockholm) till 20,00 kr (Upplands Väsby); utan hänsyn till folkmängden från 200 kr (Upplands Väsby) till 500 kr (Stockholm); länet har totalt 1 000 kr. Botkyrka fick 300 kr 2018, 15,00 kr per invånare (beräknat), mer per invånare än länets kommuner i genomsnitt (10,00 kr). Uppgift saknas för Vaxholm.",
    ],
    [
      "per-capita mode says the same of the municipality, and how the values were calculated",
      {
        selected: ["0180" as AreaCode],
        population: POPULATION,
        perCapita: true,
      },
      "sv",
      "Högst är Upplands Väsby med 20,00 kr och lägst Stockholm med 12,50 kr; länets kommuner har i genomsnitt 10,00 kr. Stockholm fick 500 kr 2018, 12,50 kr per invånare (beräknat), mer per invånare än länets kommuner i genomsnitt (10,00 kr). Uppgift saknas för Vaxholm; värdena per invånare är beräknade: beloppet delat med folkmängden 2017.",
    ],
    [
      "per-capita mode in English",
      {
        selected: ["0180" as AreaCode],
        population: POPULATION,
        perCapita: true,
      },
      "en",
      "Highest is Upplands Väsby with SEK 20.00 and lowest Stockholm with SEK 12.50; the county's municipalities have SEK 10.00 on average. Stockholm received SEK 500 in 2018, SEK 12.50 per inhabitant (calculated), more per inhabitant than the county's municipalities on average (SEK 10.00). No value for Vaxholm; the values per inhabitant are calculated: the amount divided by the population 2017.",
    ],
    [
      "a level: the county value, and a highlighted municipality above it, which is worse",
      {
        indicator: share,
        observations: [
          o("0114", 4.04),
          o("0127", 22),
          o("0180", 9.96),
          o("0187", 13),
          o("01", 13),
        ],
        selected: ["0127" as AreaCode, "0187" as AreaCode],
      },
      "sv",
      "Högst är Botkyrka med 22,0 % och lägst Upplands Väsby med 4,0 %; länets värde är 13,0 %. Botkyrka hade 22,0 % 2018, högre än länet (13,0 %), vilket är sämre; Vaxholm hade 13,0 % 2018, samma som länet.",
    ],
    [
      "the same in English",
      {
        indicator: share,
        observations: [
          o("0114", 4.04),
          o("0127", 22),
          o("0180", 9.96),
          o("0187", 13),
          o("01", 13),
        ],
        selected: ["0127" as AreaCode, "0187" as AreaCode],
      },
      "en",
      "Highest is Botkyrka with 22.0% and lowest Upplands Väsby with 4.0%; the county's value is 13.0%. Botkyrka had 22.0% in 2018, higher than the county (13.0%), which is worse; Vaxholm had 13.0% in 2018, the same as the county.",
    ],
    [
      "only the range the source gives, never a value per municipality",
      {
        indicator: share,
        observations: [
          ...TEST_KOMMUNER.map((k) =>
            o(k.code, null, "range-only", { low: 3.5, high: 7.2 }),
          ),
          o("01", 5.6),
        ],
        selected: ["0127" as AreaCode],
      },
      "sv",
      "Källan ger bara spannet mellan kommunerna, 3,5–7,2 %, inte varje kommuns värde; länets värde är 5,6 %. För Botkyrka ger källan bara ett spann, 3,5–7,2 %.",
    ],
    [
      "approximate values, a highlighted municipality without a value, and many missing",
      {
        indicator: share,
        observations: [o("0114", 4, "estimated"), o("0127", 6)],
        selected: ["0187" as AreaCode],
      },
      "sv",
      "Högst är Botkyrka med 6,0 % och lägst Upplands Väsby med cirka 4,0 %. Uppgift saknas för Vaxholm. Uppgift saknas för Stockholm och Vaxholm; värden med ”cirka” är ungefärliga.",
    ],
    [
      "municipalities that print the same value share the place, and a tie has no share",
      {
        observations: [
          o("0114", 200),
          o("0127", 300),
          o("0180", 300),
          o("0187", 250),
          o("01", 1050),
        ],
      },
      "sv",
      "Värdena sträcker sig från 200 kr (Upplands Väsby) till 300 kr (Botkyrka och Stockholm); länet har totalt 1 050 kr.",
    ],
    [
      "all values the same",
      {
        indicator: share,
        observations: TEST_KOMMUNER.map((k) => o(k.code, 5)),
      },
      "en",
      "All 4 municipalities have 5.0%.",
    ],
    [
      "without a county value a highlighted municipality gets its rank",
      {
        indicator: testIndicator({
          unit: "count",
          format: "num0",
          polarity: "neutral",
        }),
        observations: [o("0114", 3), o("0127", 7), o("0180", 5)],
        selected: ["0180" as AreaCode],
      },
      "sv",
      "Värdena sträcker sig från 3 (Upplands Väsby) till 7 (Botkyrka). Stockholm hade 5 2018, plats 2 av 3. Uppgift saknas för Vaxholm.",
    ],
  ])("%s", (_name, over, locale, expected) => {
    expect(summary(over, locale)).toBe(expected);
  });

  it("is one to three sentences, whatever the series", () => {
    const sentences = summary(
      { selected: ["0127" as AreaCode], population: POPULATION },
      "sv",
    ).split(/(?<=\.) (?=[A-ZÅÄÖ])/);
    expect(sentences.length).toBeGreaterThanOrEqual(1);
    expect(sentences.length).toBeLessThanOrEqual(3);
  });
});

/** The example from the issue, on the published data, checked against the files themselves. */
describe("rankingSummary on the published stimulus funds", () => {
  const read: ReadFile = (file) =>
    Promise.resolve(new Uint8Array(readFileSync(resolve(PUBLIC_DATA, file))));
  let kommuner: readonly Area[];
  let indicator: Indicator;
  let funds2018: readonly Observation[];
  let population: readonly Observation[];

  beforeAll(async () => {
    const manifest = await loadManifest(read);
    const latest = (id: string) => {
      const entry = manifest.datasets.find((d) => d.id === id);
      const version = entry?.versions.at(-1)?.version ?? 1;
      return resolveVersion(manifest, id, version);
    };
    kommuner = kommunerOf((await loadAreas(read, latest("kommuner"))).areas);
    const catalogue = await loadIndicators(read, latest("indikatorer"));
    const found = catalogue.indicators.find((i) => i.id === "stimulansmedel");
    if (!found) throw new Error("stimulansmedel is not in the catalogue");
    indicator = found;
    funds2018 = (await loadObservations(read, latest("stimulansmedel-2018")))
      .observations;
    population = (await loadObservations(read, latest("befolkning")))
      .observations;
  });

  const series = (perCapita: boolean) =>
    buildRankingSeries({
      indicator,
      observations: funds2018,
      kommuner,
      period: "2018",
      breakdown: "",
      perCapita,
      selected: ["0127" as AreaCode],
      sort: "value",
      population: indicator.perCapita
        ? populationByArea(indicator.perCapita, population)
        : null,
      missingReason: { sv: "Saknas", en: "Missing" },
    });

  /** A value straight from the CSV file, not through the loader. */
  const raw = (file: string, area: string, period: string): number => {
    const line = readFileSync(resolve(PUBLIC_DATA, file), "utf8")
      .split("\n")
      .find((l) => l.startsWith(`${area},`) && l.split(",")[3] === period);
    return Number(line?.split(",")[4]);
  };

  it("says what the issue asks for, with Botkyrka's real figures", () => {
    expect(plain(rankingSummary(series(false), fixedT("sv"), "sv"))).toBe(
      "Per invånare har alla 26 kommuner lika mycket, 34,64 kr (beräknat); utan hänsyn till folkmängden från 367 457 kr (Nykvarn) till 32 878 683 kr (Stockholm); länet har totalt 79 789 498 kr. Botkyrka fick 3 174 063 kr 2018, 34,64 kr per invånare (beräknat), lika mycket per invånare som länets kommuner i genomsnitt.",
    );
    expect(plain(rankingSummary(series(false), fixedT("en"), "en"))).toBe(
      "Per inhabitant, all 26 municipalities have the same, SEK 34.64 (calculated); without regard to population, from SEK 367,457 (Nykvarn) to SEK 32,878,683 (Stockholm); the county total is SEK 79,789,498. Botkyrka received SEK 3,174,063 in 2018, SEK 34.64 per inhabitant (calculated), the same per inhabitant as the county's municipalities on average.",
    );
  });

  it("gives the same sentence about Botkyrka in per-capita mode", () => {
    expect(plain(rankingSummary(series(true), fixedT("sv"), "sv"))).toContain(
      "Botkyrka fick 3 174 063 kr 2018, 34,64 kr per invånare (beräknat), lika mycket per invånare som länets kommuner i genomsnitt.",
    );
  });

  it("quotes the numbers that are in the files", () => {
    const botkyrka = raw("stimulansmedel-2018.v1.csv", "0127", "2018");
    const county = raw("stimulansmedel-2018.v1.csv", "01", "2018");
    const people = raw("befolkning.v1.csv", "0127", "2017");
    const countyPeople = raw("befolkning.v1.csv", "01", "2017");
    expect([botkyrka, county, people, countyPeople]).toEqual([
      3174063, 79789498, 91631, 2303417,
    ]);
    const text = plain(rankingSummary(series(false), fixedT("sv"), "sv"));
    const sv = (n: number, decimals: number): string =>
      plain(
        n.toLocaleString("sv-SE", {
          minimumFractionDigits: decimals,
          maximumFractionDigits: decimals,
        }),
      );
    expect(text).toContain(`${sv(botkyrka, 0)} kr 2018`);
    expect(text).toContain(`${sv(botkyrka / people, 2)} kr per invånare`);
    expect(text).toContain(`totalt ${sv(county, 0)} kr`);
    // Botkyrka and the county round to the same öre, so "lika mycket".
    expect(sv(botkyrka / people, 2)).toBe(sv(county / countyPeople, 2));
  });
});
