import { describe, expect, it } from "vitest";

import { naturalBreaks } from "@/domain/natural-breaks";

/** The groups as lists of distinct values, lowest group first. */
function groups(values: number[], k: number): number[][] {
  const byGroup = new Map<number, number[]>();
  for (const [value, g] of naturalBreaks(values, k))
    byGroup.set(g, [...(byGroup.get(g) ?? []), value]);
  return [...byGroup.keys()]
    .sort((a, b) => a - b)
    .map((g) => (byGroup.get(g) ?? []).sort((a, b) => a - b));
}

describe("natural breaks", () => {
  it("splits where the gaps are, not by counting", () => {
    expect(groups([1, 2, 3, 10, 11, 12, 30], 3)).toEqual([
      [1, 2, 3],
      [10, 11, 12],
      [30],
    ]);
  });

  it("weighs repeated values: many equal values pull the break towards the rest", () => {
    // One 0 and many 10s against a 4: the 4 goes with the 0 (closer than the heavy 10 group).
    expect(groups([0, 4, 10, 10, 10, 10], 2)).toEqual([[0, 4], [10]]);
    // With the 4 close to the 10s it goes with them instead.
    expect(groups([0, 8, 10, 10, 10, 10], 2)).toEqual([[0], [8, 10]]);
  });

  it("never splits equal values and caps the groups at the distinct values", () => {
    expect(groups([5, 5, 5, 5], 5)).toEqual([[5]]);
    expect(groups([1, 1, 2, 2], 5)).toEqual([[1], [2]]);
  });

  it("finds the exact optimum (checked against every split of a small set)", () => {
    const values = [1, 2, 4, 7, 8, 13, 14, 20];
    const ssd = (xs: number[]): number => {
      const m = xs.reduce((a, b) => a + b, 0) / xs.length;
      return xs.reduce((a, x) => a + (x - m) ** 2, 0);
    };
    let best = Infinity;
    for (let i = 1; i < values.length - 1; i++)
      for (let j = i + 1; j < values.length; j++)
        best = Math.min(
          best,
          ssd(values.slice(0, i)) +
            ssd(values.slice(i, j)) +
            ssd(values.slice(j)),
        );
    const found = groups(values, 3).reduce((a, g) => a + ssd(g), 0);
    expect(found).toBeCloseTo(best, 9);
  });

  it("no values, no groups", () => {
    expect(naturalBreaks([], 5).size).toBe(0);
  });
});
