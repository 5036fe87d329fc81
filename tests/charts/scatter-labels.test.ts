/**
 * Which dots of the scatter are named, in which order: selected, named by the title, extremes
 * (ties included, none on a uniform axis), all when few, the pointer last; dots on one spot share
 * a label.
 */
import { describe, expect, it } from "vitest";

import { scatterLabelChoices } from "@/charts/series/scatter-labels";
import { buildScatterSeries } from "@/charts/series/scatter-series";
import type { Area, AreaCode } from "@/domain/areas";
import type { Observation } from "@/domain/observations";

import { testArea, testIndicator } from "../fixtures/domain";

const KOMMUNER: Area[] = [
  testArea("0114", "A"),
  testArea("0115", "B"),
  testArea("0117", "C"),
  testArea("0120", "D"),
  testArea("0123", "E"),
  testArea("0125", "F"),
];
const o = (indicator: string, area: string, value: number): Observation => ({
  area: area as AreaCode,
  indicator,
  breakdown: "",
  period: "2022",
  value,
  status: "reported",
  low: null,
  high: null,
  note: "",
  sourceId: "s",
  locator: "",
});

/** [resources, need] per kommun A–F: B and C tie at the highest need, E and F share a spot. */
const VALUES: Record<string, [number, number]> = {
  "0114": [100, 5],
  "0115": [300, 22],
  "0117": [500, 22],
  "0120": [250, 10],
  "0123": [200, 12],
  "0125": [200, 12],
};

const series = (selected: string[] = [], resource = (v: number) => v) =>
  buildScatterSeries({
    need: {
      indicator: testIndicator({ id: "need" }),
      observations: Object.entries(VALUES).map(([c, [, y]]) => o("need", c, y)),
      period: "2022",
      population: null,
      missingReason: { sv: "s", en: "m" },
    },
    resource: {
      indicator: testIndicator({
        id: "res",
        unit: "kr-per-inhabitant",
        format: "sek0",
      }),
      observations: Object.entries(VALUES).map(([c, [x]]) =>
        o("res", c, resource(x)),
      ),
      period: "2022",
      population: null,
      missingReason: { sv: "s", en: "m" },
    },
    kommuner: KOMMUNER,
    selected: selected as AreaCode[],
  });

const choices = (
  s: ReturnType<typeof series>,
  over: Partial<Parameters<typeof scatterLabelChoices>[1]> = {},
) =>
  scatterLabelChoices(s, {
    named: [],
    pointer: null,
    labelAll: false,
    ...over,
  }).map((c) => [c.text, c.kind]);

describe("scatterLabelChoices", () => {
  it("names the extremes: both kommuner at the highest need, the lowest need, the most and least resources", () => {
    expect(choices(series())).toEqual([
      ["B", "extreme"],
      ["C", "extreme"],
      ["A", "extreme"],
    ]);
  });

  it("puts the selected first, then those the title names, then the extremes, the pointer last", () => {
    expect(
      choices(series(["0120"]), {
        named: ["0123" as AreaCode],
        pointer: "0114" as AreaCode,
      }),
    ).toEqual([
      ["D", "selected"],
      ["E, F", "named"],
      ["B", "extreme"],
      ["C", "extreme"],
      ["A", "extreme"],
    ]);
  });

  it("adds the dot under the pointer when it has no label yet; a shared spot lists the selected first", () => {
    expect(choices(series(["0125"]), { pointer: "0120" as AreaCode })).toEqual([
      ["F, E", "selected"],
      ["B", "extreme"],
      ["C", "extreme"],
      ["A", "extreme"],
      ["D", "pointer"],
    ]);
  });

  it("names no resources extremes when every kommun has the same resources", () => {
    expect(choices(series([], () => 34.64))).toEqual([
      ["B, C", "extreme"],
      ["A", "extreme"],
    ]);
  });

  it("names every dot when the source names only a few kommuner", () => {
    expect(choices(series(), { labelAll: true }).map(([text]) => text)).toEqual(
      ["B", "C", "A", "D", "E, F"],
    );
  });
});
