import { describe, expect, it } from "vitest";

import { sideOf } from "@/charts/series/county-side";
import {
  buildScatterSeries,
  type ScatterInput,
} from "@/charts/series/scatter-series";
import type { AreaCode } from "@/domain/areas";
import type { Indicator } from "@/domain/indicators";
import type { Observation, ObservationStatus } from "@/domain/observations";

import { TEST_KOMMUNER, testIndicator } from "../fixtures/domain";

const KOMMUNER = TEST_KOMMUNER;

const base = testIndicator({ label: { sv: "L", en: "L" } });
const need: Indicator = {
  ...base,
  id: "need",
  unit: "percent",
  format: "pct1",
  perCapita: null,
};
const funds: Indicator = {
  ...base,
  id: "funds",
  theme: "funding",
  unit: "kr",
  format: "sek0",
  perCapita: {
    populationDataset: "p",
    populationIndicator: "pop",
    populationPeriod: "2017",
    format: "sek2",
  },
};
const cost: Indicator = {
  ...base,
  id: "cost",
  theme: "funding",
  unit: "kr-per-inhabitant",
  format: "sek0",
  perCapita: null,
};

const o = (
  indicator: string,
  code: string,
  value: number | null,
  period: string,
  status: ObservationStatus = value === null ? "missing" : "reported",
  note = "",
): Observation => ({
  area: code as AreaCode,
  indicator,
  breakdown: "",
  period,
  value,
  status,
  low: null,
  high: null,
  note,
  sourceId: "s",
  locator: "",
});

const NEED_MISSING = { sv: "Behov saknas.", en: "Need missing." };
const RES_MISSING = { sv: "Resurs saknas.", en: "Resource missing." };
const POPULATION = new Map<AreaCode, number>([
  ["0114" as AreaCode, 1000],
  ["0127" as AreaCode, 2000],
  ["0180" as AreaCode, 4000],
  ["0187" as AreaCode, 1000],
  ["01" as AreaCode, 10000],
]);

const needObs = [
  o("need", "0114", 10, "2022"),
  o("need", "0127", 20, "2022"),
  o("need", "0180", 15, "2022"),
  // Vaxholm has no need row at all.
  o("need", "01", 14, "2022"),
  o("need", "0187", 99, "2021"),
];
const fundObs = [
  o("funds", "0114", 5000, "2018"),
  o("funds", "0127", 6000, "2018"),
  o("funds", "0180", null, "2018", "suppressed", "Sekretess."),
  o("funds", "0187", 700, "2018"),
  o("funds", "01", 40000, "2018"),
];

const input = (over: Partial<ScatterInput> = {}): ScatterInput => ({
  need: {
    indicator: need,
    observations: needObs,
    period: "2022",
    population: null,
    missingReason: NEED_MISSING,
  },
  resource: {
    indicator: funds,
    observations: fundObs,
    period: "2018",
    population: POPULATION,
    missingReason: RES_MISSING,
  },
  kommuner: KOMMUNER,
  selected: ["0127" as AreaCode],
  ...over,
});

describe("buildScatterSeries", () => {
  const series = buildScatterSeries(input());

  it("draws a point only for kommuner with both values", () => {
    expect(series.points.map((p) => p.code)).toEqual(["0114", "0127"]);
    expect(series.coverage).toEqual({ withValue: 2, total: 4 });
  });

  it.each([
    ["0114", 5, 10, false],
    ["0127", 3, 20, true],
  ] as const)(
    "%s: x is the funds per inhabitant (%d), y the need (%d), highlighted %s",
    (code, x, y, highlighted) => {
      const point = series.points.find((p) => p.code === code);
      expect(point).toMatchObject({ x, y, highlighted });
      const row = series.rows.find((r) => r.code === code);
      expect(row?.resource.derived).toMatchObject({
        kind: "per-capita",
        populationPeriod: "2017",
      });
    },
  );

  it.each([
    ["0180", "resource-missing", "resource", "Sekretess.", "suppressed"],
    ["0187", "need-missing", "need", "Behov saknas.", "no-row"],
  ] as const)(
    "%s has no point (%s): the %s value is missing because “%s”",
    (code, pair, which, reason, status) => {
      const row = series.rows.find((r) => r.code === code);
      expect(row?.pair).toBe(pair);
      expect(row?.[which].value).toBeNull();
      expect(row?.[which].reason?.sv).toBe(reason);
      expect(row?.[which].status).toBe(status);
    },
  );

  it("never turns a missing need from another year into a value", () => {
    const vaxholm = series.rows.find((r) => r.code === "0187");
    expect(vaxholm?.need.value).toBeNull();
    expect(vaxholm?.resource.value).toBe(0.7);
  });

  it("gives the county on both axes, the funds per inhabitant derived too", () => {
    expect(series.need.county?.value).toBe(14);
    expect(series.resource.county?.value).toBe(4);
    expect(series.resource.format).toBe("sek2");
    expect(series.resource.perCapita).toBe(true);
    expect(series.need.perCapita).toBe(false);
  });

  it.each([
    [null, "no-row", "Resurs saknas."],
    [new Map<AreaCode, number>(), "missing", "Folkmängd saknas"],
  ] as const)(
    "without a population figure the per-capita value is missing, not zero",
    (population, status, reason) => {
      const without = buildScatterSeries(
        input({
          resource: {
            indicator: funds,
            observations: population === null ? [] : fundObs,
            period: "2018",
            population: population ?? POPULATION,
            missingReason: RES_MISSING,
          },
        }),
      );
      expect(without.points).toHaveLength(0);
      const row = without.rows.find((r) => r.code === "0114");
      expect(row?.resource.value).toBeNull();
      expect(row?.resource.status).toBe(status);
      expect(row?.resource.reason?.sv).toContain(reason);
    },
  );

  it("uses kr-per-inhabitant values as they are (no derivation)", () => {
    const s = buildScatterSeries(
      input({
        resource: {
          indicator: cost,
          observations: [o("cost", "0114", 3075.4, "2022")],
          period: "2022",
          population: null,
          missingReason: RES_MISSING,
        },
      }),
    );
    expect(s.points).toEqual([
      {
        code: "0114",
        name: "Upplands Väsby",
        x: 3075.4,
        y: 10,
        highlighted: false,
      },
    ]);
    expect(s.rows[0]?.resource.derived).toBeNull();
    expect(s.resource.county).toBeNull();
  });

  it.each([
    [4, false],
    [1, true],
  ])("with %d municipalities with a need value, fewValues is %s", (n, few) => {
    const s = buildScatterSeries(
      input({
        need: {
          indicator: need,
          observations: KOMMUNER.slice(0, n).map((k) =>
            o("need", k.code, 5, "2022"),
          ),
          period: "2022",
          population: null,
          missingReason: NEED_MISSING,
        },
      }),
    );
    expect(s.fewValues).toBe(few);
  });

  it("does not draw an additive county total as a reference", () => {
    const s = buildScatterSeries(
      input({
        resource: { ...input().resource, population: null },
      }),
    );
    expect(s.resource.county).toBeNull();
    expect(s.rows.find((r) => r.code === "0114")?.resource.value).toBe(5000);
  });
});

describe("uniform axis", () => {
  it.each([
    [[34.63961977933232, 34.63962365477028, 34.6396], 34.63961977933232],
    [[5, 3, 0.7], null],
  ] as const)("resources %j per inhabitant: uniform %s", (values, uniform) => {
    const codes = ["0114", "0127", "0187"];
    const s = buildScatterSeries(
      input({
        resource: {
          indicator: cost,
          observations: values.map((v, i) =>
            o("cost", codes[i] ?? "", v, "2022"),
          ),
          period: "2022",
          population: null,
          missingReason: RES_MISSING,
        },
      }),
    );
    expect(s.resource.uniform).toBe(uniform);
  });
});

describe("sideOf", () => {
  it.each([
    [5, 3, 0, "above"],
    [2, 3, 0, "below"],
    [3, 3, 0, "same"],
    [34.63961977933232, 34.63962365477028, 2, "same"],
    [13.05, 13.0, 1, "above"],
  ] as const)(
    "%d against %d at %d decimals is %s",
    (value, county, decimals, side) => {
      expect(sideOf(value, county, decimals)).toBe(side);
    },
  );
});
