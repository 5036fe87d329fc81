/**
 * Series with negative rows (changes, differences, imported data) and what is built from them:
 * the ranked series and its summary ("högst" is still the largest value, and no share of a total
 * that has negative parts), and the scatter's axis when every kommun has the same negative value.
 */
import { describe, expect, it } from "vitest";

import { buildRankingSeries } from "@/charts/series/ranking-series";
import { buildScatterSeries } from "@/charts/series/scatter-series";
import { rankingSummary } from "@/charts/summary/ranking-summary";
import type { AreaCode } from "@/domain/areas";
import type { Observation } from "@/domain/observations";
import { fixedT } from "@/i18n/i18n";

import {
  TEST_KOMMUNER,
  testIndicator,
  testObservation,
} from "../fixtures/domain";
import { plain } from "../render";

const obs = (
  code: string,
  value: number | null,
  indicator = "x",
): Observation =>
  testObservation({ area: code as AreaCode, period: "2018", value, indicator });

/** A count that can fall: the change in the number of places, a total over the kommuner. */
const changeInPlaces = testIndicator({
  unit: "count",
  format: "num0",
  polarity: "neutral",
});

const ranking = (observations: readonly Observation[]) =>
  buildRankingSeries({
    indicator: changeInPlaces,
    observations,
    kommuner: TEST_KOMMUNER,
    period: "2018",
    breakdown: "",
    perCapita: false,
    selected: [],
    sort: "value",
    population: null,
    missingReason: { sv: "Saknas", en: "Missing" },
  });

describe("a ranked series with negative rows", () => {
  const series = ranking([
    obs("0114", -40),
    obs("0127", 120),
    obs("0180", -5),
    obs("0187", null),
    obs("01", 75),
  ]);

  it("gives the spread from the lowest to the highest, and no share of a total with negative parts", () => {
    expect(plain(rankingSummary(series, fixedT("sv"), "sv"))).toBe(
      "Värdena sträcker sig från -40 (Upplands Väsby) till 120 (Botkyrka); länet har totalt 75. Uppgift saknas för Vaxholm.",
    );
  });

  it("all negative: the spread ends at the one closest to zero, and there is no share", () => {
    const negative = ranking([
      obs("0114", -40),
      obs("0127", -12),
      obs("0180", -5),
      obs("0187", -1),
      obs("01", -58),
    ]);
    expect(plain(rankingSummary(negative, fixedT("en"), "en"))).toBe(
      "The values range from -40 (Upplands Väsby) to -1 (Vaxholm); the county total is -58.",
    );
  });
});

describe("scatter axes with negative values", () => {
  it("gets the shared negative value from a scatter series", () => {
    const indicator = (id: string) =>
      testIndicator({ id, unit: "percent", format: "pct1" });
    const series = buildScatterSeries({
      need: {
        indicator: indicator("need"),
        observations: TEST_KOMMUNER.map((k, i) => obs(k.code, i - 2, "need")),
        period: "2018",
        population: null,
        missingReason: { sv: "s", en: "m" },
      },
      resource: {
        indicator: indicator("res"),
        observations: TEST_KOMMUNER.map((k) => obs(k.code, -2.5, "res")),
        period: "2018",
        population: null,
        missingReason: { sv: "s", en: "m" },
      },
      kommuner: TEST_KOMMUNER,
      selected: [],
    });
    expect(series.resource.uniform).toBe(-2.5);
    // Round ticks from the lowest value up to zero, on both axes.
    expect(series.resource.ticks).toEqual([-2.5, -2, -1.5, -1, -0.5, 0]);
    expect(series.need.ticks).toEqual([-2, -1, 0, 1]);
  });
});
