/** The Finansiering series, on the real published datasets (read from public/data). */
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";

import { beforeAll, describe, expect, it } from "vitest";

import {
  buildAgreementSeries,
  isInferred,
} from "@/charts/series/agreement-series";
import { buildExpectedSeries } from "@/charts/series/expected-series";
import { planReportPairs } from "@/charts/series/plan-report-rows";
import { buildPlanReportSeries } from "@/charts/series/plan-report-series";
import {
  loadAreas,
  loadIndicators,
  loadManifest,
  loadObservations,
  resolveVersion,
} from "@/data/load-dataset";
import type { ReadFile } from "@/data/read-file";
import { kommunerOf, type Area, type AreaCode } from "@/domain/areas";
import type { Indicator } from "@/domain/indicators";
import { populationByArea } from "@/domain/metrics/derived";
import type { Observation } from "@/domain/observations";

const read: ReadFile = async (file) =>
  new Uint8Array(
    await readFile(resolve(import.meta.dirname, "../../public/data", file)),
  );

let indicators: readonly Indicator[] = [];
let kommuner: Area[] = [];
const obs: Record<string, readonly Observation[]> = {};

beforeAll(async () => {
  const manifest = await loadManifest(read);
  indicators = (
    await loadIndicators(read, resolveVersion(manifest, "indikatorer", null))
  ).indicators;
  kommuner = kommunerOf(
    (await loadAreas(read, resolveVersion(manifest, "kommuner", null))).areas,
  );
  for (const id of [
    "overenskommelser",
    "stimulansmedel-2018",
    "befolkning",
    "botkyrka-2020",
  ]) {
    obs[id] = (
      await loadObservations(read, resolveVersion(manifest, id, null))
    ).observations;
  }
});

describe("buildAgreementSeries", () => {
  it("sums the rows per year and recipient and compares them with the stated totals", () => {
    const { years, joint } = buildAgreementSeries(
      obs.overenskommelser ?? [],
      indicators,
    );
    expect(years.map((y) => y.period)).toEqual(["2018", "2020", "2023"]);
    const [y2018, y2020, y2023] = years;
    expect(y2018?.rowSum).toBe(307_600_000);
    expect(y2018?.byRecipient).toEqual({
      region: 211_800_000,
      kommuner: 95_800_000,
      lansgemensamt: null,
    });
    expect(y2018?.stated).toBe(307.6);
    expect(y2018?.statedDifference).toBeCloseTo(0, 3);
    expect(y2020?.rowSum).toBe(368_977_236);
    expect(y2020?.byRecipient).toEqual({
      region: 190_012_003,
      kommuner: 69_031_115,
      lansgemensamt: 109_934_118,
    });
    expect(y2020?.stated).toBe(369);
    expect(y2020?.statedDifference).toBe(-22_764);
    expect(y2020?.inferred).toBe(false);
    expect(y2023?.rowSum).toBe(352_422_628);
    expect(y2023?.inferred).toBe(true);
    expect(y2023?.rows.every((r) => r.inferred)).toBe(true);
    expect(joint.map((o) => [o.period, o.value])).toEqual([
      ["2016", 4_528_000],
      ["2017", 4_543_000],
      ["2018", 6_400_000],
      ["2019", 6_400_000],
    ]);
  });

  it("treats only interpreted rows as inferred", () => {
    const base = {
      area: "01" as AreaCode,
      indicator: "fordelning-region",
      breakdown: "x",
      period: "2020",
      value: 1,
      status: "reported" as const,
      low: null,
      high: null,
      sourceId: "s",
    };
    expect(
      isInferred({ ...base, note: "", locator: "Tabell 1 · seed 000 rad 50" }),
    ).toBe(false);
    expect(
      isInferred({
        ...base,
        note: "",
        locator: "kolumn Region Stockholm (tolkad)",
      }),
    ).toBe(true);
    expect(
      isInferred({
        ...base,
        note: "beloppen är tolkade i kolumnordning",
        locator: "",
      }),
    ).toBe(true);
  });
});

describe("buildExpectedSeries", () => {
  it("puts each kommun against its population share of 79 789 498 kr", () => {
    const indicator = indicators.find((i) => i.id === "stimulansmedel");
    if (!indicator?.perCapita)
      throw new Error("stimulansmedel has no per-capita rule");
    const series = buildExpectedSeries({
      indicator,
      observations: obs["stimulansmedel-2018"] ?? [],
      kommuner,
      period: "2018",
      population: populationByArea(indicator.perCapita, obs.befolkning ?? []),
    });
    expect(series.total).toBe(79_789_498);
    expect(series.populationSum).toBe(2_303_417);
    expect(series.rows).toHaveLength(26);
    const botkyrka = series.rows.find((r) => r.code === "0127");
    expect(botkyrka?.actual).toBe(3_174_063);
    expect(botkyrka?.expected).toBeCloseTo(
      (79_789_498 * (botkyrka?.population ?? 0)) / 2_303_417,
      6,
    );
    expect(Math.abs(botkyrka?.deviation?.amount ?? 99)).toBeLessThan(1);
    expect(series.maxAbsPercent).toBeLessThan(0.001);
    expect(series.maxAbsAmount).toBeLessThan(1);
    expect(series.rows[0]?.name).toBe("Stockholm");
  });
});

describe("buildPlanReportSeries", () => {
  it("pairs Botkyrka's planned and reported activities by target group", () => {
    const observations = obs["botkyrka-2020"] ?? [];
    expect(planReportPairs(observations)).toEqual([
      { area: "0127", period: "2020" },
    ]);
    const series = buildPlanReportSeries(
      observations,
      indicators,
      "0127" as AreaCode,
      "2020",
    );
    expect(series.plannedTotal?.value).toBe(2_739_877);
    expect(series.reportedTotal).toBe(3_160_593);
    expect(series.reportedSubtotalCount).toBe(3);
    expect(series.difference).toBe(420_716);
    expect(series.groups.map((g) => g.group)).toEqual([
      "barn-och-unga",
      "vuxna-och-aldre",
      "ovrigt",
    ]);
    const activities = series.groups.flatMap((g) => g.activities);
    const byKey = new Map(activities.map((a) => [a.key, a]));
    expect(byKey.get("styrkebaserat-arbetssatt")?.difference).toBe(
      163_300 - 360_585,
    );
    expect(byKey.get("handledning-arbetsledare")?.difference).toBe(
      67_191 - 51_000,
    );
    expect(byKey.get("kvalitetsledare")?.only).toBe("planned");
    expect(byKey.get("anhorigstod")?.only).toBe("planned");
    expect(byKey.get("konsultstod")?.only).toBe("reported");
    expect(byKey.get("konsultstod")?.difference).toBeNull();
    expect(
      activities
        .filter((a) => a.only === "planned")
        .map((a) => a.key)
        .sort(),
    ).toEqual([
      "anhorigstod",
      "chefsresurs",
      "extra-boendestodjare",
      "kvalitetsledare",
    ]);
    const planned = activities.reduce((s, a) => s + (a.planned?.value ?? 0), 0);
    expect(planned).toBe(2_739_877);
    expect(series.groups[0]?.reportedSubtotal?.value).toBe(1_041_125);
  });
});
