/**
 * The summaries of the other chart types — trend lines, the scatter, the spine chart, the stacked
 * bars and the two dumbbell charts of Finansiering: tables of series → sentences, sv and en.
 */
import "@/i18n/views/funding";
import "@/i18n/views/needs";
import "@/i18n/views/profile";
import "@/i18n/views/trends";

import { describe, expect, it } from "vitest";

import { buildAgreementSeries } from "@/charts/series/agreement-series";
import { buildExpectedSeries } from "@/charts/series/expected-series";
import { buildPlanReportSeries } from "@/charts/series/plan-report-series";
import { buildProfileSeries } from "@/charts/series/profile-series";
import type { ObservationSet } from "@/charts/series/profile-types";
import {
  buildScatterSeries,
  type ScatterInput,
} from "@/charts/series/scatter-series";
import type { TrendGroup } from "@/charts/series/trend-groups";
import { buildTrendSeries } from "@/charts/series/trend-series";
import {
  agreementsSummary,
  expectedSummary,
  planReportSummary,
} from "@/charts/summary/funding-summaries";
import { scatterSummary } from "@/charts/summary/scatter-summary";
import { spineSummary } from "@/charts/summary/spine-summary";
import { trendSummary } from "@/charts/summary/trend-summary";
import type { AreaCode } from "@/domain/areas";
import type { Indicator } from "@/domain/indicators";
import { indexByIndicator, type Observation } from "@/domain/observations";
import { fixedT, type UiLocale } from "@/i18n/i18n";

import {
  TEST_KOMMUNER,
  testArea,
  testIndicator,
  testObservation,
} from "../fixtures/domain";
import { plain } from "../render";

const obs = (
  indicator: string,
  code: string,
  period: string,
  value: number | null,
  extra: Partial<Observation> = {},
): Observation =>
  testObservation({
    area: code as AreaCode,
    indicator,
    period,
    value,
    ...extra,
  });

const pct = (over: Partial<Indicator> = {}): Indicator =>
  testIndicator({ id: "x", unit: "percent", format: "pct1", ...over });

describe(trendSummary, () => {
  const AREAS = [
    testArea("00", "Riket", "country"),
    testArea("01", "Stockholms län", "county"),
    ...TEST_KOMMUNER,
  ];
  const OBS = [
    obs("x", "00", "2019", 11),
    obs("x", "00", "2022", 12.5),
    obs("x", "01", "2019", 20),
    obs("x", "01", "2020", 21),
    obs("x", "01", "2021", 22),
    obs("x", "01", "2022", 24),
    obs("x", "0127", "2019", 30),
    obs("x", "0127", "2021", 28),
    obs("x", "0127", "2022", 26, { status: "estimated" }),
    obs("x", "0180", "2022", 24),
  ];
  const summary = (
    selected: string[],
    locale: UiLocale,
    indicator: Indicator = pct(),
    group: TrendGroup = "",
  ): string =>
    plain(
      trendSummary(
        buildTrendSeries({
          indicator,
          observations: OBS,
          areas: AREAS,
          selected: selected as AreaCode[],
          group,
        }),
        fixedT(locale),
        locale,
      ),
    );

  it.each<[string, string[], UiLocale, string]>([
    [
      "the county's change and Sweden's latest value",
      [],
      "sv",
      // The grey context lines: 2 of the 4 kommuner have a 2022 value, Botkyrka's approximate.
      "Länet gick från 20,0 % 2019 till 24,0 % 2022; riket hade 12,5 % 2022. 2022 låg de 2 kommuner som har värde mellan 24,0 % (Stockholm) och 26,0 % (Botkyrka). Värden med ”cirka” är ungefärliga.",
    ],
    [
      "highlighted municipalities against the county, gaps and approximate values",
      ["0127", "0180", "0187"],
      "sv",
      "Länet gick från 20,0 % 2019 till 24,0 % 2022; riket hade 12,5 % 2022. 2022 låg de 2 kommuner som har värde mellan 24,0 % (Stockholm) och 26,0 % (Botkyrka). Botkyrka hade 26,0 % 2022, högre än länet (24,0 %); Stockholm hade 24,0 % 2022, samma som länet; Vaxholm saknar värden. År utan värde är glapp i linjen för Botkyrka, inte noll; värden med ”cirka” är ungefärliga.",
    ],
    [
      "the same in English",
      ["0127", "0180", "0187"],
      "en",
      "The county went from 20.0% in 2019 to 24.0% in 2022; Sweden had 12.5% in 2022. In 2022 the 2 municipalities with a value ranged from 24.0% (Stockholm) to 26.0% (Botkyrka). Botkyrka had 26.0% in 2022, higher than the county (24.0%); Stockholm had 24.0% in 2022, the same as the county; Vaxholm has no values. Years without a value are gaps in the line for Botkyrka, not zero; values marked “about” are approximate.",
    ],
  ])("%s", (_name, selected, locale, expected) => {
    expect(summary(selected, locale)).toBe(expected);
  });

  it("says why the county and Sweden are missing for totals", () => {
    expect(
      summary(["0180"], "sv", pct({ unit: "count", format: "num0" })),
    ).toBe(
      "2022 låg de 2 kommuner som har värde mellan 24 (Stockholm) och 26 (Botkyrka). Stockholm hade 24 2022. Värden med ”cirka” är ungefärliga; länet och riket visas inte, eftersom de är summor och inte kan jämföras med en kommun.",
    );
  });

  it("names every kommun at the extremes of the newest year, and no spread for women and men apart", () => {
    const all = [
      ...OBS,
      obs("x", "0114", "2022", 26),
      obs("x", "0187", "2022", 20),
    ];
    const series = (group: TrendGroup) =>
      buildTrendSeries({
        indicator: pct(),
        observations: all,
        areas: AREAS,
        selected: [],
        group,
      });
    expect(plain(trendSummary(series(""), fixedT("sv"), "sv"))).toContain(
      "2022 låg kommunerna mellan 20,0 % (Vaxholm) och 26,0 % (Upplands Väsby och Botkyrka).",
    );
    expect(
      plain(trendSummary(series("kon"), fixedT("sv"), "sv")),
    ).not.toContain("låg kommunerna");
  });
});

describe(scatterSummary, () => {
  const need = pct({ id: "need", label: { sv: "Behov", en: "Need" } });
  const funds = testIndicator({
    id: "funds",
    label: { sv: "Medel", en: "Funds" },
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
  const population = new Map<AreaCode, number>(
    (
      [
        ["0114", 1000],
        ["0127", 2000],
        ["0180", 4000],
        ["0187", 1000],
        ["01", 10000],
      ] as const
    ).map(([c, n]) => [c as AreaCode, n]),
  );
  const input = (selected: string[]): ScatterInput => ({
    need: {
      indicator: need,
      observations: [
        obs("need", "0114", "2022", 10),
        obs("need", "0127", "2022", 20),
        obs("need", "0180", "2022", 15),
        obs("need", "01", "2022", 14),
      ],
      period: "2022",
      population: null,
      missingReason: { sv: "Saknas.", en: "Missing." },
    },
    resource: {
      indicator: funds,
      observations: [
        obs("funds", "0114", "2018", 30000),
        obs("funds", "0127", "2018", 40000),
        obs("funds", "0180", "2018", 120000),
        obs("funds", "0187", "2018", 5000),
        obs("funds", "01", "2018", 200000),
      ],
      period: "2018",
      population,
      missingReason: { sv: "Saknas.", en: "Missing." },
    },
    kommuner: TEST_KOMMUNER,
    selected: selected as AreaCode[],
  });
  it.each<[string, string[], UiLocale, string]>([
    [
      "the caution first, the county, the extremes and the caveats",
      [],
      "sv",
      // Per inhabitant: Upplands Väsby 30, Botkyrka 20, Stockholm 30 kr; the county 20 kr.
      "Diagrammet visar samband, inte orsak. Behov: behov 2022, länet 14,0 %. Resurser: medel per invånare 2018, länet 20,00 kr; 3 av 4 kommuner har båda värdena. Jämfört med länet – högt behov, låga resurser: ingen; högt behov, höga resurser: Stockholm; lågt behov, höga resurser: Upplands Väsby; i nivå med länet på någon axel: Botkyrka. Högst behov har Botkyrka (20,0 %) och lägst Upplands Väsby (10,0 %). Behovet gäller 2022 och resurserna 2018; värdena per invånare är beräknade.",
    ],
    [
      "a highlighted municipality against the county on both axes",
      ["0127"],
      "sv",
      "Diagrammet visar samband, inte orsak. Behov: behov 2022, länet 14,0 %. Resurser: medel per invånare 2018, länet 20,00 kr; 3 av 4 kommuner har båda värdena. Jämfört med länet – högt behov, låga resurser: ingen; högt behov, höga resurser: Stockholm; lågt behov, höga resurser: Upplands Väsby; i nivå med länet på någon axel: Botkyrka. Botkyrka har behov 20,0 % och resurser 20,00 kr: högt behov, resurser som länet. Behovet gäller 2022 och resurserna 2018; värdena per invånare är beräknade.",
    ],
    [
      "the same in English",
      ["0127"],
      "en",
      "The chart shows association, not cause. Need: need 2022, the county 14.0%. Resources: funds per inhabitant 2018, the county SEK 20.00; 3 of 4 municipalities have both values. Against the county – high need, low resources: none; high need, high resources: Stockholm; low need, high resources: Upplands Väsby; level with the county on an axis: Botkyrka. Botkyrka has need 20.0% and resources SEK 20.00: high need, same resources. The need is for 2022 and the resources for 2018; the values per inhabitant are calculated.",
    ],
  ])("%s", (_name, selected, locale, expected) => {
    expect(
      plain(
        scatterSummary(
          buildScatterSeries(input(selected)),
          fixedT(locale),
          locale,
        ),
      ),
    ).toBe(expected);
  });
});

describe("scatterSummary with a county value computed from the kommuner", () => {
  const need = pct({ id: "need", label: { sv: "Behov", en: "Need" } });
  const cost = testIndicator({
    id: "cost",
    label: { sv: "Kostnad", en: "Cost" },
    theme: "funding",
    unit: "kr-per-inhabitant",
    format: "sek0",
    polarity: "neutral",
  });
  const weights = new Map<AreaCode, number>(
    (
      [
        ["0114", 1000],
        ["0127", 2000],
        ["0180", 4000],
        ["0187", 1000],
      ] as const
    ).map(([c, n]) => [c as AreaCode, n]),
  );
  const series = buildScatterSeries({
    need: {
      indicator: need,
      observations: [
        obs("need", "0114", "2022", 10),
        obs("need", "0127", "2022", 20),
        obs("need", "0180", "2022", 20),
        obs("need", "0187", "2022", 5),
        obs("need", "01", "2022", 14),
      ],
      period: "2022",
      population: null,
      missingReason: { sv: "Saknas.", en: "Missing." },
    },
    resource: {
      indicator: cost,
      // No county row, and Vaxholm has no value.
      observations: [
        obs("cost", "0114", "2022", 1000),
        obs("cost", "0127", "2022", 2000),
        obs("cost", "0180", "2022", 3000),
      ],
      period: "2022",
      population: null,
      weights: { population: weights, period: "2022" },
      missingReason: { sv: "Saknas.", en: "Missing." },
    },
    kommuner: TEST_KOMMUNER,
    selected: [],
  });

  it("names the computed county value, the quadrants and tied extremes", () => {
    // (1000·1000 + 2000·2000 + 3000·4000) / 7000 = 2428,57 → 2 429 kr, Vaxholm left out.
    expect(plain(scatterSummary(series, fixedT("sv"), "sv"))).toBe(
      "Diagrammet visar samband, inte orsak. Behov: behov 2022, länet 14,0 %. Resurser: kostnad 2022, länet 2 429 kr (beräknat från 3 av 4 kommuner); 3 av 4 kommuner har båda värdena. Jämfört med länet – högt behov, låga resurser: Botkyrka; högt behov, höga resurser: Stockholm; lågt behov, låga resurser: Upplands Väsby. Högst behov har Botkyrka och Stockholm (20,0 %) och lägst Upplands Väsby (10,0 %).",
    );
  });
});

describe(spineSummary, () => {
  const a = pct({ id: "a", label: { sv: "A", en: "A" } });
  const b = pct({
    id: "b",
    label: { sv: "B", en: "B" },
    polarity: "higher-better",
  });
  const c = pct({ id: "c", label: { sv: "C", en: "C" } });
  const set: ObservationSet = {
    byIndicator: indexByIndicator([
      obs("a", "0114", "2022", 10),
      obs("a", "0127", "2022", 20),
      obs("a", "0180", "2022", 12),
      obs("a", "0187", "2022", 11),
      obs("a", "01", "2022", 12),
      obs("b", "0114", "2022", 50),
      obs("b", "0127", "2022", 55),
      obs("b", "0180", "2022", 60),
      obs("b", "01", "2022", 50),
      obs("c", "0114", "2022", 5),
      obs("c", "0127", "2022", 5.1),
      obs("c", "0180", "2022", 6),
      obs("c", "0187", "2022", 4),
      obs("c", "01", "2022", 5),
    ]),
    missingReason: { sv: "Saknas.", en: "Missing." },
  };
  const rows = () => {
    const series = buildProfileSeries({
      kommun: testArea("0127", "Botkyrka"),
      kommuner: TEST_KOMMUNER,
      indicators: [a, b, c],
      datasets: new Map([["d", set]]),
      exclude: [],
    });
    return series.groups.flatMap((g) => g.rows);
  };
  it.each<[UiLocale, string]>([
    [
      "sv",
      "Botkyrka är sämre än länet på 1 av 3 indikatorer, bättre på 1 och ungefär som länet på 1. Störst skillnad mot länet gäller A: Botkyrka 20,0 %, länet 12,0 % (sämre än länet). 1 indikator har värden för färre än alla 4 kommuner.",
    ],
    [
      "en",
      "Botkyrka is worse than the county on 1 of 3 indicators, better on 1 and about the same on 1. The largest difference from the county is in A: Botkyrka 20.0%, the county 12.0% (worse than the county). 1 indicator has values for fewer than all 4 municipalities.",
    ],
  ])("%s", (locale, expected) => {
    expect(
      plain(spineSummary(rows(), "Botkyrka", fixedT(locale), locale)),
    ).toBe(expected);
  });
});

describe("Finansiering summaries", () => {
  const recipient = (id: string, unit: "kr" | "mnkr" = "kr"): Indicator =>
    testIndicator({
      id,
      theme: "funding",
      unit,
      format: unit === "kr" ? "sek0" : "mnkr1",
      polarity: "neutral",
    });
  it("agreements: largest and smallest year, the latest split, the sums calculated", () => {
    const series = buildAgreementSeries(
      [
        obs("fordelning-region", "01", "2018", 200e6, { breakdown: "a" }),
        obs("fordelning-kommuner", "01", "2018", 80e6, { breakdown: "b" }),
        obs("fordelning-region", "01", "2019", 150e6, { breakdown: "a" }),
        obs("fordelning-kommuner", "01", "2019", 60e6, { breakdown: "b" }),
        obs("fordelning-lansgemensamt", "01", "2019", 10e6, {
          breakdown: "c",
        }),
      ],
      [
        recipient("fordelning-region"),
        recipient("fordelning-kommuner"),
        recipient("fordelning-lansgemensamt"),
      ],
    );
    expect(plain(agreementsSummary(series, fixedT("sv"), "sv"))).toBe(
      "Störst belopp var 2018, 280 mnkr, och minst 2019, 220 mnkr. 2019 gick 150 mnkr till regionen, 60 mnkr till kommunerna och 10 mnkr till länsgemensamma insatser. Summorna är beräknade från källans tabellrader.",
    );
    expect(plain(agreementsSummary(series, fixedT("en"), "en"))).toBe(
      "The largest amount was in 2018, SEK 280 m, and the smallest in 2019, SEK 220 m. In 2019 the funds went SEK 150 m to the region, SEK 60 m to the municipalities and SEK 10 m to joint county efforts. The sums are calculated from the source's table rows.",
    );
  });

  it("expected against allocated: the largest deviation, and kommuner without a value", () => {
    const series = buildExpectedSeries({
      indicator: testIndicator({
        id: "stimulansmedel",
        unit: "kr",
        format: "sek0",
        perCapita: {
          populationDataset: "p",
          populationIndicator: "pop",
          populationPeriod: "2017",
          format: "sek2",
        },
      }),
      observations: [
        obs("stimulansmedel", "0114", "2018", 100),
        obs("stimulansmedel", "0127", "2018", 200),
        obs("stimulansmedel", "0180", "2018", 400),
        obs("stimulansmedel", "01", "2018", 700),
      ],
      kommuner: TEST_KOMMUNER,
      period: "2018",
      population: new Map<AreaCode, number>(
        (
          [
            ["0114", 10],
            ["0127", 20],
            ["0180", 40],
            ["0187", 10],
          ] as const
        ).map(([c, n]) => [c as AreaCode, n]),
      ),
    });
    const text = plain(expectedSummary(series, fixedT("sv"), "sv"));
    expect(text).toMatch(/^Största avvikelse: /);
    expect(text).toContain("Uppgift saknas för Vaxholm.");
  });

  it("planned against reported: the difference and where each total comes from", () => {
    const planned = (key: string, value: number, extra = {}) =>
      obs("stimulans-planerat", "0127", "2020", value, {
        breakdown: key,
        ...extra,
      });
    const reported = (key: string, value: number) =>
      obs("stimulans-redovisat", "0127", "2020", value, { breakdown: key });
    const series = buildPlanReportSeries(
      [
        planned("", 1000),
        planned("a", 600),
        planned("b", 400),
        reported("grupp:barn", 1100),
        reported("a", 700),
        reported("b", 400),
      ],
      [],
      "0127" as AreaCode,
      "2020",
    );
    const text = plain(planReportSummary(series, fixedT("sv"), "sv"));
    expect(text).toMatch(/^Redovisat är 100 kr mer än planerat\./);
  });
});
