/**
 * Every published dataset, loaded through the app's own loader: checksum, schema, non-empty,
 * complete citations, cross-references between catalogue and observations, and the figures the
 * sources state (spot checks against SOURCES.md).
 */
import { readFileSync, readdirSync } from "node:fs";
import { resolve } from "node:path";

import { beforeAll, describe, expect, it } from "vitest";

import {
  loadAreas,
  loadGroups,
  loadIndicators,
  loadManifest,
  loadObservations,
  resolveVersion,
  type ObservationsDataset,
} from "@/data/load-dataset";
import type { ReadFile } from "@/data/read-file";
import type { Manifest } from "@/data/schemas/manifest";
import type { Area } from "@/domain/areas";
import type { Indicator } from "@/domain/indicators";

import { PUBLIC_DATA } from "./setup";

const read: ReadFile = (file) =>
  Promise.resolve(new Uint8Array(readFileSync(resolve(PUBLIC_DATA, file))));

let manifest: Manifest;
let areas: readonly Area[];
let indicators: readonly Indicator[];
const observations = new Map<string, ObservationsDataset>();

beforeAll(async () => {
  manifest = await loadManifest(read);
  for (const entry of manifest.datasets) {
    for (const v of entry.versions) {
      const meta = resolveVersion(manifest, entry.id, v.version);
      if (entry.kind === "areas") {
        const loaded = (await loadAreas(read, meta)).areas;
        if (entry.id === "kommuner") areas = loaded;
      } else if (entry.kind === "indicators")
        indicators = (await loadIndicators(read, meta)).indicators;
      else if (entry.kind === "groups") await loadGroups(read, meta);
      // The national datasets (coverage "sweden"): tests/data/national-datasets.test.ts.
      else if (entry.coverage === "sweden") await loadObservations(read, meta);
      else if (v === entry.versions.at(-1))
        observations.set(entry.id, await loadObservations(read, meta));
      else await loadObservations(read, meta);
    }
  }
}, 120_000);

const obs = (dataset: string) => {
  const d = observations.get(dataset);
  if (!d) throw new Error(`dataset ${dataset} not loaded`);
  return d.observations;
};

describe("public/data", () => {
  it("lists every file in the folder, and every listed file exists", () => {
    const listed = manifest.datasets.flatMap((d) =>
      d.versions.map((v) => v.file),
    );
    const present = readdirSync(PUBLIC_DATA).filter(
      (f) => f !== "manifest.json",
    );
    expect([...listed].sort()).toEqual([...present].sort());
  });

  it("has complete citations for every dataset", () => {
    for (const d of manifest.datasets) {
      expect(d.sources.length, d.id).toBeGreaterThan(0);
      for (const s of d.sources) {
        for (const field of [s.title, s.publisher, s.section])
          expect(field.trim(), `${d.id}/${s.id}`).not.toBe("");
        expect(s.year, `${d.id}/${s.id}`).toBeGreaterThan(1990);
      }
    }
  });

  it("has no empty or all-missing observation dataset", () => {
    for (const [id, d] of observations) {
      expect(d.observations.length, id).toBeGreaterThan(0);
      expect(
        d.observations.some((o) => o.value !== null),
        id,
      ).toBe(true);
    }
  });

  it("has the 26 kommuner of Stockholms län with 4-digit codes, the county and Sweden", () => {
    const kommuner = areas.filter((a) => a.kind === "kommun");
    expect(kommuner).toHaveLength(26);
    expect(kommuner.every((k) => /^01\d\d$/.test(k.code))).toBe(true);
    expect(areas.find((a) => a.code === "01")?.kind).toBe("county");
    expect(areas.find((a) => a.code === "00")?.kind).toBe("country");
    expect(areas.find((a) => a.code === "0120")?.name).toBe("Värmdö");
  });

  it("defines every indicator used by an observation, in the dataset the catalogue names", () => {
    const byId = new Map(indicators.map((i) => [i.id, i]));
    for (const [id, d] of observations) {
      for (const o of d.observations) {
        const indicator = byId.get(o.indicator);
        expect(indicator, `${id}: ${o.indicator}`).toBeDefined();
        expect(indicator?.datasetId, o.indicator).toBe(id);
        if (o.breakdown !== "" && indicator) {
          expect(
            indicator.breakdowns[o.breakdown],
            `${o.indicator} ${o.breakdown}`,
          ).toBeDefined();
        }
      }
    }
  });

  it("has data and sources for every indicator in the catalogue", () => {
    for (const i of indicators) {
      const d = observations.get(i.datasetId);
      expect(d, i.id).toBeDefined();
      expect(
        d?.observations.some((o) => o.indicator === i.id),
        i.id,
      ).toBe(true);
      const sourceIds = new Set(d?.entry.sources.map((s) => s.id));
      for (const s of i.sourceIds)
        expect(sourceIds.has(s), `${i.id}: ${s}`).toBe(true);
    }
  });

  it("only uses area codes that are in the areas dataset", () => {
    const codes = new Set(areas.map((a) => a.code));
    for (const [id, d] of observations) {
      for (const o of d.observations)
        expect(codes.has(o.area), `${id}: ${o.area}`).toBe(true);
    }
  });
});

describe("figures the sources state", () => {
  const value = (
    dataset: string,
    area: string,
    indicator: string,
    period: string,
  ) =>
    obs(dataset).find(
      (o) =>
        o.area === area &&
        o.indicator === indicator &&
        o.period === period &&
        o.breakdown === "",
    );

  it("stimulus funds 2018: 26 kommuner summing to the source's 79 789 498 kr", () => {
    const rows = obs("stimulansmedel-2018").filter((o) => o.area.length === 4);
    expect(rows).toHaveLength(26);
    expect(rows.reduce((sum, o) => sum + (o.value ?? 0), 0)).toBe(79789498);
    expect(
      value("stimulansmedel-2018", "01", "stimulansmedel", "2018")?.value,
    ).toBe(79789498);
    expect(
      value("stimulansmedel-2018", "0127", "stimulansmedel", "2018")?.value,
    ).toBe(3174063);
    expect(
      value("stimulansmedel-2018", "0180", "stimulansmedel", "2018")?.value,
    ).toBe(32878683);
  });

  it("maps the source's typo Värdö to Värmdö (0120) and says so", () => {
    const row = value("stimulansmedel-2018", "0120", "stimulansmedel", "2018");
    expect(row?.value).toBe(1494146);
    expect(row?.note).toContain("Värdö");
  });

  it("population 2017 is the table the 2018 allocation follows (county 2 303 417)", () => {
    expect(value("befolkning", "01", "folkmangd", "2017")?.value).toBe(2303417);
    const kommuner = obs("befolkning").filter(
      (o) => o.area.length === 4 && o.period === "2017",
    );
    expect(kommuner.reduce((s, o) => s + (o.value ?? 0), 0)).toBe(2303417);
  });

  it("the 2018 stimulus funds are 34,64 kr per inhabitant with that population", () => {
    const funds =
      value("stimulansmedel-2018", "0127", "stimulansmedel", "2018")?.value ??
      0;
    const pop = value("befolkning", "0127", "folkmangd", "2017")?.value ?? 0;
    expect((funds / pop).toFixed(2)).toBe("34.64");
    expect((79789498 / 2303417).toFixed(2)).toBe("34.64");
  });

  it("the 2018 analysis: diagnoses 0–17 county 5.6 %, each kommun only as 3.5–7.2 %", () => {
    expect(
      value("nulagesanalys-2018", "01", "psykiatrisk-diagnos-0-17", "2017")
        ?.value,
    ).toBe(5.6);
    const kommuner = obs("nulagesanalys-2018").filter(
      (o) => o.indicator === "psykiatrisk-diagnos-0-17" && o.area.length === 4,
    );
    expect(kommuner).toHaveLength(26);
    for (const k of kommuner)
      expect(k).toMatchObject({
        value: null,
        status: "range-only",
        low: 3.5,
        high: 7.2,
      });
  });

  it("access for children and young people (2018 analysis): two BUP measures, first line", () => {
    const rows = obs("tillganglighet-barn-unga");
    const one = (indicator: string, breakdown = "") =>
      rows.find((o) => o.indicator === indicator && o.breakdown === breakdown);
    // Two different measures of the first seven months of 2018 (seed 003 line 1861).
    expect(one("bup-forsta-bedomning-30-dagar")?.value).toBe(91);
    expect(one("bup-fordjupad-utredning-30-dagar")?.value).toBe(81);
    // "ca två procent": approximate, and the source gives no year for it.
    expect(one("forsta-linjen-andel-barn")).toMatchObject({
      value: 2,
      status: "estimated",
    });
    const byId = (id: string) => indicators.find((i) => i.id === id);
    expect(byId("forsta-linjen-andel-barn")?.unstatedPeriods).toEqual({
      "2018": { published: "2018" },
    });
    expect(
      byId("bup-forsta-bedomning-30-dagar")?.periodLabels?.["2018"]?.sv,
    ).toBe("de första sju månaderna 2018");
    // "från mindre än en månad upp till fyra månader": a range, never one value.
    expect(one("forsta-linjen-vantetid", "kortast")).toMatchObject({
      value: null,
      status: "range-only",
      low: 0,
      high: 1,
    });
    expect(one("forsta-linjen-vantetid", "langst")?.value).toBe(4);
    // Figur 6 (2016): the age groups add up to the 0–18 row.
    const ages = ["0-2", "3-5", "6-8", "9-11", "12-14", "15-17", "18"];
    const sum = (indicator: string) =>
      ages.reduce((n, a) => n + (one(indicator, a)?.value ?? NaN), 0);
    expect(sum("forsta-linjen-besok")).toBe(29755);
    expect(one("forsta-linjen-besok")?.value).toBe(29755);
    expect(sum("forsta-linjen-personer")).toBe(8265);
    expect(one("forsta-linjen-personer")?.value).toBe(8265);
    expect(one("forsta-linjen-besok", "k")?.value).toBe(18463);
    expect(one("forsta-linjen-personer", "k")?.value).toBe(4639);
  });

  it("the 2018 analysis: named kommuner for risk factors", () => {
    expect(
      value("nulagesanalys-2018", "0181", "barn-ekonomiskt-utsatta", "2017")
        ?.value,
    ).toBe(14.9);
    expect(
      value("nulagesanalys-2018", "0191", "placerade-barn", "2016")?.value,
    ).toBe(13);
    expect(
      value("nulagesanalys-2018", "0127", "ej-behoriga-gymnasiet", "2017")
        ?.value,
    ).toBe(18.5);
  });

  it("Botkyrka 2020: planned 2 739 877 kr, reported 1 041 125 + 1 852 468 + 267 000 kr", () => {
    const rows = obs("botkyrka-2020");
    const sum = (indicator: string, prefix: string) =>
      rows
        .filter(
          (o) => o.indicator === indicator && o.breakdown.startsWith(prefix),
        )
        .reduce((s, o) => s + (o.value ?? 0), 0);
    const planned = rows.filter(
      (o) =>
        o.indicator === "stimulans-planerat" &&
        o.breakdown !== "" &&
        !o.breakdown.startsWith("grupp:"),
    );
    expect(planned.reduce((s, o) => s + (o.value ?? 0), 0)).toBe(2739877);
    expect(
      value("botkyrka-2020", "0127", "stimulans-planerat", "2020")?.value,
    ).toBe(2739877);
    expect(sum("stimulans-redovisat", "grupp:")).toBe(
      1041125 + 1852468 + 267000,
    );
  });

  it("Kolada rows keep Kolada's values and leave missing years missing", () => {
    const rows = obs("kolada-behov").filter(
      (o) => o.indicator === "kolada-n66077",
    );
    expect(
      rows.find((o) => o.area === "00" && o.period === "2011")?.value,
    ).toBe(17);
    expect(rows.every((o) => o.value !== null && o.status === "reported")).toBe(
      true,
    );
  });
});

describe("the latest versions say what the sources say (issue 13)", () => {
  const csvRows = (file: string): string[][] =>
    readFileSync(resolve(PUBLIC_DATA, file), "utf8")
      .trim()
      .split("\n")
      .slice(1)
      .map((l) => l.split(","));
  const kpiDefinition = (kpi: string): string =>
    readFileSync(
      resolve(
        PUBLIC_DATA,
        "..",
        "..",
        "..",
        "shared",
        "reference",
        "kolada",
        "kpis.csv",
      ),
      "utf8",
    )
      .split("\n")
      .find((l) => l.startsWith(`${kpi},`)) ?? "";

  it("gives Kolada's four-year survey pools as ranges (year T is T−3 to T)", () => {
    for (const kpi of ["U01472", "U01473"]) {
      expect(kpiDefinition(kpi)).toContain("avser år T-3 till T");
      const rows = obs("kolada-psykisk-ohalsa").filter(
        (o) => o.indicator === `kolada-${kpi.toLowerCase()}`,
      );
      expect(rows.length).toBeGreaterThan(100);
      expect(
        rows.every((o) => /^\d{4}-\d{4}$/.test(o.period)),
        kpi,
      ).toBe(true);
      // Same values as version 1, only the period changes: Kolada's 2022 is 2019–2022.
      const v1 = csvRows("kolada-psykisk-ohalsa.v1.csv").find(
        (r) =>
          r[0] === "01" &&
          r[1] === `kolada-${kpi.toLowerCase()}` &&
          r[2] === "" &&
          r[3] === "2022",
      );
      const v2 = rows.find(
        (o) =>
          o.area === "01" && o.breakdown === "" && o.period === "2019-2022",
      );
      expect(v2?.value).toBe(Number(v1?.[4]));
    }
    // N01452's definition does not say it pools years: its periods stay as Kolada gives them.
    expect(kpiDefinition("N01452")).not.toContain("T-3");
    expect(
      obs("kolada-psykisk-ohalsa")
        .filter((o) => o.indicator === "kolada-n01452")
        .every((o) => /^\d{4}$/.test(o.period)),
    ).toBe(true);
  });

  it("keeps every N01927 row of the reference, women and men included", () => {
    const dir = resolve(
      PUBLIC_DATA,
      "..",
      "..",
      "..",
      "shared",
      "reference",
      "kolada",
    );
    const total =
      readFileSync(resolve(dir, "by-geo-year", "n01927.csv"), "utf8")
        .trim()
        .split("\n").length - 1;
    const bySex =
      readFileSync(resolve(dir, "by-geo-gender-year", "n01927.csv"), "utf8")
        .trim()
        .split("\n").length - 1;
    const rows = obs("kolada-befolkning").filter(
      (o) => o.indicator === "kolada-n01927",
    );
    expect(rows.filter((o) => o.breakdown === "").length).toBe(total);
    expect(rows.filter((o) => o.breakdown !== "").length).toBe(bySex);
    const n01927 = indicators.find((i) => i.id === "kolada-n01927");
    expect(Object.keys(n01927?.breakdowns ?? {})).toEqual(["k", "m"]);
  });

  it("labels what the catalogue says as Kolada and the source say it", () => {
    const byId = (id: string) => indicators.find((i) => i.id === id);
    expect(byId("kolada-n74811")?.denominator?.sv).toContain("minst 60 dagar");
    expect(byId("kolada-n74811")?.denominator?.sv).not.toContain("längre än");
    expect(byId("kolada-n00957")?.theme).toBe("sick-leave");
    expect(byId("kolada-n00938")?.theme).toBe("sick-leave");
    expect(byId("folkmangd")?.periodLabels?.["2017"]?.sv).toBe(
      "2017 (enligt Bilaga 5:s underlag)",
    );
    expect(byId("stimulansmedel")?.perCapita?.populationPeriodLabel?.en).toBe(
      "2017 (as in Annex 5's data)",
    );
  });

  it("pairs the analysis's 'ej behöriga' with Kolada's N15428 as its complement", () => {
    const byId = (id: string) => indicators.find((i) => i.id === id);
    expect(byId("ej-behoriga-gymnasiet")?.counterpart).toEqual({
      indicator: "kolada-n15428",
      relation: "complement",
    });
  });

  it("says which figures' year the source does not give, and when they were published", () => {
    const byId = (id: string) => indicators.find((i) => i.id === id);
    // "Andelen barn (0–19 år) som lever i ekonomiskt utsatta hushåll är som högst i …": no year;
    // the text points to Socialstyrelsen (2017).
    expect(byId("barn-ekonomiskt-utsatta")?.unstatedPeriods).toEqual({
      "2017": { published: "2017" },
    });
    // "… per 1 000 invånare år 2016. Sigtuna var den kommun med högst …": the year is the county's.
    expect(byId("placerade-barn")?.unstatedPeriods).toEqual({
      "2016": { published: "2017", statedFor: ["01"] },
    });
    // "Varje år tar cirka 320 människor sitt liv"; "I dagsläget finns 28 familjecentraler".
    expect(byId("suicid-per-ar")?.unstatedPeriods?.["2023"]).toEqual({
      published: "2023",
    });
    expect(byId("familjecentraler")?.unstatedPeriods?.["2021"]).toEqual({
      published: "2021",
    });
  });
});

describe("every figure with a seed locator stands on that seed line", () => {
  const seedDir = resolve(import.meta.dirname, "..", "..", "shared", "seeds");
  const seeds = new Map<string, string[]>();
  const seedLines = (prefix: string): string[] => {
    let lines = seeds.get(prefix);
    if (!lines) {
      const file = readdirSync(seedDir).find((f) => f.startsWith(`${prefix}_`));
      if (!file) throw new Error(`no seed ${prefix} in ${seedDir}`);
      lines = readFileSync(resolve(seedDir, file), "utf8").split("\n");
      seeds.set(prefix, lines);
    }
    return lines;
  };
  /** The ways a source prints 3174063 or 5.6: "3 174 063", "5,6", "3174063". */
  const spellings = (n: number): string[] => {
    const [int = "", dec] = String(Math.abs(n)).split(".");
    const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, " ");
    const variants = [grouped, int].map((i) =>
      dec === undefined ? i : `${i},${dec}`,
    );
    if (dec === undefined) variants.push(`${grouped},0`);
    return [
      ...new Set(variants.flatMap((v) => [v, v.replace(/ /g, "\u00a0")])),
    ];
  };

  it("for the stimulus funds and every transcribed dataset", () => {
    let checked = 0;
    const misses: string[] = [];
    for (const id of [
      "stimulansmedel-2018",
      "overenskommelser",
      "nulagesanalys-2018",
      "botkyrka-2020",
    ]) {
      for (const o of obs(id)) {
        const seed = /seed (\d{3})/.exec(o.locator)?.[1];
        if (seed === undefined) continue;
        // Every "rad N" or "rad N–M" after the seed reference counts (a locator may name several).
        const after = o.locator.slice(o.locator.indexOf(`seed ${seed}`));
        const text = [...after.matchAll(/rad (\d+)(?:[–-](\d+))?/g)]
          .flatMap(([, from = "0", to]) =>
            seedLines(seed).slice(Number(from) - 1, Number(to ?? from)),
          )
          .join(" ")
          .replace(/\u00a0/g, " ");
        for (const n of [o.value, o.low, o.high]) {
          if (n === null) continue;
          checked++;
          if (
            !spellings(n).some((s) => text.includes(s.replace(/\u00a0/g, " ")))
          ) {
            misses.push(
              `${id} ${o.area} ${o.indicator} ${o.breakdown} ${o.period}: ${n} not on the lines named in "${o.locator}"`,
            );
          }
        }
      }
    }
    expect(misses).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });
});
