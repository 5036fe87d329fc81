import { describe, expect, it } from "vitest";

import { buildProfileFacts } from "@/charts/series/profile-facts";
import {
  buildProfileSeries,
  type ProfileInput,
} from "@/charts/series/profile-series";
import type { ObservationSet } from "@/charts/series/profile-types";
import type { Area, AreaCode } from "@/domain/areas";
import type { Indicator, Polarity } from "@/domain/indicators";
import {
  indexByIndicator,
  type Observation,
  type ObservationStatus,
} from "@/domain/observations";
import {
  SIMILAR_TOLERANCE,
  compareWithCounty,
  type Verdict,
} from "@/domain/profile-comparison";

import { TEST_KOMMUNER, testIndicator } from "../fixtures/domain";

const KOMMUNER = TEST_KOMMUNER;
const BOTKYRKA = KOMMUNER[1] as Area;

function indicator(id: string, patch: Partial<Indicator> = {}): Indicator {
  return testIndicator({ id, label: { sv: id, en: id }, ...patch });
}

function obs(
  area: string,
  ind: string,
  period: string,
  value: number | null,
  extra: Partial<Observation> = {},
): Observation {
  const status: ObservationStatus = value === null ? "missing" : "reported";
  return {
    area: area as AreaCode,
    indicator: ind,
    breakdown: "",
    period,
    value,
    status,
    low: null,
    high: null,
    note: "",
    sourceId: "s",
    locator: "",
    ...extra,
  };
}

const MISSING = { sv: "Källan nämner inte kommunen.", en: "Not named." };

function input(
  indicators: Indicator[],
  observations: Observation[],
  patch: Partial<ProfileInput> = {},
): ProfileInput {
  const set: ObservationSet = {
    byIndicator: indexByIndicator(observations),
    missingReason: MISSING,
  };
  return {
    kommun: BOTKYRKA,
    kommuner: KOMMUNER,
    indicators,
    datasets: new Map([["d", set]]),
    exclude: [],
    ...patch,
  };
}

/** Values for the four kommuner (in KOMMUNER order) plus the county. */
function values(
  ind: string,
  kommuner: readonly (number | null)[],
  county: number | null,
  period = "2022",
): Observation[] {
  return [
    ...KOMMUNER.flatMap((k, i) => {
      const v = kommuner[i];
      return v === undefined ? [] : [obs(k.code, ind, period, v)];
    }),
    ...(county === null ? [] : [obs("01", ind, period, county)]),
  ];
}

describe("compareWithCounty", () => {
  it("defines similar as within ±5 % of the county value", () => {
    expect(SIMILAR_TOLERANCE).toBe(0.05);
  });

  it.each<[number, number | null, Polarity, Verdict]>([
    [12, 10, "higher-better", "better"],
    [8, 10, "higher-better", "worse"],
    [12, 10, "higher-worse", "worse"],
    [8, 10, "higher-worse", "better"],
    [10.5, 10, "higher-better", "similar"],
    [9.5, 10, "higher-worse", "similar"],
    [10.6, 10, "higher-worse", "worse"],
    [9.4, 10, "higher-better", "worse"],
    [10, 10, "higher-better", "similar"],
    [12, 10, "neutral", "no-direction"],
    [12, null, "higher-worse", "no-county"],
    [0, 0, "higher-worse", "similar"],
    [1, 0, "higher-worse", "worse"],
  ])("%d against county %s (%s) → %s", (value, county, polarity, verdict) => {
    expect(compareWithCounty(value, county, polarity)).toBe(verdict);
  });
});

describe("buildProfileSeries", () => {
  it.each<[string, (number | null)[], number, number]>([
    ["highest value is place 1", [1, 9, 5, 3], 1, 4],
    ["ties share the best place", [9, 9, 5, 3], 1, 4],
    ["a tie below the top", [9, 5, 5, 3], 2, 4],
    ["after a tie the next place is skipped", [3, 5, 9, 9], 3, 4],
    ["missing values are never ranked", [null, 5, 7, null], 2, 2],
  ])("rank: %s", (_, kommunValues, rank, n) => {
    const ind = indicator("a");
    const result = buildProfileSeries(
      input([ind], values("a", kommunValues, 5)),
    );
    const row = result.groups[0]?.rows[0];
    expect(row?.rank).toBe(rank);
    expect(row?.n).toBe(n);
  });

  it.each<[Polarity, number, Verdict]>([
    ["higher-worse", 22, "worse"],
    ["higher-worse", 10, "better"],
    ["higher-worse", 13.5, "similar"],
    ["higher-better", 22, "better"],
    ["higher-better", 10, "worse"],
    ["higher-better", 12.5, "similar"],
    ["neutral", 22, "no-direction"],
  ])("%s, Botkyrka %d against county 13 → %s", (polarity, value, verdict) => {
    const ind = indicator("a", { polarity });
    const row = buildProfileSeries(
      input([ind], values("a", [2, value, 30, 8], 13)),
    ).groups[0]?.rows[0];
    expect(row?.verdict).toBe(verdict);
    expect(row?.difference).toBeCloseTo(value - 13);
  });

  it("takes the latest period with kommun values, the range and the county", () => {
    const ind = indicator("a");
    const observations = [
      ...values("a", [1, 2, 3, 4], 2.5, "2020"),
      ...values("a", [3, 6, 9, 12], 7, "2022"),
      obs("01", "a", "2023", 8),
    ];
    const row = buildProfileSeries(input([ind], observations)).groups[0]
      ?.rows[0];
    expect(row?.period).toBe("2022");
    expect(row?.value).toBe(6);
    expect(row?.county).toBe(7);
    expect(row?.lowest).toMatchObject({ name: "Upplands Väsby", value: 3 });
    expect(row?.highest).toMatchObject({ name: "Vaxholm", value: 12 });
  });

  it("does not compare with a county total (kr, counts)", () => {
    const ind = indicator("a", { unit: "count", format: "num0" });
    const row = buildProfileSeries(
      input([ind], values("a", [10, 20, 30, 40], 100)),
    ).groups[0]?.rows[0];
    expect(row?.countyIsTotal).toBe(true);
    expect(row?.county).toBeNull();
    expect(row?.difference).toBeNull();
  });

  it("groups rows by theme and skips excluded and county-only indicators", () => {
    const result = buildProfileSeries(
      input(
        [
          indicator("a", { theme: "diagnoses" }),
          indicator("b"),
          indicator("pop", { theme: "population" }),
          indicator("c", { scope: "county" }),
        ],
        [
          ...values("a", [1, 2, 3, 4], 2),
          ...values("b", [1, 2, 3, 4], 2),
          ...values("pop", [1, 2, 3, 4], 2),
          ...values("c", [1, 2, 3, 4], 2),
        ],
        { exclude: ["pop"] },
      ),
    );
    expect(result.groups.map((g) => g.theme)).toEqual([
      "diagnoses",
      "unmet-needs",
    ]);
  });

  it.each<[string, Observation[], string, string]>([
    [
      "no row: the dataset's reason",
      values("a", [1, null, 3, 4], 2).filter((o) => o.area !== "0127"),
      "missing",
      "Källan nämner inte kommunen.",
    ],
    [
      "a missing row: its note",
      [
        ...values("a", [1, null, 3, 4], 2).map((o) =>
          o.area === "0127" ? { ...o, note: "Sekretess." } : o,
        ),
      ],
      "missing",
      "Sekretess.",
    ],
    [
      "range only: the span, never a value",
      KOMMUNER.map((k) =>
        obs(k.code, "a", "2017", null, {
          status: "range-only",
          low: 3.5,
          high: 7.2,
          note: "Bara spannet.",
        }),
      ),
      "range-only",
      "Bara spannet.",
    ],
  ])("missing kept with reason: %s", (_, observations, kind, reason) => {
    const result = buildProfileSeries(input([indicator("a")], observations));
    expect(result.groups).toEqual([]);
    expect(result.gaps).toHaveLength(1);
    expect(result.gaps[0]).toMatchObject({ kind, reason: { sv: reason } });
    if (kind === "range-only")
      expect(result.gaps[0]).toMatchObject({ low: 3.5, high: 7.2 });
  });

  it("values for only a few named kommuner are statements, not a ranking", () => {
    const observations = [
      obs("0127", "a", "2017", 18.5, { note: "Namngiven." }),
    ];
    const named = buildProfileSeries(input([indicator("a")], observations));
    expect(named.groups).toEqual([]);
    expect(named.statements).toHaveLength(1);
    expect(named.statements[0]?.observation.value).toBe(18.5);
    expect(named.statements[0]?.named).toBe(1);

    const other = buildProfileSeries(
      input([indicator("a")], observations, { kommun: KOMMUNER[2] as Area }),
    );
    expect(other.statements).toEqual([]);
    expect(other.gaps[0]).toMatchObject({ kind: "not-named" });
  });
});

describe("buildProfileFacts", () => {
  const funds = indicator("stimulansmedel", {
    unit: "kr",
    format: "sek0",
    polarity: "neutral",
    perCapita: {
      populationDataset: "befolkning",
      populationIndicator: "folkmangd",
      populationPeriod: "2017",
      format: "sek2",
    },
  });
  const population = [
    obs("0127", "folkmangd", "2016", 90675),
    obs("0127", "folkmangd", "2017", 91631),
  ];

  it("derives kr per inhabitant with the rule's population year", () => {
    const facts = buildProfileFacts({
      kommun: "0127" as AreaCode,
      populationIndicator: "folkmangd",
      population,
      koladaPopulationIndicator: "kolada-n01951",
      koladaPopulation: [
        obs("0127", "kolada-n01951", "2021", 94000),
        obs("0127", "kolada-n01951", "2022", 95383),
      ],
      fundsIndicator: funds,
      funds: [obs("0127", "stimulansmedel", "2018", 3174063)],
    });
    expect(facts.population?.value).toBe(91631);
    expect(facts.koladaPopulation).toMatchObject({
      value: 95383,
      period: "2022",
    });
    expect(facts.funds?.value).toBe(3174063);
    expect(facts.fundsPerCapita?.value).toBeCloseTo(34.64, 2);
    expect(facts.fundsPerCapita?.how).toEqual({
      kind: "per-capita",
      numerator: 3174063,
      denominator: 91631,
      populationPeriod: "2017",
    });
  });

  it("gives no per-inhabitant figure without the population (never 0)", () => {
    const facts = buildProfileFacts({
      kommun: "0127" as AreaCode,
      populationIndicator: "folkmangd",
      population: null,
      koladaPopulationIndicator: "kolada-n01951",
      koladaPopulation: null,
      fundsIndicator: funds,
      funds: [obs("0127", "stimulansmedel", "2018", 3174063)],
    });
    expect(facts.fundsPerCapita).toBeNull();
    expect(facts.population).toBeNull();
  });
});
