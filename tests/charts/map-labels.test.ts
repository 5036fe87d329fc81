/** Which labels the county map keeps when they would overlap: selected, then worse, missing last. */
import { describe, expect, it } from "vitest";

import { labelPriority } from "@/charts/map/label-priority";
import type { MapSeries, MapTile } from "@/charts/series/map-series";
import type { Polarity } from "@/domain/indicators";

function series(
  polarity: Polarity,
  values: (number | null)[],
  highlighted: number[] = [],
): MapSeries {
  const tiles = values.map(
    (value, i) =>
      ({
        code: String(i),
        value,
        highlighted: highlighted.includes(i),
      }) as unknown as MapTile,
  );
  return {
    ranking: { indicator: { polarity } },
    tiles,
  } as unknown as MapSeries;
}

const order = (s: MapSeries): string[] => {
  const priority = labelPriority(s);
  return [...s.tiles]
    .sort((a, b) => priority(b) - priority(a))
    .map((t) => t.code);
};

describe("label priority", () => {
  it("higher is worse: the highest values first, a missing value last", () => {
    expect(order(series("higher-worse", [5, null, 22, 9]))).toEqual([
      "2",
      "3",
      "0",
      "1",
    ]);
  });

  it("higher is better: the lowest values first", () => {
    expect(order(series("higher-better", [5, null, 22, 9]))).toEqual([
      "0",
      "3",
      "2",
      "1",
    ]);
  });

  it("neutral: furthest from the middle first", () => {
    expect(order(series("neutral", [10, 11, 30, 12, 0]))[0]).toBe("2");
  });

  it("a selected kommun comes first even with the best value or none, however large the values", () => {
    const s = series("higher-worse", [3e9, 1, null], [1]);
    expect(order(s)).toEqual(["1", "0", "2"]);
    expect(order(series("higher-worse", [3e9, 1, null], [2]))[0]).toBe("2");
  });
});
