/**
 * README "Add a Kolada KPI", done on a temporary copy of public/data and data-src (no network):
 * one entry in data-src/indikatorer.json, the values in data-src/kolada, then
 * `npm run data:build -- --next`. The KPI here is a test fixture (N99999), not a real one.
 */
import { spawnSync } from "node:child_process";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

import { afterAll, describe, expect, it } from "vitest";

import {
  loadIndicators,
  loadManifest,
  loadObservations,
  resolveVersion,
} from "@/data/load-dataset";

import { nodeReadFile } from "../../scripts/lib/node-read-file";
import { publish } from "../../scripts/lib/publish";

const ROOT = resolve(import.meta.dirname, "..", "..");
const tmp = mkdtempSync(join(tmpdir(), "add-kpi-"));
const data = join(tmp, "public-data");
const src = join(tmp, "data-src");
cpSync(resolve(ROOT, "public", "data"), data, { recursive: true });
cpSync(resolve(ROOT, "data-src"), src, { recursive: true });
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

const build = (...args: string[]) =>
  spawnSync(
    process.execPath,
    [
      resolve(ROOT, "node_modules/tsx/dist/cli.mjs"),
      "scripts/build-datasets.ts",
      ...args,
    ],
    {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, PUBLIC_DATA_DIR: data, DATA_SRC_DIR: src },
    },
  );

const snapshot = (): Map<string, string> =>
  new Map(
    readdirSync(data).map((f) => [f, readFileSync(join(data, f), "latin1")]),
  );

function addKpi(): void {
  // 1. One entry in the catalogue source file.
  const cataloguePath = join(src, "indikatorer.json");
  const catalogue = JSON.parse(readFileSync(cataloguePath, "utf8")) as {
    indicators: unknown[];
  };
  catalogue.indicators.push({
    id: "kolada-n99999",
    kolada: "N99999",
    dataset: "kolada-behov",
    theme: "unmet-needs",
    label: { sv: "Testnyckeltal, andel", en: "Test key figure, share" },
    unit: "percent",
    format: "pct1",
    polarity: "higher-worse",
    denominator: { sv: "Invånare totalt", en: "All inhabitants" },
  });
  writeFileSync(cataloguePath, JSON.stringify(catalogue, null, 2) + "\n");
  // 2. The values, in the reference extract's layout, in data-src/kolada.
  mkdirSync(join(src, "kolada", "by-geo-year"), { recursive: true });
  writeFileSync(
    join(src, "kolada", "kpis.csv"),
    "kpi,name,is_divided_by_gender,publication_date,description,source_note\n" +
      'N99999,"Testnyckeltal, andel (%)",0,2025-03-01,Ett påhittat nyckeltal för testet. Källa: Testmyndigheten.,Sparat svar från Koladas API (testdata).\n',
  );
  writeFileSync(
    join(src, "kolada", "by-geo-year", "n99999.csv"),
    "geo,year,n99999\n0,2023,11.5\n01,2023,10.25\n0127,2023,14\n0180,2023,\n0180,2024,9.75\n",
  );
}

/** The catalogue versions published; the new KPI makes the next one. */
const catalogueVersion =
  (
    JSON.parse(
      readFileSync(resolve(ROOT, "public", "data", "manifest.json"), "utf8"),
    ) as { datasets: { id: string; versions: unknown[] }[] }
  ).datasets.find((d) => d.id === "indikatorer")?.versions.length ?? 0;
const catalogueFile = `indikatorer.v${String(catalogueVersion + 1)}.json`;

describe("README: Add a Kolada KPI", () => {
  it("is one entry, its values and one command", async () => {
    const before = snapshot();
    addKpi();

    const refused = build();
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`${catalogueFile}: the inputs give`);
    expect(refused.stderr).toMatch(/kolada-behov\.v2\.csv.*--next/);
    expect(snapshot()).toEqual(before);

    // 3. npm run data:build -- --next
    const next = build("--next", "--date", "2026-12-02");
    expect(next.stderr).toBe("");
    expect(next.status).toBe(0);
    expect(next.stdout).toContain(
      `${catalogueFile}: New indicators: kolada-n99999.`,
    );
    expect(next.stdout).toContain(
      "kolada-behov.v2.csv: New indicators: kolada-n99999.",
    );
    expect(next.stdout).toContain("rows: 4 added, 0 removed, 0 changed");

    // Every published file is untouched; only the two new versions and the manifest are new.
    const after = snapshot();
    for (const [file, content] of before) {
      if (file !== "manifest.json") expect(after.get(file), file).toBe(content);
    }
    expect([...after.keys()].filter((f) => !before.has(f)).sort()).toEqual([
      catalogueFile,
      "kolada-behov.v2.csv",
    ]);

    // The app's loader reads them (size, SHA-256, schema) from the new manifest.
    const read = nodeReadFile(data);
    const manifest = await loadManifest(read);
    const catalogue = await loadIndicators(
      read,
      resolveVersion(manifest, "indikatorer"),
    );
    expect(catalogue.version.version).toBe(catalogueVersion + 1);
    const kpi = catalogue.indicators.find((i) => i.id === "kolada-n99999");
    expect(kpi?.label.sv).toBe("Testnyckeltal, andel");
    expect(kpi?.koladaId).toBe("N99999");
    expect(kpi?.definition.sv).toBe(
      "Testnyckeltal, andel (%). Ett påhittat nyckeltal för testet. Källa: Testmyndigheten.",
    );
    const v1 = await loadObservations(
      read,
      resolveVersion(manifest, "kolada-behov", 1),
    );
    const v2 = await loadObservations(
      read,
      resolveVersion(manifest, "kolada-behov"),
    );
    const rows = v2.observations.filter((o) => o.indicator === "kolada-n99999");
    expect(rows.map((o) => [o.area, o.period, o.value])).toEqual([
      ["00", "2023", 11.5],
      ["01", "2023", 10.25],
      ["0127", "2023", 14],
      ["0180", "2024", 9.75],
    ]);
    expect(v2.observations).toHaveLength(v1.observations.length + 4);

    // And the plain build reproduces every published version, the new ones included.
    const again = build();
    expect(again.stderr).toBe("");
    expect(again.status).toBe(0);
  }, 240_000);

  it("never supersedes a version published from a file (data:publish)", async () => {
    const published = await publish({
      dataDir: data,
      fileName: "n02797.csv",
      bytes: new TextEncoder().encode(
        "area,indicator,period,value\n0127,N02797,2030,9.25\n",
      ),
      datasetId: "kolada-behov",
      note: { sv: "Nytt värde", en: "New value" },
      date: "2026-12-02",
    });
    expect(published.file).toBe("kolada-behov.v3.csv");
    const before = snapshot();
    const plain = build();
    expect(plain.stderr).toBe("");
    expect(plain.status).toBe(0);
    const next = build("--next");
    expect(next.status).toBe(0);
    expect(snapshot()).toEqual(before);
  }, 240_000);
});
