/**
 * The population-weighted county value, on hand-computed numbers. Each case has an input that a
 * wrong rule would get wrong: a plain mean, missing counted as zero, a kommun without population
 * counted anyway, too few kommuner.
 */
import { describe, expect, it } from "vitest";

import type { AreaCode } from "@/domain/areas";
import { populationWeightedCounty } from "@/domain/metrics/weighted-county";

const A = "0114" as AreaCode;
const B = "0127" as AreaCode;
const C = "0180" as AreaCode;
const D = "0187" as AreaCode;

const run = (
  values: Partial<Record<string, number | null>>,
  population: Partial<Record<string, number>>,
  kommuner: readonly AreaCode[] = [A, B, C],
) =>
  populationWeightedCounty({
    kommuner,
    value: (code) => values[code] ?? null,
    population: new Map(
      Object.entries(population).flatMap(([code, n]) =>
        n === undefined ? [] : [[code as AreaCode, n]],
      ),
    ),
    populationPeriod: "2022",
  });

describe("populationWeightedCounty", () => {
  it("weights by inhabitants: (1000·100 + 2000·300 + 4000·100) / 500 = 2200, not the plain mean 2333", () => {
    const result = run(
      { [A]: 1000, [B]: 2000, [C]: 4000 },
      { [A]: 100, [B]: 300, [C]: 100 },
    );
    expect(result.value).toBe(2200);
    expect(result.how).toEqual({
      kind: "population-weighted",
      numerator: 1_100_000,
      denominator: 500,
      populationPeriod: "2022",
      included: { count: 3, total: 3 },
    });
  });

  it("leaves a kommun without a value out (1750 of 2 kommuner), never as zero (1400)", () => {
    const result = run(
      { [A]: 1000, [B]: 2000, [C]: null },
      { [A]: 100, [B]: 300, [C]: 100 },
    );
    expect(result.value).toBe(1750);
    expect(result.how?.included).toEqual({ count: 2, total: 3 });
    expect(result.how?.denominator).toBe(400);
  });

  it("leaves a kommun without population (or with 0) out: (1000·100 + 4000·100) / 200 = 2500", () => {
    expect(
      run({ [A]: 1000, [B]: 2000, [C]: 4000 }, { [A]: 100, [C]: 100 }).value,
    ).toBe(2500);
    const zero = run(
      { [A]: 1000, [B]: 2000, [C]: 4000 },
      { [A]: 100, [B]: 0, [C]: 100 },
    );
    expect(zero.value).toBe(2500);
    expect(zero.how?.included).toEqual({ count: 2, total: 3 });
  });

  it("needs at least half the kommuner: 2 of 4 give a value, 1 of 4 gives none", () => {
    const four = [A, B, C, D];
    const half = run(
      { [A]: 1000, [B]: 3000 },
      { [A]: 100, [B]: 100, [C]: 100, [D]: 100 },
      four,
    );
    expect(half.value).toBe(2000);
    expect(half.how?.included).toEqual({ count: 2, total: 4 });
    const one = run(
      { [A]: 1000 },
      { [A]: 100, [B]: 100, [C]: 100, [D]: 100 },
      four,
    );
    expect(one).toEqual({ value: null, how: null });
  });

  it("gives nothing for no kommuner at all", () => {
    expect(run({}, {}, [])).toEqual({ value: null, how: null });
  });
});
