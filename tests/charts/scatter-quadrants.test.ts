/**
 * The scatter's reading against the county: each kommun's quadrant (need by polarity, "same" at
 * the precision shown), the county resources value computed from the kommuner when the source has
 * none (only for values per inhabitant), and round ticks.
 */
import { describe, expect, it } from "vitest";

import { quadrantGroups } from "@/charts/series/scatter-quadrants";
import {
  buildScatterSeries,
  type ScatterInput,
} from "@/charts/series/scatter-series";
import type { AreaCode } from "@/domain/areas";
import type { Indicator } from "@/domain/indicators";
import type { Observation } from "@/domain/observations";

import { TEST_KOMMUNER, testIndicator } from "../fixtures/domain";

const o = (indicator: string, area: string, value: number): Observation => ({
  area: area as AreaCode,
  indicator,
  breakdown: "",
  period: "2022",
  value,
  status: "reported",
  low: null,
  high: null,
  note: "",
  sourceId: "s",
  locator: "",
});

const need = (polarity: Indicator["polarity"] = "higher-worse") =>
  testIndicator({ id: "need", polarity, unit: "percent", format: "pct1" });
const cost = testIndicator({
  id: "cost",
  theme: "funding",
  unit: "kr-per-inhabitant",
  format: "sek0",
});
const MISSING = { sv: "Saknas.", en: "Missing." };
const WEIGHTS = new Map<AreaCode, number>([
  ["0114" as AreaCode, 1000],
  ["0127" as AreaCode, 3000],
  ["0180" as AreaCode, 1000],
  ["0187" as AreaCode, 1000],
]);

/** Need 10/20/14,04/5 with the county at 14; cost 1000/2000/4000/— and no county row. */
const input = (over: Partial<ScatterInput> = {}): ScatterInput => ({
  need: {
    indicator: need(),
    observations: [
      o("need", "0114", 10),
      o("need", "0127", 20),
      o("need", "0180", 14.04),
      o("need", "0187", 5),
      o("need", "01", 14),
    ],
    period: "2022",
    population: null,
    missingReason: MISSING,
  },
  resource: {
    indicator: cost,
    observations: [
      o("cost", "0114", 1000),
      o("cost", "0127", 2000),
      o("cost", "0180", 4000),
    ],
    period: "2022",
    population: null,
    weights: { population: WEIGHTS, period: "2022" },
    missingReason: MISSING,
  },
  kommuner: TEST_KOMMUNER,
  selected: [],
  ...over,
});

const quadrants = (s: ReturnType<typeof buildScatterSeries>) =>
  Object.fromEntries(s.rows.map((r) => [r.name, r.quadrant]));

describe("the county resources value computed from the kommuner", () => {
  it("weights by inhabitants and leaves Vaxholm (no value) out: (1000·1000 + 2000·3000 + 4000·1000) / 5000 = 2200", () => {
    const s = buildScatterSeries(input());
    expect(s.resource.county?.value).toBe(2200);
    expect(s.resource.county?.derived).toMatchObject({
      kind: "population-weighted",
      included: { count: 3, total: 4 },
      populationPeriod: "2022",
    });
  });

  it("prefers the source's county value when there is one", () => {
    const s = buildScatterSeries(
      input({
        resource: {
          ...input().resource,
          observations: [
            ...input().resource.observations,
            o("cost", "01", 1500),
          ],
        },
      }),
    );
    expect(s.resource.county?.value).toBe(1500);
    expect(s.resource.county?.derived).toBeNull();
  });

  it("does not weight a share by inhabitants (a need in percent without a county row)", () => {
    const s = buildScatterSeries(
      input({
        need: {
          ...input().need,
          observations: input().need.observations.filter(
            (x) => x.area !== "01",
          ),
          weights: { population: WEIGHTS, period: "2022" },
        },
      }),
    );
    expect(s.need.county).toBeNull();
    expect(s.rows.every((r) => r.quadrant === null)).toBe(true);
  });
});

describe("quadrants against the county", () => {
  it("reads need by its value when higher is worse; 14,04 % reads as 14,0 %, the same as the county", () => {
    expect(quadrants(buildScatterSeries(input()))).toEqual({
      "Upplands Väsby": { need: "low", resource: "low" },
      Botkyrka: { need: "high", resource: "low" },
      Stockholm: { need: "same", resource: "high" },
      Vaxholm: null,
    });
  });

  it("turns need around when a higher value is better (more well-being is less need)", () => {
    const s = buildScatterSeries(
      input({ need: { ...input().need, indicator: need("higher-better") } }),
    );
    expect(quadrants(s)).toMatchObject({
      "Upplands Väsby": { need: "high", resource: "low" },
      Botkyrka: { need: "low", resource: "low" },
    });
  });

  it("groups the rows per quadrant, high need and low resources first, and the level ones apart", () => {
    const { groups, level } = quadrantGroups(buildScatterSeries(input()).rows);
    expect(groups.map((g) => g.rows.map((r) => r.name))).toEqual([
      ["Botkyrka"],
      [],
      ["Upplands Väsby"],
      [],
    ]);
    expect(level.map((r) => r.name)).toEqual(["Stockholm"]);
  });
});

describe("round ticks", () => {
  it.each<[string, number[], number[]]>([
    ["costs up to 4 000 kr", [418, 2163, 3362], [0, 1000, 2000, 3000, 4000]],
    ["shares up to 22 %", [4, 13, 22], [0, 5, 10, 15, 20, 25]],
    ["34,64 kr everywhere", [34.64, 34.64], [0, 10, 20, 30, 40]],
    ["negative values", [-2.5, -2.5], [-2.5, -2, -1.5, -1, -0.5, 0]],
  ])("%s", (_name, values, ticks) => {
    const s = buildScatterSeries(
      input({
        resource: {
          ...input().resource,
          observations: values.map((v, i) =>
            o("cost", TEST_KOMMUNER[i]?.code ?? "", v),
          ),
          weights: null,
        },
      }),
    );
    expect(s.resource.ticks).toEqual(ticks);
  });
});
