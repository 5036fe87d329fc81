/**
 * npm run data:publish (scripts/lib/publish.ts) against a copy of public/data: the next immutable
 * version, its checksum and manifest entry, Kolada attribution kept, nothing overwritten.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { sha256Hex } from "@/data/checksum";
import {
  loadManifest,
  loadObservations,
  resolveVersion,
} from "@/data/load-dataset";

import { nodeReadFile } from "../../scripts/lib/node-read-file";
import { publish, PublishError } from "../../scripts/lib/publish";
import { PUBLIC_DATA } from "../setup";

/** A saved Kolada API v2 response (made-up values) for a KPI of kolada-behov. */
const kolada = (value: number) =>
  new TextEncoder().encode(
    JSON.stringify({
      count: 2,
      values: [
        {
          kpi: "N02797",
          municipality: "0127",
          period: 2030,
          values: [
            { count: 1, gender: "T", status: "", value },
            { count: 1, gender: "K", status: "", value: value + 1 },
          ],
        },
        {
          kpi: "N02797",
          municipality: "0180",
          period: 2022,
          values: [{ count: 1, gender: "T", status: "", value: 1.5 }],
        },
      ],
    }),
  );

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "publish-"));
  cpSync(PUBLIC_DATA, dir, { recursive: true });
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const base = {
  fileName: "kolada-n02797.json",
  datasetId: "kolada-behov",
  note: { sv: "Nya värden från Kolada", en: "New values from Kolada" },
  date: "2026-11-24",
};

describe(publish, () => {
  it("writes the next version with its checksum and manifest entry, citing Kolada", async () => {
    const before = readFileSync(join(dir, "kolada-behov.v1.csv"));
    const result = await publish({
      ...base,
      dataDir: dir,
      bytes: kolada(9.25),
    });
    expect(result).toMatchObject({ version: 2, file: "kolada-behov.v2.csv" });
    expect(result.diff.counts).toEqual({ added: 2, removed: 0, changed: 1 });

    const written = readFileSync(join(dir, "kolada-behov.v2.csv"));
    expect(sha256Hex(new Uint8Array(written))).toBe(result.sha256);
    // v1 is untouched.
    expect(readFileSync(join(dir, "kolada-behov.v1.csv"))).toEqual(before);

    const read = nodeReadFile(dir);
    const manifest = await loadManifest(read);
    const entry = manifest.datasets.find((d) => d.id === "kolada-behov");
    expect(entry?.versions.map((v) => v.version)).toEqual([1, 2]);
    expect(entry?.versions[1]).toMatchObject({
      published: "2026-11-24",
      origin: "file",
      note: base.note,
      sha256: result.sha256,
      bytes: written.byteLength,
    });
    const v2 = await loadObservations(
      read,
      resolveVersion(manifest, "kolada-behov", 2),
    );
    const botkyrka = v2.observations.filter(
      (o) =>
        o.area === "0127" &&
        o.indicator === "kolada-n02797" &&
        o.period === "2030",
    );
    expect(
      botkyrka.map((o) => [o.breakdown, o.value, o.sourceId, o.locator]),
    ).toEqual([
      [
        "",
        9.25,
        "kolada-n02797",
        "Kolada API, KPI N02797, 0127, 2030, kön T (kolada-n02797.json)",
      ],
      [
        "k",
        10.25,
        "kolada-n02797",
        "Kolada API, KPI N02797, 0127, 2030, kön K (kolada-n02797.json)",
      ],
    ]);
    // The cited source is Kolada's, with the original producer.
    const source = entry?.sources.find((s) => s.id === "kolada-n02797");
    expect(source?.shortTitle).toBe("Kolada (RKA)");
    expect(source?.producer).toBeTruthy();
    // Rows the file does not mention are carried over.
    expect(v2.observations.length).toBe(
      (
        await loadObservations(
          read,
          resolveVersion(manifest, "kolada-behov", 1),
        )
      ).observations.length + 2,
    );
  });

  it("never overwrites: a second publication becomes v3, an identical one is refused", async () => {
    await publish({ ...base, dataDir: dir, bytes: kolada(9.25) });
    await expect(
      publish({ ...base, dataDir: dir, bytes: kolada(9.25) }),
    ).rejects.toThrow(/identical to a published version/);
    const third = await publish({ ...base, dataDir: dir, bytes: kolada(8) });
    expect(third.file).toBe("kolada-behov.v3.csv");
    expect(third.diff.counts).toEqual({ added: 0, removed: 0, changed: 2 });
  });

  it("refuses indicators that are not in the catalogue or belong to another dataset", async () => {
    const other = new TextEncoder().encode(
      "Kommunkod;Indikator;År;Värde\n0127;Något helt annat;2023;1,5\n",
    );
    await expect(
      publish({ ...base, dataDir: dir, bytes: other, fileName: "x.csv" }),
    ).rejects.toThrow(/Not in the indicator catalogue: Något helt annat/);
    expect(existsSync(join(dir, "kolada-behov.v2.csv"))).toBe(false);
  });

  it("refuses a rejected file with its report, and row errors unless allowed", async () => {
    const pdf = new TextEncoder().encode("%PDF-1.7\n");
    const error = await publish({
      ...base,
      dataDir: dir,
      bytes: pdf,
      fileName: "x.pdf",
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PublishError);
    expect((error as PublishError).report?.decision).toBe("reject");

    const withBadRow = new TextEncoder().encode(
      "Kommunkod;Indikator;År;Värde\n0127;N02797;2030;1,5\n9999;N02797;2030;2\n",
    );
    await expect(
      publish({ ...base, dataDir: dir, bytes: withBadRow, fileName: "x.csv" }),
    ).rejects.toThrow(/--allow-row-errors/);
    const allowed = await publish({
      ...base,
      dataDir: dir,
      bytes: withBadRow,
      fileName: "x.csv",
      allowRowErrors: true,
    });
    expect(allowed.diff.counts).toEqual({ added: 1, removed: 0, changed: 0 });
  });
});
