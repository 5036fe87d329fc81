/** Two sources of one measure: the pairing is read from either side, and disagreements found. */
import { describe, expect, it } from "vitest";

import type { AreaCode } from "@/domain/areas";
import { compareSources, pairingsOf } from "@/domain/counterparts";

import { testIndicator, testObservation } from "../fixtures/domain";

const seed = testIndicator({
  id: "ej-behoriga-gymnasiet",
  unit: "percent",
  format: "pct1",
  counterpart: { indicator: "kolada-n15428", relation: "complement" },
});
const kolada = testIndicator({
  id: "kolada-n15428",
  unit: "percent",
  format: "pct1",
});
const obs = (indicator: string, area: string, value: number) =>
  testObservation({
    indicator,
    area: area as AreaCode,
    period: "2017",
    value,
  });

describe("counterparts", () => {
  it("pairs the two indicators from either side", () => {
    expect(pairingsOf(seed, [seed, kolada])[0]?.other.id).toBe("kolada-n15428");
    expect(pairingsOf(kolada, [seed, kolada])[0]?.other.id).toBe(
      "ej-behoriga-gymnasiet",
    );
    expect(pairingsOf(testIndicator({ id: "x" }), [seed, kolada])).toEqual([]);
  });

  it("finds Sigtuna's 19,3 % against 100 − 85,6 = 14,4 %, and the county agreeing", () => {
    const [pairing] = pairingsOf(seed, [seed, kolada]);
    if (!pairing) throw new Error("no pairing");
    const { differ, agree } = compareSources(
      pairing,
      [obs(seed.id, "0191", 19.3), obs(seed.id, "01", 12.6)],
      [obs(kolada.id, "0191", 85.56910569), obs(kolada.id, "01", 87.4)],
    );
    expect(differ).toHaveLength(1);
    expect(differ[0]?.area).toBe("0191");
    expect(differ[0]?.otherAsOwn).toBeCloseTo(14.43, 2);
    expect(agree.map((c) => c.area)).toEqual(["01"]);
  });
});
