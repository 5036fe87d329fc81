import { describe, expect, it } from "vitest";

import type { AreaGrouping } from "@/domain/area-groups";
import type { AreaCode } from "@/domain/areas";
import {
  distribution,
  groupDistribution,
  kommunValues,
  median,
  standing,
} from "@/domain/national-reference";
import type { Observation } from "@/domain/observations";

import { testObservation } from "../fixtures/domain";

const obs = (
  area: string,
  value: number | null,
  period = "2022",
  breakdown = "",
): Observation =>
  testObservation({ area: area as AreaCode, value, period, breakdown });

const code = (c: string) => c as AreaCode;

describe("national reference figures", () => {
  it("takes the middle value, or the mean of the two middle ones", () => {
    expect(median([1, 2, 3])).toBe(2);
    expect(median([1, 2, 3, 10])).toBe(2.5);
  });

  it("keeps only kommuner with a value for the period and breakdown: missing is never zero", () => {
    const values = kommunValues(
      [
        obs("0127", 5),
        obs("0180", null),
        obs("01", 4), // the county is not a kommun
        obs("00", 4),
        obs("1280", 7, "2021"),
        obs("1480", 9, "2022", "k"),
        obs("0380", 3),
      ],
      "2022",
      "",
    );
    expect(values).toEqual([
      { code: "0127", value: 5 },
      { code: "0380", value: 3 },
    ]);
    const d = distribution(values, 290);
    expect(d).toMatchObject({ n: 2, total: 290, median: 4, min: 3, max: 5 });
    expect(distribution([], 290)).toBeNull();
  });

  it("computes a kommungrupp's median and range over its members only", () => {
    const grouping: AreaGrouping = {
      classification: "t",
      groups: [],
      groupOf: new Map([
        [code("0127"), "A2"],
        [code("0114"), "A2"],
        [code("0180"), "A1"],
        [code("0117"), "A2"],
      ]),
    };
    const values = [
      { code: code("0127"), value: 10 },
      { code: code("0114"), value: 20 },
      { code: code("0180"), value: 100 },
    ];
    const d = groupDistribution(values, grouping, "A2");
    // 0117 has no value: 2 of 3 members, never counted as 0.
    expect(d).toMatchObject({ n: 2, total: 3, median: 15, min: 10, max: 20 });
  });

  it("says how many kommuner are lower and higher, ties neither", () => {
    const d = distribution(
      [
        { code: code("0127"), value: 2 },
        { code: code("0114"), value: 2 },
        { code: code("0180"), value: 1 },
        { code: code("1280"), value: 3 },
      ],
      4,
    );
    if (!d) throw new Error("no distribution");
    expect(standing(d, code("0127"))).toEqual({
      value: 2,
      lower: 1,
      higher: 1,
    });
    expect(standing(d, code("0117"))).toBeNull();
  });
});
