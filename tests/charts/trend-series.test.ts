import { describe, expect, it } from "vitest";

import { hasSexSplit, type TrendGroup } from "@/charts/series/trend-groups";
import { trendPeriods } from "@/charts/series/trend-periods";
import { buildTrendSeries } from "@/charts/series/trend-series";
import type { AreaCode } from "@/domain/areas";
import type { Indicator } from "@/domain/indicators";
import type { Observation, ObservationStatus } from "@/domain/observations";

import { testArea, testIndicator } from "../fixtures/domain";

const area = testArea;
const AREAS = [
  area("00", "Riket", "country"),
  area("01", "Stockholms län", "county"),
  area("0127", "Botkyrka", "kommun"),
  area("0180", "Stockholm", "kommun"),
];

const indicator = (over: Partial<Indicator> = {}): Indicator =>
  testIndicator({
    theme: "diagnoses",
    breakdowns: {
      k: { sv: "Kvinnor", en: "Women" },
      m: { sv: "Män", en: "Men" },
    },
    ...over,
  });

const obs = (
  code: string,
  period: string,
  value: number | null,
  breakdown = "",
  status: ObservationStatus = value === null ? "missing" : "reported",
): Observation => ({
  area: code as AreaCode,
  indicator: "x",
  breakdown,
  period,
  value,
  status,
  low: null,
  high: null,
  note: "",
  sourceId: "s",
  locator: "",
});

const OBS: Observation[] = [
  obs("00", "2018", 10),
  obs("00", "2019", 11),
  obs("00", "2021", 12),
  obs("01", "2018", 20),
  obs("01", "2019", 21),
  obs("01", "2021", 23),
  obs("01", "2018", 25, "k"),
  obs("01", "2021", 27, "k"),
  obs("01", "2018", 15, "m"),
  obs("01", "2021", 18, "m"),
  obs("0127", "2018", 30),
  obs("0127", "2019", null),
  obs("0127", "2021", 0),
  obs("0127", "2018", 33, "k"),
  obs("0127", "2018", 28, "m"),
  obs("0180", "2021", 5),
];

const build = (group: TrendGroup, selected: string[] = ["0127"]) =>
  buildTrendSeries({
    indicator: indicator(),
    observations: OBS,
    areas: AREAS,
    selected: selected as AreaCode[],
    group,
  });

describe("trendPeriods", () => {
  it("fills single years so a year nobody has is a gap", () => {
    expect(trendPeriods("x", OBS)).toEqual(["2018", "2019", "2020", "2021"]);
  });
  it("keeps spans as they are, sorted", () => {
    const spans = [obs("01", "2013-2016", 1), obs("01", "2010", 2)];
    expect(trendPeriods("x", spans)).toEqual(["2010", "2013-2016"]);
  });
  it("orders SCB months in time (2014M10 after 2014M09) and shows a missing month as a gap", () => {
    const months = [
      obs("01", "2014M10", 3),
      obs("01", "2015M01", 4),
      obs("01", "2014M09", 2),
    ];
    expect(trendPeriods("x", months)).toEqual([
      "2014M09",
      "2014M10",
      "2014M11",
      "2014M12",
      "2015M01",
    ]);
  });
  it("fills quarters the same way", () => {
    const quarters = [obs("01", "2014K4", 1), obs("01", "2014K2", 2)];
    expect(trendPeriods("x", quarters)).toEqual(["2014K2", "2014K3", "2014K4"]);
  });
});

describe("buildTrendSeries", () => {
  it.each([
    ["2019 (a missing row with status)", "2019", null, "missing"],
    ["2020 (no row at all)", "2020", null, "no-row"],
    ["2021 (a real zero stays zero)", "2021", 0, "reported"],
  ])("Botkyrka %s", (_name, period, value, status) => {
    const line = build("").lines.find((l) => l.key === "0127|all");
    const point = line?.points.find((p) => p.period === period);
    expect(point?.value).toBe(value);
    expect(point?.status).toBe(status);
  });

  it("gaps stay null in the chart rows, never zero", () => {
    const series = build("");
    expect(series.rows.map((r) => r["0127|all"])).toEqual([30, null, null, 0]);
    expect(series.rows.map((r) => r["01|all"])).toEqual([20, 21, null, 23]);
  });

  it.each<[TrendGroup, string[]]>([
    ["", ["0127|all", "01|all", "00|all", "0180|all"]],
    ["k", ["0127|k", "01|k", "00|k", "0180|k"]],
    ["m", ["0127|m", "01|m", "00|m", "0180|m"]],
    // Women and men apart: no grey context (two per kommun would tell nothing).
    ["kon", ["0127|k", "0127|m", "01|k", "01|m", "00|k", "00|m"]],
  ])("group %j draws the lines %j", (group, keys) => {
    expect(build(group).lines.map((l) => l.key)).toEqual(keys);
  });

  it.each([
    [[], ["0127", "0180"]],
    [["0127"], ["0180"]],
    [["0127", "0180"], []],
  ])(
    "every municipality not selected is a context line (selected %j: context %j), never the county or Sweden",
    (selected, context) => {
      const lines = build("", selected).lines;
      expect(
        lines.filter((l) => l.role === "context").map((l) => l.area),
      ).toEqual(context);
      expect(
        lines.filter((l) => l.role === "context").every((l) => l.index === -1),
      ).toBe(true);
    },
  );

  it("puts round value ticks over every line, the context lines included", () => {
    const tall = buildTrendSeries({
      indicator: indicator(),
      observations: [...OBS, obs("0180", "2019", 87)],
      areas: AREAS,
      selected: ["0127" as AreaCode],
      group: "",
    });
    expect(tall.ticks).toEqual([0, 25, 50, 75, 100]);
    expect(build("").ticks).toEqual([0, 10, 20, 30]);
  });

  it("splits women and men with their own values", () => {
    const series = build("kon");
    const women = series.lines.find((l) => l.key === "01|k");
    const men = series.lines.find((l) => l.key === "01|m");
    expect(women?.points.map((p) => p.value)).toEqual([25, null, null, 27]);
    expect(men?.points.map((p) => p.value)).toEqual([15, null, null, 18]);
    expect(women?.breakdown).toBe("k");
  });

  it.each([
    [[], 0],
    [["0127"], 1],
    [["0127", "0180"], 2],
  ])("county and Sweden are always there (selected %j)", (selected, n) => {
    const series = build("", selected);
    expect(series.lines.filter((l) => l.role === "selected")).toHaveLength(n);
    expect(series.lines.find((l) => l.role === "county")?.area).toBe("01");
    expect(series.lines.find((l) => l.role === "sweden")?.area).toBe("00");
  });

  it("first and last are the oldest and newest values", () => {
    const line = build("", ["0180"]).lines[0];
    expect(line?.first?.period).toBe("2021");
    expect(line?.last?.value).toBe(5);
    const county = build("").lines.find((l) => l.role === "county");
    expect([county?.first?.value, county?.last?.value]).toEqual([20, 23]);
  });

  it("leaves the county and Sweden out for counts (they are totals)", () => {
    const series = buildTrendSeries({
      indicator: indicator({ unit: "count", format: "num0" }),
      observations: OBS,
      areas: AREAS,
      selected: ["0127" as AreaCode],
      group: "",
    });
    expect(series.referencesShown).toBe(false);
    expect(series.lines.map((l) => [l.area, l.role])).toEqual([
      ["0127", "selected"],
      ["0180", "context"],
    ]);
  });

  it("knows whether the data splits women and men", () => {
    expect(hasSexSplit(indicator(), OBS)).toBe(true);
    expect(
      hasSexSplit(
        indicator(),
        OBS.filter((o) => o.breakdown !== "m"),
      ),
    ).toBe(false);
  });
});
