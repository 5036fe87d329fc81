import { describe, expect, it } from "vitest";

import { buildRankingSeries } from "@/charts/series/ranking-series";
import type { AreaCode } from "@/domain/areas";
import type { Observation } from "@/domain/observations";
import { fixedT } from "@/i18n/i18n";
import { compareText } from "@/views/compare/compare-text";

import { TEST_KOMMUNER, testIndicator } from "../fixtures/domain";

const o = (area: string, value: number): Observation => ({
  area: area as AreaCode,
  indicator: "x",
  breakdown: "",
  period: "2018",
  value,
  status: "reported",
  low: null,
  high: null,
  note: "",
  sourceId: "s",
  locator: "",
});

const title = (values: readonly number[], selected = "0127"): string => {
  const codes = TEST_KOMMUNER.map((k) => k.code);
  const series = buildRankingSeries({
    indicator: testIndicator({
      unit: "kr",
      format: "sek0",
      polarity: "neutral",
    }),
    observations: codes.map((c, i) => o(c, values[i] ?? 0)),
    kommuner: TEST_KOMMUNER,
    period: "2018",
    breakdown: "",
    perCapita: false,
    selected: [selected as AreaCode],
    sort: "value",
    population: null,
    missingReason: { sv: "Saknas", en: "Missing" },
  });
  return compareText(series, fixedT("sv"), "sv").title;
};

describe("compare title's rank words", () => {
  it("names a plain rank, a shared one, and a value every kommun has", () => {
    const n = TEST_KOMMUNER.length;
    const codes = TEST_KOMMUNER.map((k) => k.code);
    const at = codes.indexOf("0127" as AreaCode);
    const distinct = codes.map((_, i) => (i === at ? 1000 : i));
    expect(title(distinct)).toMatch(new RegExp(`, plats 1 av ${n}$`));
    const shared = codes.map((_, i) =>
      i === at || i === (at + 1) % n ? 1000 : i,
    );
    expect(title(shared)).toMatch(new RegExp(`, delad plats 1 av ${n}$`));
    expect(title(codes.map(() => 7))).toMatch(
      new RegExp(`, samma som alla ${n} kommuner$`),
    );
  });
});
