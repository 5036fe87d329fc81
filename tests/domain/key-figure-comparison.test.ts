/**
 * Översikt's comparisons on hand-made series: against Sweden in the same period only, against the
 * previous period with a value, direction judged on the values as shown, verdict by polarity, and
 * a missing reference giving no comparison (never a difference from zero).
 */
import { describe, expect, it } from "vitest";

import type { AreaCode } from "@/domain/areas";
import { keyFigureComparisons } from "@/domain/metrics/key-figure-comparison";
import type { Observation } from "@/domain/observations";

import { testObservation } from "../fixtures/domain";

const obs = (
  area: string,
  period: string,
  value: number | null,
  breakdown = "",
): Observation =>
  testObservation({ area: area as AreaCode, period, value, breakdown });

describe("keyFigureComparisons", () => {
  it("compares the latest county value with Sweden and the previous year", () => {
    const result = keyFigureComparisons(
      [
        obs("01", "2022", 60),
        obs("01", "2020", 40),
        obs("01", "2021", 50),
        obs("00", "2022", 50),
        obs("00", "2021", 10),
        obs("01", "2022", 99, "k"),
      ],
      "x",
      "higher-worse",
      "pct1",
    );
    expect(result?.series.map((o) => o.period)).toEqual([
      "2020",
      "2021",
      "2022",
    ]);
    const [sweden, previous] = result?.comparisons ?? [];
    expect(sweden).toMatchObject({
      kind: "sweden",
      difference: 10,
      direction: "up",
      verdict: "worse",
    });
    expect(sweden?.reference.period).toBe("2022");
    expect(previous).toMatchObject({
      kind: "previous",
      difference: 10,
      direction: "up",
      verdict: "worse",
    });
    expect(previous?.reference.period).toBe("2021");
  });

  it("leaves out Sweden when the data has no value for that period, and skips missing years", () => {
    const result = keyFigureComparisons(
      [
        obs("01", "2019", 50),
        obs("01", "2020", null),
        obs("01", "2021", 40),
        obs("00", "2020", 45),
        obs("00", "2021", null),
      ],
      "x",
      "higher-better",
      "num0",
    );
    expect(result?.comparisons).toHaveLength(1);
    expect(result?.comparisons[0]).toMatchObject({
      kind: "previous",
      difference: -10,
      direction: "down",
      verdict: "worse",
    });
    expect(result?.comparisons[0]?.reference.period).toBe("2019");
  });

  it("says 'same' when the values print the same, 'similar' within 5 %, none for neutral", () => {
    const result = keyFigureComparisons(
      [obs("01", "2021", 50.01), obs("01", "2022", 50.04)],
      "x",
      "higher-worse",
      "pct1",
    );
    expect(result?.comparisons[0]).toMatchObject({
      direction: "same",
      verdict: "similar",
    });
    const neutral = keyFigureComparisons(
      [obs("01", "2020", 369), obs("01", "2023", 352)],
      "x",
      "neutral",
      "mnkr1",
    );
    expect(neutral?.comparisons[0]).toMatchObject({
      difference: -17,
      direction: "down",
      verdict: "no-direction",
    });
  });

  it("gives no comparison for a single value, and nothing without a county value", () => {
    expect(
      keyFigureComparisons([obs("01", "2017", 5.6)], "x", "neutral", "pct1")
        ?.comparisons,
    ).toEqual([]);
    expect(
      keyFigureComparisons([obs("00", "2017", 5.6)], "x", "neutral", "pct1"),
    ).toBeNull();
  });
});
