/**
 * Every id in domain/indicator-roles against the bundled catalogue (the latest published
 * `indikatorer` in public/data/manifest.json) and the latest version of its dataset: the indicator
 * exists, in the dataset the role names, with the scope, theme and data its role needs. Plus the
 * role filters on made-up catalogues.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

import { beforeAll, describe, expect, it } from "vitest";

import {
  loadIndicators,
  loadManifest,
  loadObservations,
  resolveVersion,
} from "@/data/load-dataset";
import type { ReadFile } from "@/data/read-file";
import type { Manifest } from "@/data/schemas/manifest";
import { COUNTY_CODE } from "@/domain/areas";
import {
  AGREEMENT_ROLES,
  comparableIndicators,
  COUNTY_WEIGHTS,
  DEFAULT_INDICATORS,
  KEY_FIGURES,
  NEED_THEMES,
  needIndicators,
  PLAN_REPORT_ROLES,
  PROFILE_FACTS,
  RESOURCE_IDS,
  resourceIndicators,
  STIMULUS_FUNDS,
  STIMULUS_POPULATION,
  THEME_CARD_INDICATORS,
} from "@/domain/indicator-roles";
import type { Indicator } from "@/domain/indicators";
import type { Observation } from "@/domain/observations";

import { testIndicator } from "../fixtures/domain";
import { PUBLIC_DATA } from "../setup";

const read: ReadFile = (file) =>
  Promise.resolve(new Uint8Array(readFileSync(resolve(PUBLIC_DATA, file))));

let manifest: Manifest;
let catalogue: readonly Indicator[];
const observations = new Map<string, readonly Observation[]>();

beforeAll(async () => {
  manifest = await loadManifest(read);
  catalogue = (
    await loadIndicators(read, resolveVersion(manifest, "indikatorer"))
  ).indicators;
});

/** The catalogue's indicator `id` (fails the test when there is none). */
function indicator(id: string): Indicator {
  const found = catalogue.find((i) => i.id === id);
  if (!found) throw new Error(`${id} is not in the bundled catalogue`);
  return found;
}

/** The latest published observations of `datasetId`. */
async function observationsOf(
  datasetId: string,
): Promise<readonly Observation[]> {
  let loaded = observations.get(datasetId);
  if (!loaded) {
    const meta = resolveVersion(manifest, datasetId);
    loaded = (await loadObservations(read, meta)).observations;
    observations.set(datasetId, loaded);
  }
  return loaded;
}

const ids = (list: readonly Indicator[]): string[] => list.map((i) => i.id);

describe("the default indicator of each view", () => {
  it("is one Jämför kommuner and Karta offer (kommun values)", () => {
    const offered = ids(comparableIndicators(catalogue));
    expect(offered).toContain(DEFAULT_INDICATORS.compare);
    expect(offered).toContain(DEFAULT_INDICATORS.map);
  });

  it("is a need and a resource for Behov och resurser", () => {
    expect(ids(needIndicators(catalogue))).toContain(DEFAULT_INDICATORS.need);
    expect(ids(resourceIndicators(catalogue))).toContain(
      DEFAULT_INDICATORS.resource,
    );
  });

  it("has at least two periods for Trender", async () => {
    const trend = indicator(DEFAULT_INDICATORS.trends);
    const periods = new Set(
      (await observationsOf(trend.datasetId))
        .filter((o) => o.indicator === trend.id)
        .map((o) => o.period),
    );
    expect(periods.size).toBeGreaterThanOrEqual(2);
  });
});

describe("the resources of Behov och resurser", () => {
  it("are all in the catalogue, with kommun values per inhabitant", () => {
    expect(ids(resourceIndicators(catalogue))).toEqual([...RESOURCE_IDS]);
    for (const id of RESOURCE_IDS) {
      const i = indicator(id);
      expect(i.scope, id).toBe("kommun");
      expect(
        i.unit === "kr-per-inhabitant" || i.perCapita !== null,
        `${id} is kr per inhabitant or has a per-inhabitant rule`,
      ).toBe(true);
    }
  });

  it("have the inhabitants of every kommun with a value, to weight a county value with, in each year the county has none", async () => {
    expect(indicator(COUNTY_WEIGHTS.indicator).datasetId).toBe(
      COUNTY_WEIGHTS.dataset,
    );
    const weights = (await observationsOf(COUNTY_WEIGHTS.dataset)).filter(
      (o) =>
        o.indicator === COUNTY_WEIGHTS.indicator &&
        o.breakdown === "" &&
        o.value !== null &&
        o.area.length === 4,
    );
    for (const id of RESOURCE_IDS) {
      const i = indicator(id);
      if (i.perCapita !== null) continue;
      const own = (await observationsOf(i.datasetId)).filter(
        (o) => o.indicator === id && o.value !== null,
      );
      const countyYears = new Set(
        own.filter((o) => o.area === COUNTY_CODE).map((o) => o.period),
      );
      const needed = own.filter(
        (o) => o.area.length === 4 && !countyYears.has(o.period),
      );
      expect(needed.length, id).toBeGreaterThan(0);
      const weighted = new Set(weights.map((o) => `${o.area}|${o.period}`));
      const without = needed.filter(
        (o) => !weighted.has(`${o.area}|${o.period}`),
      );
      expect(
        without.map((o) => `${o.area} ${o.period}`),
        id,
      ).toEqual([]);
    }
  });

  it("are not offered as needs", () => {
    const needs = ids(needIndicators(catalogue));
    for (const id of RESOURCE_IDS) expect(needs, id).not.toContain(id);
  });
});

describe("Översikt", () => {
  it("leads each theme card to an indicator of that theme with kommun values", () => {
    for (const [theme, id] of Object.entries(THEME_CARD_INDICATORS)) {
      expect(indicator(id).theme, id).toBe(theme);
      expect(indicator(id).scope, id).toBe("kommun");
    }
  });

  it("reads each key figure from the indicator's own dataset, which has a county value", async () => {
    for (const [name, figure] of Object.entries(KEY_FIGURES)) {
      expect(indicator(figure.indicator).datasetId, name).toBe(figure.dataset);
      const county = (await observationsOf(figure.dataset)).filter(
        (o) =>
          o.indicator === figure.indicator &&
          o.area === COUNTY_CODE &&
          o.value !== null,
      );
      expect(county.length, name).toBeGreaterThan(0);
    }
  });

  it("divides the stimulus funds by the population of their per-inhabitant rule", () => {
    const rule = indicator(KEY_FIGURES.stimulus.indicator).perCapita;
    expect(rule).not.toBeNull();
    expect({
      dataset: rule?.populationDataset,
      indicator: rule?.populationIndicator,
      period: rule?.populationPeriod,
    }).toEqual(STIMULUS_POPULATION);
    expect(indicator(STIMULUS_POPULATION.indicator).datasetId).toBe(
      STIMULUS_POPULATION.dataset,
    );
  });
});

describe("Finansiering and Kommunprofil", () => {
  it("read the stimulus funds from their dataset, with kommun values in the year shown", async () => {
    const funds = indicator(STIMULUS_FUNDS.indicator);
    expect(funds.datasetId).toBe(STIMULUS_FUNDS.dataset);
    expect(funds.perCapita).not.toBeNull();
    const kommunValues = (await observationsOf(funds.datasetId)).filter(
      (o) =>
        o.indicator === funds.id &&
        o.period === STIMULUS_FUNDS.period &&
        o.area.length === 4 &&
        o.value !== null,
    );
    expect(kommunValues.length).toBeGreaterThan(0);
  });

  it("show population and the stimulus funds at the top of the profile", () => {
    expect(indicator(PROFILE_FACTS.population).theme).toBe("population");
    expect(indicator(PROFILE_FACTS.koladaPopulation).theme).toBe("population");
    expect(indicator(PROFILE_FACTS.funds).theme).toBe("funding");
    for (const id of Object.values(PROFILE_FACTS))
      expect(indicator(id).scope, id).toBe("kommun");
  });
});

describe("Finansiering's agreements and plan", () => {
  it("read every agreement indicator from the agreements dataset, with county values", async () => {
    const ids = [
      ...Object.values(AGREEMENT_ROLES.recipients),
      AGREEMENT_ROLES.statedTotal,
      AGREEMENT_ROLES.jointEffort,
    ];
    const rows = await observationsOf(AGREEMENT_ROLES.dataset);
    for (const id of ids) {
      expect(indicator(id).datasetId, id).toBe(AGREEMENT_ROLES.dataset);
      expect(
        rows.some(
          (o) =>
            o.indicator === id && o.area === COUNTY_CODE && o.value !== null,
        ),
        id,
      ).toBe(true);
    }
  });

  it("read the plan and the report from one dataset that has both for one kommun and year", async () => {
    const { dataset, planned, reported } = PLAN_REPORT_ROLES;
    expect(indicator(planned).datasetId).toBe(dataset);
    expect(indicator(reported).datasetId).toBe(dataset);
    const rows = await observationsOf(dataset);
    const keys = (id: string) =>
      new Set(
        rows
          .filter((o) => o.indicator === id)
          .map((o) => `${o.area}|${o.period}`),
      );
    const both = [...keys(planned)].filter((k) => keys(reported).has(k));
    expect(both.length).toBeGreaterThan(0);
  });
});

describe("the role filters", () => {
  const kommun = testIndicator({ id: "k", theme: "diagnoses" });
  const county = testIndicator({ id: "c", scope: "county" });
  const funding = testIndicator({ id: "f", theme: "funding" });
  const resource = testIndicator({ id: RESOURCE_IDS[1], theme: "funding" });
  const first = testIndicator({ id: RESOURCE_IDS[0], theme: "funding" });
  const made = [kommun, county, funding, resource, first];

  it("offer kommun indicators to compare, in catalogue order", () => {
    expect(ids(comparableIndicators(made))).toEqual([
      "k",
      "f",
      RESOURCE_IDS[1],
      RESOURCE_IDS[0],
    ]);
  });

  it("offer kommun indicators of a need theme as needs", () => {
    expect(NEED_THEMES).toContain("diagnoses");
    expect(NEED_THEMES).not.toContain("funding");
    expect(ids(needIndicators(made))).toEqual(["k"]);
  });

  it("offer resources in their own order", () => {
    expect(ids(resourceIndicators(made))).toEqual([
      RESOURCE_IDS[0],
      RESOURCE_IDS[1],
    ]);
  });
});
