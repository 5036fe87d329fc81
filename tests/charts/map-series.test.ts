import { describe, expect, it } from "vitest";

import { buildMapSeries } from "@/charts/series/map-series";
import { divergingBins, sequentialBins } from "@/charts/series/map-bins";
import {
  contrastRatio,
  DIVERGING_COLORS,
  SEQUENTIAL_COLORS,
  textColorOn,
} from "@/charts/series/map-colors";
import { buildRankingSeries } from "@/charts/series/ranking-series";
import { COLORS } from "@/charts/theme";
import type { Area, AreaCode } from "@/domain/areas";
import type { Indicator } from "@/domain/indicators";
import type { Observation } from "@/domain/observations";
import { TILE_LAYOUT } from "@/domain/tile-layout";

import { testObservation } from "../fixtures/domain";

describe("text colour on tiles", () => {
  const fills = [...SEQUENTIAL_COLORS, ...Object.values(DIVERGING_COLORS)];
  it.each(fills)("text on %s keeps at least 4.5:1 contrast", (fill) => {
    expect(contrastRatio(textColorOn(fill), fill)).toBeGreaterThanOrEqual(4.5);
  });

  it("picks white on dark tiles and black on light ones", () => {
    expect(textColorOn(SEQUENTIAL_COLORS[4])).toBe("#ffffff");
    expect(textColorOn(SEQUENTIAL_COLORS[0])).toBe("#000000");
  });

  it("computes WCAG contrast: black on white is 21:1", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
  });

  it("the selected outline contrasts ≥ 3:1 with the white line inside it", () => {
    expect(contrastRatio(COLORS.highlight, "#ffffff")).toBeGreaterThanOrEqual(
      3,
    );
  });
});

describe("sequential bins", () => {
  it("splits ten evenly spaced values into five groups of two, light to dark", () => {
    const values = [10, 1, 9, 2, 8, 3, 7, 4, 6, 5];
    const { bins, index } = sequentialBins(values);
    expect(bins).toHaveLength(5);
    expect(bins.map((b) => [b.min, b.max, b.count])).toEqual([
      [1, 2, 2],
      [3, 4, 2],
      [5, 6, 2],
      [7, 8, 2],
      [9, 10, 2],
    ]);
    expect(bins.map((b) => b.color)).toEqual([...SEQUENTIAL_COLORS]);
    expect(index[0]).toBe(4);
    expect(index[1]).toBe(0);
  });

  // Quintiles would put the three 22 % with 16 % and 17 % (six in the top fifth of 26).
  const KOMMUNER = [
    4, 5, 5, 5, 6, 6, 6, 6, 6, 6, 7, 8, 9, 9, 10, 13, 13, 13, 14, 14, 15, 16,
    16, 17, 22, 22, 22,
  ];

  it("gives a few kommuner far from the rest the darkest group alone", () => {
    const { bins, index } = sequentialBins(KOMMUNER, "higher-worse");
    const top = bins[bins.length - 1];
    expect([top?.min, top?.max, top?.count]).toEqual([22, 22, 3]);
    expect(top?.color).toBe(SEQUENTIAL_COLORS[4]);
    expect(top?.worse).toBe(true);
    expect(bins[0]?.worse).toBe(false);
    expect(index[KOMMUNER.indexOf(17)]).not.toBe(index[KOMMUNER.indexOf(22)]);
  });

  it("higher is better: the lowest values get the darkest colour, the eye goes to them", () => {
    const { bins } = sequentialBins(KOMMUNER, "higher-better");
    expect(bins[0]?.min).toBe(4);
    expect(bins[0]?.color).toBe(SEQUENTIAL_COLORS[4]);
    expect(bins[0]?.worse).toBe(true);
    const top = bins[bins.length - 1];
    expect(top?.color).toBe(SEQUENTIAL_COLORS[0]);
    expect(top?.worse).toBe(false);
  });

  it("neutral indicators: dark is simply higher, with no better or worse", () => {
    const { bins } = sequentialBins(KOMMUNER, "neutral");
    expect(bins[bins.length - 1]?.color).toBe(SEQUENTIAL_COLORS[4]);
    expect(bins.every((b) => b.worse === null)).toBe(true);
  });

  it("keeps missing values out (null, never zero) and equal values together", () => {
    const { bins, index } = sequentialBins([null, 5, 5, 5, 1, null]);
    expect(index[0]).toBeNull();
    expect(index[5]).toBeNull();
    expect(bins).toHaveLength(2);
    expect(index[1]).toBe(index[2]);
    expect(index[2]).toBe(index[3]);
    expect(index[4]).toBe(0);
    expect(bins.map((b) => b.count)).toEqual([1, 3]);
    // Two groups use the two ends of the ramp.
    expect(bins.map((b) => b.color)).toEqual([
      SEQUENTIAL_COLORS[0],
      SEQUENTIAL_COLORS[4],
    ]);
  });

  it("all equal values make one group; no values make none", () => {
    expect(sequentialBins([3, 3, 3]).bins).toHaveLength(1);
    expect(sequentialBins([null, null]).bins).toHaveLength(0);
  });
});

describe("diverging bins", () => {
  const values = [2, 4.9, 5, 5.04, 6, 9, null];

  it("puts values around the county: far below, below, same, above, far above", () => {
    const { bins, index, step } = divergingBins(
      values,
      5,
      "higher-worse",
      "pct1",
    );
    expect(step).toBe(2);
    // 2 < 5-2 → far below; 4.9 below; 5 and 5.04 (shown as "5,0 %") same; 6 above; 9 far above.
    expect(index).toEqual([0, 1, 2, 2, 3, 4, null]);
    expect(bins.map((b) => b.count)).toEqual([1, 1, 2, 1, 1]);
  });

  it("orange is the worse side: above for higher-worse, below for higher-better", () => {
    const worse = divergingBins(values, 5, "higher-worse", "pct1").bins;
    expect(worse[4]?.color).toBe(DIVERGING_COLORS.orangeDark);
    expect(worse[0]?.color).toBe(DIVERGING_COLORS.blueDark);
    expect(worse[4]?.worse).toBe(true);
    expect(worse[0]?.worse).toBe(false);
    const better = divergingBins(values, 5, "higher-better", "pct1").bins;
    expect(better[0]?.color).toBe(DIVERGING_COLORS.orangeDark);
    expect(better[4]?.color).toBe(DIVERGING_COLORS.blueDark);
    expect(better[0]?.worse).toBe(true);
  });

  it("neutral indicators are just above / below, with no better or worse", () => {
    const { bins } = divergingBins(values, 5, "neutral", "pct1");
    expect(bins.every((b) => b.worse === null)).toBe(true);
    expect(bins[4]?.color).toBe(DIVERGING_COLORS.orangeDark);
    expect(bins[0]?.color).toBe(DIVERGING_COLORS.blueDark);
  });
});

describe("buildMapSeries", () => {
  const codes = Object.keys(TILE_LAYOUT) as AreaCode[];
  const kommuner: Area[] = codes.map((code) => ({
    code,
    name: `K${code}`,
    shortName: `k${code}`,
    kind: "kommun",
  }));
  const indicator: Indicator = {
    id: "x",
    label: { sv: "X", en: "X" },
    theme: "unmet-needs",
    unit: "percent",
    format: "pct1",
    polarity: "higher-worse",
    definition: { sv: "", en: "" },
    denominator: null,
    datasetId: "d",
    sourceIds: ["s"],
    scope: "kommun",
    perCapita: null,
    breakdowns: {},
    koladaId: null,
  };
  const obs = (area: string, value: number | null): Observation =>
    testObservation({ area: area as AreaCode, period: "2022", value });
  const observations = [
    ...codes.slice(0, 25).map((c, i) => obs(c, i)),
    obs("01", 12),
  ];
  const ranking = (selected: AreaCode[] = []) =>
    buildRankingSeries({
      indicator,
      observations,
      kommuner,
      period: "2022",
      breakdown: "",
      perCapita: false,
      selected,
      sort: "value",
      population: null,
      missingReason: { sv: "Saknas i Kolada.", en: "Not in Kolada." },
    });

  it("gives every kommun a tile in its cell; the one without a value is hatched with its reason", () => {
    const series = buildMapSeries(
      ranking([codes[0] as AreaCode]),
      new Map(kommuner.map((k) => [k.code, k.shortName])),
      "sequential",
    );
    expect(series.tiles).toHaveLength(26);
    expect(series.scale).toBe("sequential");
    const last = series.tiles.find((t) => t.code === codes[25]);
    expect(last?.bin).toBeNull();
    expect(last?.value).toBeNull();
    expect(last?.source.reason?.sv).toBe("Saknas i Kolada.");
    const first = series.tiles.find((t) => t.code === codes[0]);
    expect(first?.highlighted).toBe(true);
    expect(first?.shortName).toBe(`k${codes[0] ?? ""}`);
    expect(first?.col).toBe(TILE_LAYOUT[codes[0] ?? ""]?.col);
    expect(series.bins.reduce((s, b) => s + b.count, 0)).toBe(25);
  });

  it("diverges around the county value when asked", () => {
    const series = buildMapSeries(ranking(), new Map(), "diverging");
    expect(series.scale).toBe("diverging");
    expect(series.county).toBe(12);
    const at = (v: number) => series.tiles.find((t) => t.value === v)?.bin;
    expect(at(12)).toBe(2);
    expect(at(0)).toBe(0);
    expect(at(24)).toBe(4);
  });

  it("falls back to sequential when the county has no comparable value", () => {
    const withoutCounty = { ...ranking(), county: null };
    const series = buildMapSeries(withoutCounty, new Map(), "diverging");
    expect(series.scale).toBe("sequential");
    expect(series.divergingUnavailable).toBe(true);
  });
});
