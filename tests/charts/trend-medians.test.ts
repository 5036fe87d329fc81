/**
 * Trender's reference lines: Riket on and off, and the kommungrupp medians (derived): even and odd
 * counts, years where the group has no values or too few, one line per group of the selected
 * kommuner, and a value axis that covers them.
 */
import { describe, expect, it } from "vitest";

import { buildTrendSeries } from "@/charts/series/trend-series";
import type { TrendGroup } from "@/charts/series/trend-groups";
import {
  groupMedianLines,
  selectedGroups,
} from "@/charts/series/trend-medians";
import type { AreaCode } from "@/domain/areas";
import type { Observation } from "@/domain/observations";

import {
  testArea,
  testGrouping,
  testIndicator,
  testObservation,
} from "../fixtures/domain";

const code = (c: string) => c as AreaCode;
const obs = (
  area: string,
  period: string,
  value: number | null,
  breakdown = "",
): Observation =>
  testObservation({ area: code(area), period, value, breakdown });

/** A2: four kommuner (two of them in the county), A1: three, one of them Stockholm. */
const GROUPING = testGrouping(
  { A1: "Storstäder", A2: "Pendlingskommun nära storstad" },
  [
    ["0127", "A2"],
    ["0126", "A2"],
    ["1402", "A2"],
    ["1407", "A2"],
    ["0180", "A1"],
    ["1480", "A1"],
    ["1280", "A1"],
  ],
);

/** National values: 2018 all four of A2 (even count), 2019 three (odd), 2020 one (too few), 2021 none. */
const NATIONAL: Observation[] = [
  obs("00", "2018", 10),
  obs("0127", "2018", 4),
  obs("0126", "2018", 1),
  obs("1402", "2018", 9),
  obs("1407", "2018", 6),
  obs("0127", "2019", 3),
  obs("0126", "2019", 8),
  obs("1402", "2019", 5),
  obs("1407", "2019", null),
  obs("0127", "2020", 7),
  obs("0180", "2018", 90),
  obs("1480", "2018", 30),
  obs("1280", "2018", 60),
  obs("0127", "2018", 2, "k"),
  obs("0126", "2018", 4, "k"),
  // Regions and Riket are not kommuner: never in a kommungrupp median.
  obs("01", "2018", 1000),
];
const PERIODS = ["2018", "2019", "2020", "2021"];

const medians = (selected: string[], breakdowns = [""]) =>
  groupMedianLines(
    { observations: NATIONAL, grouping: GROUPING },
    "x",
    PERIODS,
    breakdowns,
    selected.map(code),
  );

describe("groupMedianLines", () => {
  it("is the median per year: the mean of the middle two for an even count, the middle for an odd one", () => {
    const [a2] = medians(["0127"]);
    expect(a2?.points.map((p) => p.value)).toEqual([5, 5, null, null]);
    expect(a2?.points.map((p) => p.status)).toEqual([
      "derived",
      "derived",
      "too-few",
      "no-row",
    ]);
    expect(a2?.points[1]?.included).toEqual({ count: 3, total: 4 });
  });

  it("is a gap, never zero, where fewer than half the group have a value or none has", () => {
    const [a2] = medians(["0127"]);
    expect(a2?.points[2]).toMatchObject({
      value: null,
      included: { count: 1, total: 4 },
    });
    expect(a2?.points[3]?.value).toBeNull();
    expect(a2?.last?.period).toBe("2019");
  });

  it("draws one line per kommungrupp of the selected kommuner, in selection order", () => {
    const lines = medians(["0180", "0127", "0126"]);
    expect(lines.map((l) => [l.key, l.role, l.area, l.index])).toEqual([
      ["grupp-A1|all", "group", null, 0],
      ["grupp-A2|all", "group", null, 1],
    ]);
    expect(lines[0]?.points[0]?.value).toBe(60);
    expect(lines[1]?.median?.members).toEqual(["0127", "0126"]);
    expect(lines[1]?.median?.name.sv).toBe("Pendlingskommun nära storstad");
  });

  it("has a line per breakdown when women and men are apart", () => {
    const lines = medians(["0127"], ["k", "m"]);
    expect(lines.map((l) => l.key)).toEqual(["grupp-A2|k", "grupp-A2|m"]);
    // 2 of 4 with a value is half: drawn (the mean of 2 and 4).
    expect(lines[0]?.points[0]?.value).toBe(3);
    expect(lines[1]?.points.every((p) => p.value === null)).toBe(true);
  });

  it("skips a kommun the grouping does not place", () => {
    expect(selectedGroups(GROUPING, [code("9999"), code("0127")])).toEqual([
      { code: "A2", members: ["0127"] },
    ]);
  });
});

describe("buildTrendSeries with reference lines", () => {
  const AREAS = [
    testArea("00", "Riket", "country"),
    testArea("01", "Stockholms län", "county"),
    testArea("0127", "Botkyrka", "kommun"),
    testArea("0126", "Huddinge", "kommun"),
  ];
  // The county's dataset: Riket has no value for 2019 (a gap), none at all for 2020.
  const OWN = [
    obs("00", "2018", 10),
    obs("00", "2019", null),
    obs("00", "2021", 12),
    obs("01", "2018", 20),
    obs("01", "2021", 22),
    obs("0127", "2018", 4),
    obs("0126", "2018", 1),
  ];
  const build = (
    references: { sweden: boolean; national: boolean },
    group: TrendGroup = "",
  ) =>
    buildTrendSeries({
      indicator: testIndicator({ theme: "diagnoses" }),
      observations: OWN,
      areas: AREAS,
      selected: [code("0127")],
      group,
      references: {
        sweden: references.sweden,
        groups: references.national
          ? { observations: NATIONAL, grouping: GROUPING }
          : null,
      },
    });

  it("Riket missing for a year is a gap in its line, never zero", () => {
    const sweden = build({ sweden: true, national: false }).lines.find(
      (l) => l.role === "sweden",
    );
    expect(sweden?.points.map((p) => p.value)).toEqual([10, null, null, 12]);
    expect(sweden?.points.map((p) => p.status)).toEqual([
      "reported",
      "missing",
      "no-row",
      "reported",
    ]);
  });

  it("leaves Riket out when it is switched off", () => {
    const series = build({ sweden: false, national: false });
    expect(series.lines.some((l) => l.role === "sweden")).toBe(false);
    expect(series.lines.some((l) => l.role === "county")).toBe(true);
  });

  it("puts the medians after the references and before the context, in the rows too", () => {
    const series = build({ sweden: true, national: true });
    expect(series.lines.map((l) => l.key)).toEqual([
      "0127|all",
      "01|all",
      "00|all",
      "grupp-A2|all",
      "0126|all",
    ]);
    expect(series.rows.map((r) => r["grupp-A2|all"])).toEqual([
      5,
      5,
      null,
      null,
    ]);
  });

  it("stretches the value axis over the medians", () => {
    const tall = buildTrendSeries({
      indicator: testIndicator({ theme: "diagnoses" }),
      observations: OWN,
      areas: AREAS,
      selected: [code("0180")],
      group: "",
      references: {
        sweden: true,
        groups: { observations: NATIONAL, grouping: GROUPING },
      },
    });
    // A1's median 2018 is 60, above every own value (at most 22).
    expect(tall.ticks.at(-1)).toBeGreaterThanOrEqual(60);
  });
});
