/**
 * The grey context lines of Trender stay out of the keyboard route (26 more lines would drown
 * it) and are drawn with gaps where a year has no value, never through zero; their colour is
 * calmer than every reference line.
 */
import "@/i18n/views/trends";
import { describe, expect, it } from "vitest";

import { buildTrendSeries } from "@/charts/series/trend-series";
import { COLORS } from "@/charts/theme";
import { contextPath } from "@/charts/trend-context-lines";
import { trendKeyboard } from "@/charts/trend-keyboard";
import type { AreaCode } from "@/domain/areas";
import type { Observation } from "@/domain/observations";
import { fixedT } from "@/i18n/i18n";

import { testArea, testIndicator } from "../fixtures/domain";

const o = (area: string, period: string, value: number): Observation => ({
  area: area as AreaCode,
  indicator: "x",
  breakdown: "",
  period,
  value,
  status: "reported",
  low: null,
  high: null,
  note: "",
  sourceId: "s",
  locator: "",
});

const series = buildTrendSeries({
  indicator: testIndicator({ id: "x" }),
  observations: [
    o("00", "2020", 10),
    o("01", "2020", 20),
    o("01", "2022", 22),
    o("0127", "2020", 30),
    o("0127", "2022", 32),
    o("0180", "2020", 5),
    o("0180", "2022", 7),
  ],
  areas: [
    testArea("00", "Riket", "country"),
    testArea("01", "Länet", "county"),
    testArea("0127", "Botkyrka"),
    testArea("0180", "Stockholm"),
  ],
  selected: ["0127" as AreaCode],
  group: "",
});

describe("the keyboard route of Trender", () => {
  const keyboard = trendKeyboard(series, {}, fixedT("sv"), "sv");

  it("stops at the selected kommun, the county and Sweden, not at the context line", () => {
    expect(keyboard.keys).toEqual([
      "0127|all@2020",
      "0127|all@2022",
      "01|all@2020",
      "01|all@2022",
      "00|all@2020",
    ]);
    expect(keyboard.initial).toBe("0127|all@2022");
  });

  it("goes no further down than Sweden", () => {
    expect(keyboard.move("01|all@2022", "down")).toBe("00|all@2020");
    expect(keyboard.move("00|all@2020", "down")).toBeNull();
  });
});

describe(contextPath, () => {
  const stockholm = series.lines.find((l) => l.area === "0180");
  const x = (p: string): number => (Number(p) - 2020) * 100;
  const y = (v: number): number => 100 - v;

  it("is a context line, and its 2021 (no value) is a gap: two pieces, no point at zero", () => {
    expect(stockholm?.role).toBe("context");
    expect(stockholm && contextPath(stockholm, x, y)).toBe(
      "M0.0,95.0M200.0,93.0",
    );
  });

  it("joins consecutive years", () => {
    const line = series.lines.find((l) => l.area === "0127");
    const joined = line && {
      ...line,
      points: line.points.map((p) => ({ ...p, value: p.value ?? 31 })),
    };
    expect(joined && contextPath(joined, x, y)).toBe(
      "M0.0,70.0L100.0,69.0L200.0,68.0",
    );
  });
});

describe("the context colour", () => {
  const luminance = (hex: string): number => {
    const c = [1, 3, 5].map((i) => {
      const v = parseInt(hex.slice(i, i + 2), 16) / 255;
      return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (c[0] ?? 0) + 0.7152 * (c[1] ?? 0) + 0.0722 * (c[2] ?? 0);
  };

  it("is lighter than Sweden's and the county's lines, but still visible on white", () => {
    expect(luminance(COLORS.context)).toBeGreaterThan(luminance(COLORS.sweden));
    expect(luminance(COLORS.context)).toBeGreaterThan(luminance(COLORS.county));
    expect(luminance(COLORS.context)).toBeLessThan(luminance(COLORS.grid));
  });
});
