import { describe, expect, it } from "vitest";

import type { Theme } from "@/domain/indicators";
import { compareWithCounty, type Verdict } from "@/domain/profile-comparison";
import {
  largestDifferences,
  profileVerdict,
  tallyVerdicts,
  type ComparedValue,
} from "@/domain/profile-verdict";

interface Row extends ComparedValue {
  readonly id: string;
}

function row(
  id: string,
  theme: Theme,
  value: number,
  county: number | null,
  verdict: Verdict,
): Row {
  return { id, indicator: { theme }, value, county, verdict };
}

/** A row judged the way the profile judges it: polarity decides better or worse. */
function judged(
  id: string,
  theme: Theme,
  value: number,
  county: number,
  polarity: "higher-better" | "higher-worse",
): Row {
  return row(
    id,
    theme,
    value,
    county,
    compareWithCounty(value, county, polarity),
  );
}

describe("tallyVerdicts", () => {
  it("counts better, worse and similar; no direction and no county are not judged", () => {
    expect(
      tallyVerdicts([
        row("a", "diagnoses", 1, 2, "better"),
        row("b", "diagnoses", 1, 2, "worse"),
        row("c", "diagnoses", 1, 2, "worse"),
        row("d", "diagnoses", 1, 1, "similar"),
        row("e", "diagnoses", 1, null, "no-county"),
        row("f", "diagnoses", 1, 2, "no-direction"),
      ]),
    ).toEqual({ better: 1, worse: 2, similar: 1, judged: 4 });
  });

  it("follows polarity: a higher value is better where higher is better", () => {
    const rows = [
      // Higher than the county and higher is better: better, not worse.
      judged("wellbeing", "diagnoses", 90, 80, "higher-better"),
      // Higher than the county and higher is worse: worse.
      judged("distress", "diagnoses", 12, 9.5, "higher-worse"),
      // Lower than the county and higher is worse: better.
      judged("long-sick", "sick-leave", 42, 50, "higher-worse"),
    ];
    expect(tallyVerdicts(rows)).toEqual({
      better: 2,
      worse: 1,
      similar: 0,
      judged: 3,
    });
  });
});

describe("largestDifferences", () => {
  it("ranks by the distance relative to the county, not the absolute difference", () => {
    const rows = [
      row("abs", "unmet-needs", 60, 50, "worse"), // +10, +20 %
      row("rel", "unmet-needs", 2.8, 1.8, "worse"), // +1, +56 %
      row("low", "unmet-needs", 40, 50, "better"), // −10, −20 %
    ];
    const largest = largestDifferences(rows, 2);
    expect(largest.map((d) => d.row.id)).toEqual(["rel", "abs"]);
    expect(largest[0]?.relative).toBeCloseTo(1 / 1.8);
    expect(largest[1]?.verdict).toBe("worse");
  });

  it("leaves out similar, undirected, county-less and zero-county rows; ties keep the order", () => {
    const rows = [
      row("similar", "diagnoses", 104, 100, "similar"),
      row("neutral", "diagnoses", 500, 100, "no-direction"),
      row("none", "diagnoses", 500, null, "no-county"),
      row("zero", "diagnoses", 5, 0, "worse"),
      row("first", "diagnoses", 80, 100, "better"),
      row("second", "diagnoses", 120, 100, "worse"),
    ];
    expect(largestDifferences(rows, 3).map((d) => d.row.id)).toEqual([
      "first",
      "second",
    ]);
  });
});

describe("profileVerdict", () => {
  it("splits health (diagnoses, sick leave) from need (unmet needs); other themes count in neither", () => {
    const verdict = profileVerdict([
      row("d1", "diagnoses", 12, 9.5, "worse"),
      row("d2", "diagnoses", 42, 50, "better"),
      row("s1", "sick-leave", 20.6, 16.9, "worse"),
      row("n1", "unmet-needs", 22, 13, "worse"),
      row("n2", "unmet-needs", 2.8, 1.8, "worse"),
      row("f1", "funding", 900, 100, "worse"),
      row("p1", "population", 1, 1, "similar"),
    ]);
    expect(verdict.health).toEqual({
      better: 1,
      worse: 2,
      similar: 0,
      judged: 3,
    });
    expect(verdict.need).toEqual({
      better: 0,
      worse: 2,
      similar: 0,
      judged: 2,
    });
    // The funding row is 800 % off the county but is neither health nor need.
    expect(verdict.largest.map((d) => d.row.id)).toEqual(["n1", "n2", "d1"]);
  });

  it("says nothing is judged when there are no comparable rows", () => {
    const verdict = profileVerdict([
      row("x", "diagnoses", 1, null, "no-county"),
    ]);
    expect(verdict.health.judged).toBe(0);
    expect(verdict.need.judged).toBe(0);
    expect(verdict.largest).toEqual([]);
  });
});
