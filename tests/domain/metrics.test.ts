import { describe, expect, it } from "vitest";

import type { AreaCode } from "@/domain/areas";
import type { Indicator } from "@/domain/indicators";
import {
  derivePerCapita,
  expectedByPopulation,
  perCapita,
  populationByArea,
  shareOfTotal,
} from "@/domain/metrics/derived";
import { rankValues } from "@/domain/metrics/ranking";
import type { Observation } from "@/domain/observations";

import { testObservation } from "../fixtures/domain";

describe(rankValues, () => {
  it.each<[(number | null)[], (number | null)[], number]>([
    [[3, 1, 2], [1, 3, 2], 3],
    [[5, 5, 1], [1, 1, 3], 3],
    [[2, null, 7, 2], [2, null, 1, 2], 3],
    [[null, null], [null, null], 0],
    [[], [], 0],
  ])("ranks %j as %j (n = %d)", (values, ranks, n) => {
    expect(rankValues(values)).toEqual({ ranks, n });
  });

  it("ranks ascending when asked", () => {
    expect(rankValues([3, 1, 2], "ascending").ranks).toEqual([3, 1, 2]);
  });
});

describe(perCapita, () => {
  it.each<[number | null, number | null, number | null]>([
    [3174063, 91636, 3174063 / 91636],
    [null, 100, null],
    [100, null, null],
    [100, 0, null],
    [100, -5, null],
  ])(
    "%s / %s = %s (never 0 or Infinity for missing)",
    (value, population, expected) => {
      expect(perCapita(value, population)).toBe(expected);
    },
  );
});

describe(shareOfTotal, () => {
  it("gives a percentage, null when the total is 0 or missing", () => {
    expect(shareOfTotal(25, 200)).toBe(12.5);
    expect(shareOfTotal(25, 0)).toBeNull();
    expect(shareOfTotal(null, 10)).toBeNull();
  });
});

const obs = (
  area: string,
  indicator: string,
  period: string,
  value: number | null,
): Observation =>
  testObservation({ area: area as AreaCode, indicator, period, value });

const rule = {
  populationDataset: "befolkning",
  populationIndicator: "folkmangd",
  populationPeriod: "2017",
  format: "sek2" as const,
};

describe(populationByArea, () => {
  it("takes only the rule's indicator and period, and skips missing values", () => {
    const map = populationByArea(rule, [
      obs("0127", "folkmangd", "2017", 100),
      obs("0127", "folkmangd", "2016", 90),
      obs("0180", "folkmangd", "2017", null),
      obs("0114", "other", "2017", 5),
    ]);
    expect([...map.entries()]).toEqual([["0127", 100]]);
  });
});

describe(derivePerCapita, () => {
  const indicator = { perCapita: rule } as unknown as Indicator;
  it("says how the value was derived, with the population year", () => {
    expect(derivePerCapita(indicator, 3464, 100)).toEqual({
      value: 34.64,
      how: {
        kind: "per-capita",
        numerator: 3464,
        denominator: 100,
        populationPeriod: "2017",
      },
    });
  });
  it("is missing, not zero, without a population", () => {
    expect(derivePerCapita(indicator, 3464, undefined)).toEqual({
      value: null,
      how: null,
    });
  });
});

describe(expectedByPopulation, () => {
  it("shares a total by population (Botkyrka's 3.978 % of the 2018 kommun total)", () => {
    // SOURCES.md: the 2018 allocation is proportional to the population at the end of 2017.
    const expected = expectedByPopulation(79789498, 91636, 2303417);
    expect(expected).not.toBeNull();
    expect(Math.abs((expected ?? 0) - 3174063)).toBeLessThan(1000);
  });
  it.each<[number | null, number | null, number | null]>([
    [null, 1, 2],
    [1, null, 2],
    [1, 1, 0],
  ])("is missing for %s, %s, %s", (total, population, sum) => {
    expect(expectedByPopulation(total, population, sum)).toBeNull();
  });
});
