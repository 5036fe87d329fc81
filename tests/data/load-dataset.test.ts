import { describe, expect, it } from "vitest";

import { DatasetError, type DatasetErrorDetail } from "@/data/errors";
import {
  loadAreas,
  loadIndicators,
  loadManifest,
  loadObservations,
  resolveVersion,
} from "@/data/load-dataset";

import { datasetStore, OBS_HEADER } from "../fixtures/dataset-store";

const GOOD = [
  OBS_HEADER,
  "0127,stimulansmedel,,2018,3174063,reported,,,,src,Bilaga 5",
  "0180,stimulansmedel,,2018,,missing,,,Ej redovisat,src,Bilaga 5",
  '0114,diagnos,,2017,,range-only,3.5,7.2,"Bara intervall, Figur 3",src,',
  "01,diagnos,,2017,5.6,reported,,,,src,",
].join("\n");

async function loadObs(content: string) {
  const store = datasetStore([{ id: "test", kind: "observations", content }]);
  const manifest = await loadManifest(store.read);
  return loadObservations(store.read, resolveVersion(manifest, "test"));
}

async function failure(promise: Promise<unknown>): Promise<DatasetErrorDetail> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DatasetError) return error.detail;
    throw error;
  }
  throw new Error("expected a DatasetError");
}

describe(loadObservations, () => {
  it("turns valid rows into typed observations; missing stays null, never 0", async () => {
    const { observations, version } = await loadObs(GOOD);
    expect(version.version).toBe(1);
    expect(observations).toHaveLength(4);
    expect(observations[0]).toMatchObject({
      area: "0127",
      value: 3174063,
      status: "reported",
    });
    expect(observations[1]).toMatchObject({
      value: null,
      status: "missing",
      note: "Ej redovisat",
    });
    expect(observations[2]).toMatchObject({ value: null, low: 3.5, high: 7.2 });
  });

  it.each<[string, string, Partial<DatasetErrorDetail>]>([
    ["a wrong header", "area,value\n0127,1", { problem: "header", line: 1 }],
    [
      "a short line",
      `${OBS_HEADER}\n0127,x,,2018,1,reported`,
      { problem: "field-count", line: 2 },
    ],
    [
      "a 3-digit kommun code",
      `${OBS_HEADER}\n127,x,,2018,1,reported,,,,src,`,
      { problem: "area-code", line: 2, field: "area_code" },
    ],
    [
      "a decimal comma",
      `${OBS_HEADER}\n0127,x,,2018,"1,5",reported,,,,src,`,
      { problem: "number", field: "value" },
    ],
    [
      "a thousands space",
      `${OBS_HEADER}\n0127,x,,2018,3 174 063,reported,,,,src,`,
      { problem: "number", field: "value" },
    ],
    [
      "an exponent",
      `${OBS_HEADER}\n0127,x,,2018,1e3,reported,,,,src,`,
      { problem: "number", field: "value" },
    ],
    [
      "a hex number",
      `${OBS_HEADER}\n0127,x,,2018,0x10,reported,,,,src,`,
      { problem: "number", field: "value" },
    ],
    [
      "a bad period",
      `${OBS_HEADER}\n0127,x,,18,1,reported,,,,src,`,
      { problem: "period", field: "period" },
    ],
    [
      "an unknown status",
      `${OBS_HEADER}\n0127,x,,2018,1,guessed,,,,src,`,
      { problem: "status", field: "status" },
    ],
    [
      "a value marked missing",
      `${OBS_HEADER}\n0127,x,,2018,1,missing,,,,src,`,
      { problem: "status-value", field: "value" },
    ],
    [
      "a reported row without value",
      `${OBS_HEADER}\n0127,x,,2018,,reported,,,,src,`,
      { problem: "status-value" },
    ],
    [
      "a range without bounds",
      `${OBS_HEADER}\n0127,x,,2018,,range-only,1,,,src,`,
      { problem: "range", field: "high" },
    ],
    [
      "an inverted range",
      `${OBS_HEADER}\n0127,x,,2018,,range-only,5,1,,src,`,
      { problem: "range", field: "low" },
    ],
    [
      "an unknown source",
      `${OBS_HEADER}\n0127,x,,2018,1,reported,,,,nope,`,
      { problem: "unknown-source", field: "source_id" },
    ],
    [
      "an upper-case id",
      `${OBS_HEADER}\n0127,X,,2018,1,reported,,,,src,`,
      { problem: "identifier", field: "indicator_id" },
    ],
    [
      "a duplicate",
      `${OBS_HEADER}\n0127,x,,2018,1,reported,,,,src,\n\n0127,x,,2018,2,reported,,,,src,`,
      { problem: "duplicate", line: 4 },
    ],
    [
      "an unterminated quote",
      `${OBS_HEADER}\n0127,x,,2018,1,reported,,,"oops,src,`,
      { problem: "csv" },
    ],
  ])("rejects %s, naming line and field", async (_name, content, expected) => {
    const detail = await failure(loadObs(content));
    expect(detail).toMatchObject({
      datasetId: "test",
      version: 1,
      file: "test.v1.csv",
      ...expected,
    });
  });

  it("writes an English message that names dataset, version, file, line and field", async () => {
    await expect(
      loadObs(`${OBS_HEADER}\n0127,x,,2018,"1,5",reported,,,,src,`),
    ).rejects.toThrow(
      'dataset "test", v1, file test.v1.csv, line 2, field "value": not a plain number',
    );
  });
});

describe("published files are immutable", () => {
  it("refuses a file edited after publication (checksum)", async () => {
    const store = datasetStore([
      { id: "test", kind: "observations", content: GOOD },
    ]);
    store.tamper("test.v1.csv", GOOD.replace("3174063", "3174064"));
    const manifest = await loadManifest(store.read);
    const detail = await failure(
      loadObservations(store.read, resolveVersion(manifest, "test")),
    );
    expect(detail).toMatchObject({
      problem: "checksum",
      file: "test.v1.csv",
      version: 1,
    });
  });

  it("refuses a file whose size changed", async () => {
    const store = datasetStore([
      { id: "test", kind: "observations", content: GOOD },
    ]);
    store.tamper("test.v1.csv", `${GOOD}\n`);
    const manifest = await loadManifest(store.read);
    const detail = await failure(
      loadObservations(store.read, resolveVersion(manifest, "test")),
    );
    expect(detail.problem).toBe("size");
  });

  it("reports a file that cannot be fetched", async () => {
    const store = datasetStore([
      { id: "test", kind: "observations", content: GOOD },
    ]);
    const manifest = await loadManifest(store.read);
    const entry = manifest.datasets[0];
    const version = entry?.versions[0];
    if (!entry || !version) throw new Error("no entry");
    const meta = { entry, version: { ...version, file: "gone.v1.csv" } };
    const detail = await failure(loadObservations(store.read, meta));
    expect(detail).toMatchObject({ problem: "fetch", file: "gone.v1.csv" });
  });

  it("refuses bytes that are not UTF-8", async () => {
    const store = datasetStore([
      { id: "test", kind: "observations", content: "xx" },
    ]);
    const bytes = new Uint8Array([0x61, 0xe5]); // "a" + Latin-1 "å"
    store.put("test.v1.csv", bytes);
    const manifest = await loadManifest(store.read);
    const meta = resolveVersion(manifest, "test");
    const patched = {
      ...meta,
      version: { ...meta.version, bytes: 2, sha256: await sha(bytes) },
    };
    expect((await failure(loadObservations(store.read, patched))).problem).toBe(
      "encoding",
    );
  });
});

async function sha(bytes: Uint8Array): Promise<string> {
  const { sha256Hex } = await import("@/data/checksum");
  return sha256Hex(bytes);
}

describe(resolveVersion, () => {
  const store = datasetStore([
    { id: "test", kind: "observations", content: GOOD },
    {
      id: "test",
      kind: "observations",
      version: 2,
      content: GOOD.replace("3174063", "3174064"),
    },
  ]);

  it("defaults to the latest version and can be pinned to an earlier one", async () => {
    const manifest = await loadManifest(store.read);
    expect(resolveVersion(manifest, "test").version.version).toBe(2);
    const v1 = await loadObservations(
      store.read,
      resolveVersion(manifest, "test", 1),
    );
    expect(v1.observations[0]?.value).toBe(3174063);
  });

  it.each<[string, number | null, string]>([
    ["nope", null, "not-in-manifest"],
    ["test", 7, "version-not-found"],
  ])(
    "names a missing dataset or version (%s v%s)",
    async (id, version, problem) => {
      const manifest = await loadManifest(store.read);
      expect(() => resolveVersion(manifest, id, version)).toThrow(DatasetError);
      try {
        resolveVersion(manifest, id, version);
      } catch (error) {
        expect((error as DatasetError).detail.problem).toBe(problem);
      }
    },
  );
});

describe(loadManifest, () => {
  it("rejects a manifest whose file names do not follow <id>.v<N>.<format>", async () => {
    const store = datasetStore([
      { id: "test", kind: "observations", content: GOOD },
    ]);
    const manifest = structuredClone(store.manifest);
    const version = manifest.datasets[0]?.versions[0];
    if (version) version.file = "other.v1.csv";
    store.put("manifest.json", JSON.stringify(manifest));
    expect((await failure(loadManifest(store.read))).problem).toBe("file-name");
  });

  it("rejects invalid JSON and schema errors with the field path", async () => {
    const store = datasetStore([]);
    store.put("manifest.json", "{");
    expect((await failure(loadManifest(store.read))).problem).toBe("json");
    store.put(
      "manifest.json",
      JSON.stringify({ schemaVersion: 2, datasets: [] }),
    );
    expect(await failure(loadManifest(store.read))).toMatchObject({
      problem: "schema",
      field: "schemaVersion",
    });
  });
});

describe(loadAreas, () => {
  it("checks that a code's kind matches (01 is the county, not a kommun)", async () => {
    const content = JSON.stringify({
      areas: [
        {
          code: "01",
          name: "Stockholms län",
          shortName: "Länet",
          kind: "kommun",
        },
      ],
    });
    const store = datasetStore([{ id: "areas", kind: "areas", content }]);
    const manifest = await loadManifest(store.read);
    const detail = await failure(
      loadAreas(store.read, resolveVersion(manifest, "areas")),
    );
    expect(detail).toMatchObject({
      problem: "area-code",
      field: "areas.0.kind",
    });
  });

  it("refuses to load a dataset of another kind", async () => {
    const store = datasetStore([
      { id: "test", kind: "observations", content: GOOD },
    ]);
    const manifest = await loadManifest(store.read);
    expect(
      (await failure(loadAreas(store.read, resolveVersion(manifest, "test"))))
        .problem,
    ).toBe("wrong-kind");
  });
});

describe(loadIndicators, () => {
  const indicator = {
    id: "x",
    label: { sv: "X", en: "X" },
    theme: "funding",
    unit: "kr",
    format: "sek0",
    polarity: "neutral",
    definition: { sv: "d", en: "d" },
    denominator: null,
    datasetId: "test",
    sourceIds: ["src"],
    scope: "kommun",
    perCapita: null,
    breakdowns: {},
    koladaId: null,
  };

  it("loads a valid catalogue and rejects duplicate ids", async () => {
    const ok = datasetStore([
      {
        id: "ind",
        kind: "indicators",
        content: JSON.stringify({ indicators: [indicator] }),
      },
    ]);
    const manifest = await loadManifest(ok.read);
    const loaded = await loadIndicators(
      ok.read,
      resolveVersion(manifest, "ind"),
    );
    expect(loaded.indicators[0]?.id).toBe("x");

    const dup = datasetStore([
      {
        id: "ind",
        kind: "indicators",
        content: JSON.stringify({ indicators: [indicator, indicator] }),
      },
    ]);
    const m2 = await loadManifest(dup.read);
    expect(
      await failure(loadIndicators(dup.read, resolveVersion(m2, "ind"))),
    ).toMatchObject({
      problem: "duplicate",
      field: "indicators.1.id",
    });
  });

  it.each([
    ["theme", "feelings"],
    ["unit", "bananas"],
    ["koladaId", "X123"],
  ])("rejects an unknown %s", async (field, value) => {
    const store = datasetStore([
      {
        id: "ind",
        kind: "indicators",
        content: JSON.stringify({
          indicators: [{ ...indicator, [field]: value }],
        }),
      },
    ]);
    const manifest = await loadManifest(store.read);
    const detail = await failure(
      loadIndicators(store.read, resolveVersion(manifest, "ind")),
    );
    expect(detail.field).toBe(`indicators.0.${field}`);
  });
});
