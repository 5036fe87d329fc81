import { describe, expect, it } from "vitest";

import {
  countLines,
  lineStats,
  longFiles,
  percentile,
} from "../../scripts/lib/line-stats";

describe("countLines", () => {
  it.each([
    ["", 0],
    ["a\n", 1],
    ["a\nb\n", 2],
    ["a\nb", 2],
    ["\n\n", 2],
  ])("%j has %i lines", (text, lines) => {
    expect(countLines(text)).toBe(lines);
  });
});

describe("percentile", () => {
  it("interpolates between the two nearest ranks", () => {
    expect(percentile([10, 20, 30, 40], 50)).toBe(25);
    expect(percentile([10, 20, 30], 50)).toBe(20);
    expect(percentile([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 90)).toBe(
      90,
    );
    expect(percentile([1, 2], 90)).toBeCloseTo(1.9);
  });

  it("gives the ends at 0 and 100, and 0 for no values", () => {
    expect(percentile([3, 7, 9], 0)).toBe(3);
    expect(percentile([3, 7, 9], 100)).toBe(9);
    expect(percentile([], 50)).toBe(0);
  });
});

describe("lineStats and longFiles", () => {
  const files = [
    { path: "b.ts", lines: 250 },
    { path: "a.ts", lines: 40 },
    { path: "c.ts", lines: 410 },
    { path: "d.ts", lines: 250 },
  ];

  it("sums up count, median, p90 and max whatever the order", () => {
    expect(lineStats(files)).toEqual({
      count: 4,
      median: 250,
      p90: 362,
      max: 410,
    });
  });

  it("lists the files over the limit, longest first, ties by path", () => {
    expect(longFiles(files, 200).map((f) => f.path)).toEqual([
      "c.ts",
      "b.ts",
      "d.ts",
    ]);
  });
});
