import { describe, expect, it } from "vitest";

import { formatPeriod } from "@/domain/format-period";
import { comparePeriods, periodBounds, periodKind } from "@/domain/periods";

describe(periodKind, () => {
  it.each([
    ["2019", "year"],
    ["2014M08", "month"],
    ["2014K1", "quarter"],
    ["2013-2016", "range"],
    ["2014Q1", null],
    ["2014M13", null],
    ["2014K5", null],
    ["2019 ", null],
  ])("%j → %j", (period, kind) => {
    expect(periodKind(period)).toBe(kind);
  });
});

describe(comparePeriods, () => {
  it("orders months inside their year and ranges by their end (longer first when the end is the same)", () => {
    const periods = [
      "2015",
      "2014M10",
      "2014",
      "2014M02",
      "2014K1",
      "2013-2016",
      "2016",
      "2014M12",
      "2014K4",
    ];
    expect([...periods].sort(comparePeriods)).toEqual([
      "2014M02",
      "2014K1",
      "2014M10",
      "2014",
      "2014K4",
      "2014M12",
      "2015",
      "2013-2016",
      "2016",
    ]);
  });

  it("never orders months as text would (2014M10 after 2014M09)", () => {
    expect(comparePeriods("2014M09", "2014M10")).toBeLessThan(0);
    expect(comparePeriods("2014M10", "2015M01")).toBeLessThan(0);
  });

  it("keeps the year order of the old comparison", () => {
    expect(comparePeriods("2016", "2017")).toBeLessThan(0);
    expect(comparePeriods("2013-2016", "2016")).toBeLessThan(0);
  });
});

describe(periodBounds, () => {
  it("gives a quarter three months", () => {
    const q = periodBounds("2014K2");
    expect(q && q.end - q.start).toBe(2);
  });
});

describe(formatPeriod, () => {
  it.each([
    ["2014M08", "sv", "aug 2014"],
    ["2014M08", "en", "Aug 2014"],
    ["2014K1", "sv", "kv. 1 2014"],
    ["2014K1", "en", "Q1 2014"],
    ["2013-2016", "sv", "2013\u20132016"],
    ["2019", "sv", "2019"],
  ] as const)("%j in %s → %j", (period, locale, text) => {
    expect(formatPeriod(period, locale)).toBe(text);
  });
});
