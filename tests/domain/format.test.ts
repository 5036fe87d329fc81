import { describe, expect, it } from "vitest";

import {
  formatAxisTick,
  formatDifference,
  formatDistance,
  formatValue,
  roundedAsShown,
} from "@/domain/format";
import {
  formatDate,
  formatIndicatorPeriod,
  formatObservationPeriod,
  isPeriodStated,
  periodStatement,
  formatPeriod,
  formatPopulationPeriod,
} from "@/domain/format-period";
import type { FormatTag } from "@/domain/indicators";

import { plain } from "../render";

describe(formatValue, () => {
  it.each<[number, FormatTag, "sv" | "en", string]>([
    [3174063, "sek0", "sv", "3 174 063 kr"],
    [3174063, "sek0", "en", "SEK 3,174,063"],
    [34.6396, "sek2", "sv", "34,64 kr"],
    [79789498, "sek-mnkr1", "sv", "79,8 mnkr"],
    [307.6, "mnkr1", "sv", "307,6 mnkr"],
    [352, "mnkr1", "sv", "352 mnkr"],
    [80_000_000, "sek-mnkr1", "sv", "80 mnkr"],
    [5.6, "pct1", "sv", "5,6 %"],
    [5.6, "pct1", "en", "5.6%"],
    [38.00606031, "pct1", "sv", "38,0 %"],
    [-1.5, "pct1", "sv", "-1,5 %"],
    [7, "num1", "sv", "7,0"],
    [2303417, "num0", "sv", "2 303 417"],
    [0, "sek0", "sv", "0 kr"],
  ])("%d as %s (%s) reads %s", (value, tag, locale, expected) => {
    expect(plain(formatValue(value, tag, locale))).toBe(expected);
  });

  it("uses a no-break space before the unit so it never wraps alone", () => {
    expect(formatValue(5.6, "pct1", "sv")).toBe("5,6\u00a0%");
  });

  it("uses the Unicode minus sign in Swedish", () => {
    expect(formatValue(-2, "num0", "sv")).toBe("\u22122");
  });
});

describe(formatDifference, () => {
  it.each<[number, FormatTag, string]>([
    [1.25, "pct1", "+1,3 procentenheter"],
    [-340, "sek0", "-340 kr"],
    [0, "sek0", "0 kr"],
  ])("%d as %s reads %s", (value, tag, expected) => {
    expect(plain(formatDifference(value, tag, "sv"))).toBe(expected);
  });
});

describe(formatDistance, () => {
  it.each<[number, FormatTag, string]>([
    [-0.763, "pct1", "0,8 procentenheter"],
    [0.171, "pct1", "0,2 procentenheter"],
    [-17, "mnkr1", "17 mnkr"],
    [9, "num0", "9"],
  ])("%d as %s reads %s, without a sign", (value, tag, expected) => {
    expect(plain(formatDistance(value, tag, "sv"))).toBe(expected);
  });
});

describe(roundedAsShown, () => {
  it.each<[number, FormatTag, number]>([
    [34.6412, "sek2", 34.64],
    [34.6451, "sek2", 34.65],
    [79789498, "sek-mnkr1", 79.8],
    [13.04, "pct1", 13],
    [-1.25, "num1", -1.3],
  ])("%s as %s prints as %s", (value, tag, shown) => {
    expect(roundedAsShown(value, tag)).toBe(shown);
  });
});

describe(formatPeriod, () => {
  it.each([
    ["2017", "2017"],
    ["2013-2016", "2013–2016"],
  ])("%s reads %s", (period, expected) => {
    expect(formatPeriod(period)).toBe(expected);
  });
});

describe(formatDate, () => {
  it("formats ISO dates the Swedish way without the abbreviation dot", () => {
    expect(formatDate("2026-11-23", "sv")).toBe("23 nov 2026");
    expect(formatDate("2026-11-23", "en")).toBe("23 Nov 2026");
  });
});

describe(formatAxisTick, () => {
  it("shortens large numbers", () => {
    expect(plain(formatAxisTick(30_000_000, "sv"))).toBe("30 mn");
    expect(plain(formatAxisTick(34.5, "sv"))).toBe("34,5");
  });

  it("writes the English suffix like the values, after a space (SEK 352 m, 5 m)", () => {
    expect(plain(formatAxisTick(5_000_000, "en"))).toBe("5 m");
    expect(plain(formatAxisTick(2_500, "en"))).toBe("2.5 k");
    expect(plain(formatValue(352_000_000, "sek-mnkr1", "en"))).toBe(
      "SEK 352 m",
    );
    expect(plain(formatAxisTick(34.5, "en"))).toBe("34.5");
  });
});

describe("periods as the source states them", () => {
  const label = {
    sv: "2017 (enligt Bilaga 5:s underlag)",
    en: "2017 (as in Annex 5's data)",
  };
  it("uses the catalogue's label for a period, else the period", () => {
    const indicator = { periodLabels: { "2017": label } };
    expect(formatIndicatorPeriod(indicator, "2017", "sv")).toBe(label.sv);
    expect(formatIndicatorPeriod(indicator, "2017", "en")).toBe(label.en);
    expect(formatIndicatorPeriod(indicator, "2016", "sv")).toBe("2016");
    expect(formatIndicatorPeriod(null, "2019-2022", "sv")).toBe("2019–2022");
  });
  it("says where the source gives no year, never a bare year (unstatedPeriods)", () => {
    const indicator = {
      unstatedPeriods: {
        "2017": { published: "2017" },
        "2016": { published: "2017", statedFor: ["01"] },
      },
    };
    expect(formatIndicatorPeriod(indicator, "2017", "sv")).toBe(
      "(år anges inte i källan, publicerad 2017)",
    );
    expect(formatIndicatorPeriod(indicator, "2017", "en")).toBe(
      "(year not stated in the source, published 2017)",
    );
    expect(formatIndicatorPeriod(indicator, "2016", "sv")).toBe(
      "2016 för länet (för kommunerna anges inget år i källan, publicerad 2017)",
    );
    expect(
      formatObservationPeriod(indicator, { period: "2016", area: "0191" }),
    ).toBe("(år anges inte i källan, publicerad 2017)");
    expect(
      formatObservationPeriod(indicator, { period: "2016", area: "01" }),
    ).toBe("2016");
    expect(isPeriodStated(indicator, { period: "2016", area: "0191" })).toBe(
      false,
    );
    expect(isPeriodStated(indicator, { period: "2015", area: "0191" })).toBe(
      true,
    );
    expect(
      periodStatement(indicator, { period: "2016", area: "0191" }),
    ).toEqual({ published: "2017" });
    expect(periodStatement(indicator, { period: "2016", area: "01" })).toEqual({
      stated: true,
    });
  });
  it("never adds a reference date the source does not give", () => {
    expect(formatPopulationPeriod({ populationPeriod: "2017" }, "sv")).toBe(
      "2017",
    );
    expect(
      formatPopulationPeriod(
        { populationPeriod: "2017", populationPeriodLabel: label },
        "en",
      ),
    ).toBe(label.en);
  });
});
