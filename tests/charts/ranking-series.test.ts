import { describe, expect, it } from "vitest";

import {
  buildRankingSeries,
  type RankingInput,
} from "@/charts/series/ranking-series";
import type { Area, AreaCode } from "@/domain/areas";
import type { Indicator } from "@/domain/indicators";
import type { Observation, ObservationStatus } from "@/domain/observations";

import { TEST_KOMMUNER, testArea, testIndicator } from "../fixtures/domain";

const area = (code: string, name: string): Area => testArea(code, name);
const KOMMUNER = TEST_KOMMUNER;

const indicator: Indicator = testIndicator({
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

const input = (over: Partial<RankingInput> = {}): RankingInput => ({
  indicator,
  observations: [
    o("0114", 200),
    o("0127", 300),
    o("0180", 300),
    o("01", 800),
    o("0187", null, "missing", { note: "Sekretess" }),
  ],
  kommuner: KOMMUNER,
  period: "2018",
  breakdown: "",
  perCapita: false,
  selected: ["0127" as AreaCode],
  sort: "value",
  population: null,
  missingReason: { sv: "Saknas i Kolada", en: "Not in Kolada" },
  ...over,
});

describe(buildRankingSeries, () => {
  it("ranks with ties, keeps missing kommuner last with their reason, never as zero", () => {
    const series = buildRankingSeries(input());
    expect(series.rows.map((r) => [r.name, r.value, r.rank])).toEqual([
      ["Botkyrka", 300, 1],
      ["Stockholm", 300, 1],
      ["Upplands Väsby", 200, 3],
      ["Vaxholm", null, null],
    ]);
    expect(series.rows[3]?.reason?.sv).toBe("Sekretess");
    expect(series.coverage).toEqual({ withValue: 3, total: 4 });
    expect(series.n).toBe(3);
  });

  it("ranks values per inhabitant that print the same as ties, in name order, but orders a real difference", () => {
    // 3 000 / 1 000 = 3.0000, 3 001 / 1 000 = 3.0010 (both "3,00 kr"), 2 000 / 1 000 = 2.00.
    const population = new Map(
      (["0114", "0127", "0180"] as const).map((c) => [c as AreaCode, 1000]),
    );
    const series = buildRankingSeries(
      input({
        observations: [o("0114", 2000), o("0127", 3000), o("0180", 3001)],
        perCapita: true,
        population,
      }),
    );
    expect(
      series.rows.map((r) => [r.code, r.value, r.rank]).slice(0, 3),
    ).toEqual([
      // Botkyrka before Stockholm: a tie is ordered by name, not by the hidden fourth decimal.
      ["0127", 3, 1],
      ["0180", 3.001, 1],
      ["0114", 2, 3],
    ]);
  });

  it("uses the dataset's missing reason for a kommun with no row at all", () => {
    const series = buildRankingSeries(input({ observations: [o("0114", 1)] }));
    const botkyrka = series.rows.find((r) => r.code === "0127");
    expect(botkyrka).toMatchObject({
      value: null,
      status: "no-row",
      reason: { sv: "Saknas i Kolada" },
    });
  });

  it("highlights the selected kommuner", () => {
    const series = buildRankingSeries(input());
    expect(series.rows.filter((r) => r.highlighted).map((r) => r.code)).toEqual(
      ["0127"],
    );
  });

  it("sorts alphabetically the Swedish way when asked", () => {
    const series = buildRankingSeries(
      input({
        kommuner: [
          area("0117", "Österåker"),
          area("0120", "Värmdö"),
          area("0127", "Botkyrka"),
        ],
        observations: [],
      }),
    );
    expect(series.rows.map((r) => r.name)).toEqual([
      "Botkyrka",
      "Värmdö",
      "Österåker",
    ]);
    const byName = buildRankingSeries(input({ sort: "name" }));
    expect(byName.rows.map((r) => r.name)).toEqual([
      "Botkyrka",
      "Stockholm",
      "Upplands Väsby",
      "Vaxholm",
    ]);
  });

  it("treats a county value in kr as a total, not a comparable level", () => {
    const series = buildRankingSeries(input());
    expect(series.county?.value).toBe(800);
    expect(series.countyIsComparable).toBe(false);
  });

  it("derives per-inhabitant values, marked as derived with the population used", () => {
    const population = new Map([
      ["0114" as AreaCode, 10],
      ["0127" as AreaCode, 20],
      ["01" as AreaCode, 80],
    ]);
    const series = buildRankingSeries(input({ perCapita: true, population }));
    expect(series.format).toBe("sek2");
    expect(series.countyIsComparable).toBe(true);
    expect(series.county?.value).toBe(10);
    const botkyrka = series.rows.find((r) => r.code === "0127");
    expect(botkyrka).toMatchObject({
      value: 15,
      derived: { numerator: 300, denominator: 20, populationPeriod: "2017" },
    });
    // Stockholm has a value but no population: missing, not zero.
    expect(series.rows.find((r) => r.code === "0180")?.value).toBeNull();
  });

  it("adds the value per inhabitant in absolute mode too, for the summary", () => {
    const population = new Map([
      ["0127" as AreaCode, 20],
      ["01" as AreaCode, 80],
    ]);
    const series = buildRankingSeries(input({ population }));
    const botkyrka = series.rows.find((r) => r.code === "0127");
    // The drawn value stays the amount; the companion is derived from the population.
    expect(botkyrka).toMatchObject({ value: 300, perInhabitant: 15 });
    expect(series.countyPerInhabitant).toBe(10);
    // No population: no companion, never zero.
    expect(
      series.rows.find((r) => r.code === "0114")?.perInhabitant,
    ).toBeNull();
    expect(buildRankingSeries(input()).countyPerInhabitant).toBeNull();
  });

  it("keeps range-only values as ranges and collapses identical ones", () => {
    const observations = KOMMUNER.map((k) =>
      o(k.code, null, "range-only", { low: 3.5, high: 7.2 }),
    );
    const series = buildRankingSeries(input({ observations }));
    expect(
      series.rows.every(
        (r) => r.low === 3.5 && r.high === 7.2 && r.rank === null,
      ),
    ).toBe(true);
    expect(series.uniformRange).toEqual({ low: 3.5, high: 7.2 });
    expect(series.coverage.withValue).toBe(0);
  });

  it("only uses the chosen period and breakdown", () => {
    const series = buildRankingSeries(
      input({
        observations: [
          o("0127", 1, "reported", { period: "2017" }),
          o("0127", 2, "reported", { breakdown: "k" }),
        ],
      }),
    );
    expect(series.rows.find((r) => r.code === "0127")?.value).toBeNull();
  });
});
