import { describe, expect, it } from "vitest";

import type { AreaCode } from "@/domain/areas";
import { groupReference } from "@/domain/group-reference";
import type { Observation } from "@/domain/observations";

import { testGrouping, testObservation } from "../fixtures/domain";

const obs = (
  area: string,
  value: number | null,
  period = "2022",
  breakdown = "",
): Observation =>
  testObservation({ area: area as AreaCode, period, value, breakdown });

// B3 has four members (one of them, 0127, in Stockholms län); 0180 is in A1; 9999 in none.
const grouping = testGrouping(
  { A1: "Storstäder", B3: "Pendlingskommun nära storstad" },
  [
    ["0127", "B3"],
    ["0138", "B3"],
    ["0330", "B3"],
    ["1384", "B3"],
    ["0180", "A1"],
  ],
);

const ref = (
  observations: Observation[],
  kommun = "0127",
  period = "2022",
  breakdown = "",
) =>
  groupReference({
    observations,
    period,
    breakdown,
    grouping,
    kommun: kommun as AreaCode,
    format: "num1",
  });

describe("a kommun against its kommungrupp", () => {
  it("counts the kommun itself as a member; an even count takes the mean of the two middle values", () => {
    const r = ref([
      obs("0127", 12),
      obs("0138", 6),
      obs("0330", 10),
      obs("1384", 15),
      obs("0180", 99),
    ]);
    expect(r?.group.code).toBe("B3");
    expect(r?.members).toBe(4);
    expect(r?.distribution).toMatchObject({
      n: 4,
      total: 4,
      median: 11,
      min: 6,
      max: 15,
    });
    expect(r?.value).toBe(12);
    expect(r?.relation).toBe("above");
  });

  it("leaves out missing values (never zero) and other periods and breakdowns", () => {
    const r = ref([
      obs("0127", 5),
      obs("0138", null),
      obs("0330", 9),
      obs("1384", 1, "2021"),
      obs("1384", 0, "2022", "k"),
    ]);
    expect(r?.distribution).toMatchObject({
      n: 2,
      total: 4,
      median: 7,
      min: 5,
      max: 9,
    });
    expect(r?.relation).toBe("below");
  });

  it("is at the median on a tie, and when the values print the same", () => {
    const tie = ref([
      obs("0127", 10),
      obs("0138", 10),
      obs("0330", 4),
      obs("1384", 20),
    ]);
    expect(tie?.distribution?.median).toBe(10);
    expect(tie?.relation).toBe("atMedian");
    // 10.12 and a median of 10.06 both print as 10,1 (num1): "lika med", not "över".
    const shown = ref([obs("0127", 10.12), obs("0138", 10.06), obs("0330", 4)]);
    expect(shown?.distribution?.median).toBe(10.06);
    expect(shown?.relation).toBe("atMedian");
  });

  it("says so when the group has no values for the period, or the kommun has none", () => {
    const none = ref([obs("0127", 5, "2021"), obs("0138", null)]);
    expect(none?.distribution).toBeNull();
    expect(none?.members).toBe(4);
    expect(none?.value).toBeNull();
    expect(none?.relation).toBeNull();
    const ownMissing = ref([obs("0127", null), obs("0138", 3), obs("0330", 8)]);
    expect(ownMissing?.distribution).toMatchObject({ n: 2, median: 5.5 });
    expect(ownMissing?.value).toBeNull();
    expect(ownMissing?.relation).toBeNull();
  });

  it("is null for a kommun the grouping does not place", () => {
    expect(ref([obs("9999", 1)], "9999")).toBeNull();
  });
});
