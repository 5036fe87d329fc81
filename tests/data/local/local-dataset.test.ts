import { describe, expect, it } from "vitest";

import type {
  ImportedObservation,
  ImportReport,
} from "@/data/import/report-types";
import { buildLocalDataset } from "@/data/local/local-dataset";
import { localDatasetEntry } from "@/data/local/local-entry";
import { formatFor, guessUnit } from "@/data/local/local-units";
import { isLocalDatasetId } from "@/data/local/local-id";

const obs = (patch: Partial<ImportedObservation>): ImportedObservation => ({
  area: "0127",
  indicator: "Andel med diagnos",
  period: "2023",
  value: 12.5,
  status: "reported",
  symbol: null,
  unit: null,
  gender: null,
  breakdown: null,
  line: 2,
  ...patch,
});

const report = (
  observations: readonly ImportedObservation[],
  patch: Partial<ImportReport> = {},
): ImportReport => ({
  file: "egna-siffror.csv",
  decision: "accept",
  encoding: "utf-8",
  delimiter: ";",
  format: "csv-tidy",
  rows: observations.length,
  observations,
  issues: [],
  totals: {
    errorRows: 0,
    outsideCountyRows: 0,
    outsideRegionRows: 0,
    nationalValues: 0,
  },
  table: null,
  mapping: null,
  indicators: [
    ...new Map(
      observations.map((o) => [
        o.indicator,
        { id: o.indicator, unit: o.unit, label: null },
      ]),
    ).values(),
  ],
  ...patch,
});

const SHA = "ab12cd34ef".padEnd(64, "0");

describe(guessUnit, () => {
  it.each([
    ["%", "x", "percent"],
    [null, "Andel med diagnos (%)", "percent"],
    [null, "Antal per 100 000 invånare", "per-100000"],
    ["per 1 000 inv", "x", "per-1000"],
    ["kr", "Kostnad", "kr"],
    [null, "Kostnad kr per invånare", "kr-per-inhabitant"],
    [null, "Antal besök", "count"],
    [null, "Index", "number"],
  ] as const)("unit %s, label %s → %s", (unit, label, expected) => {
    expect(guessUnit(unit, label)).toBe(expected);
  });
});

describe(formatFor, () => {
  it("shows as many decimals as the file has, at most two", () => {
    expect(formatFor("number", [1, 2, 3])).toBe("num0");
    expect(formatFor("number", [1, 2.5])).toBe("num1");
    expect(formatFor("number", [1.25, 2.125])).toBe("num2");
    expect(formatFor("percent", [12.25])).toBe("pct2");
    expect(formatFor("kr", [100])).toBe("sek0");
  });
});

describe(buildLocalDataset, () => {
  it("turns a report into indicators and observations the views can use", () => {
    const dataset = buildLocalDataset({
      report: report([
        obs({}),
        obs({ area: "0180", value: null, status: "missing", symbol: ".." }),
        obs({ area: "01", value: 10 }),
      ]),
      name: "Mina siffror",
      sha256: SHA,
      bytes: 120,
      importedAt: "2026-11-23T10:00:00.000Z",
      choices: [
        {
          fileId: "Andel med diagnos",
          label: "Andel med diagnos",
          unit: "percent",
          polarity: "higher-worse",
        },
      ],
    });
    expect(dataset.meta.id).toBe("egen-ab12cd34ef");
    expect(isLocalDatasetId(dataset.meta.id)).toBe(true);
    expect(dataset.meta.indicators).toEqual([
      expect.objectContaining({
        id: "egen-ab12cd34ef:andel-med-diagnos",
        label: { sv: "Andel med diagnos", en: "Andel med diagnos" },
        theme: "own-data",
        unit: "percent",
        format: "pct1",
        polarity: "higher-worse",
        datasetId: "egen-ab12cd34ef",
        scope: "kommun",
      }),
    ]);
    expect(dataset.observations).toEqual([
      expect.objectContaining({
        area: "0127",
        value: 12.5,
        status: "reported",
        symbol: null,
        locator: "egna-siffror.csv, rad 2",
      }),
      expect.objectContaining({
        area: "0180",
        value: null,
        status: "missing",
        symbol: "..",
        note: 'Symbolen ".." i filen.',
      }),
      expect.objectContaining({ area: "01", value: 10 }),
    ]);
  });

  it("keeps no bidi controls in a typed name, a typed label or the file's name", () => {
    const rlo = "\u202e";
    const dataset = buildLocalDataset({
      report: report([obs({})], { file: `${rlo}vsc.2023.csv` }),
      name: `Mina ${rlo}siffror 2023`,
      sha256: SHA,
      bytes: 120,
      importedAt: "2026-11-23T10:00:00.000Z",
      choices: [
        {
          fileId: "Andel med diagnos",
          label: `Andel ${rlo}2023\u2066`,
          unit: "percent",
          polarity: "higher-worse",
        },
      ],
    });
    expect(dataset.meta.name).toBe("Mina siffror 2023");
    expect(dataset.meta.fileName).toBe("vsc.2023.csv");
    expect(dataset.meta.indicators[0]?.label.sv).toBe("Andel 2023");
  });

  it("keeps women and men apart as breakdowns and gives colliding names their own ids", () => {
    const dataset = buildLocalDataset({
      report: report([
        obs({ indicator: "Antal/ 1000", gender: "K" }),
        obs({ indicator: "Antal/ 1000", gender: "M", value: 3 }),
        obs({ indicator: "antal 1000", value: 4 }),
      ]),
      name: "",
      sha256: SHA,
      bytes: 1,
      importedAt: "2026-11-23T10:00:00.000Z",
      choices: [],
    });
    expect(dataset.meta.name).toBe("egna-siffror.csv");
    expect(dataset.meta.indicators.map((i) => i.id)).toEqual([
      "egen-ab12cd34ef:antal-1000",
      "egen-ab12cd34ef:antal-1000-2",
    ]);
    expect(dataset.meta.indicators[0]?.breakdowns).toEqual({
      k: { sv: "Kvinnor", en: "Women" },
      m: { sv: "Män", en: "Men" },
    });
    expect(dataset.observations.map((o) => o.breakdown)).toEqual([
      "k",
      "m",
      "",
    ]);
  });

  it("marks an indicator with only a county value as county-only", () => {
    const dataset = buildLocalDataset({
      report: report([obs({ area: "01" })]),
      name: "Län",
      sha256: SHA,
      bytes: 1,
      importedAt: "2026-11-23T10:00:00.000Z",
      choices: [],
    });
    expect(dataset.meta.indicators[0]?.scope).toBe("county");
  });

  it("presents itself like a published dataset for source lines", () => {
    const dataset = buildLocalDataset({
      report: report([obs({})]),
      name: "Mina siffror",
      sha256: SHA,
      bytes: 120,
      importedAt: "2026-11-23T10:00:00.000Z",
      choices: [],
    });
    const { entry, version } = localDatasetEntry(dataset.meta);
    expect(entry.sources[0]).toMatchObject({
      shortTitle: "Egen data",
      section: "fil egna-siffror.csv",
    });
    expect(version).toMatchObject({ version: 1, published: "2026-11-23" });
  });
});
