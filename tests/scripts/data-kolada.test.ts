// @vitest-environment node
/**
 * `npm run data:kolada` against a local stand-in for Kolada's API v3 (tests/scripts/kolada-server),
 * on temporary copies of public/data and data-src: retries, paging and every failure that must
 * leave both folders untouched, then a publication that `npm run data:build` reproduces.
 */
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

import {
  afterAll,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  vi,
} from "vitest";

import type { KoladaOptions } from "../../scripts/lib/kolada/run";

import { type KoladaServer, records, startKoladaServer } from "./kolada-server";

const ROOT = resolve(import.meta.dirname, "..", "..");
const tmp = mkdtempSync(join(tmpdir(), "data-kolada-"));
const data = join(tmp, "public-data");
const src = join(tmp, "data-src");
cpSync(resolve(ROOT, "public", "data"), data, { recursive: true });
cpSync(resolve(ROOT, "data-src"), src, { recursive: true });
process.env.PUBLIC_DATA_DIR = data;
process.env.DATA_SRC_DIR = src;
const { runKolada } = await import("../../scripts/lib/kolada/run");
const { build } = await import("../../scripts/lib/build-all");

let server: KoladaServer;
beforeAll(async () => {
  server = await startKoladaServer();
});
afterAll(async () => {
  await server.close();
  rmSync(tmp, { recursive: true, force: true });
});
beforeEach(() => {
  server.seen.length = 0;
  vi.unstubAllGlobals(); // tests/setup.ts serves public/data through a stubbed fetch
  server.hook = () => false;
});

const snapshot = (dir: string): Map<string, string> =>
  new Map(
    readdirSync(dir, { recursive: true, encoding: "utf8" }).map((f) => [
      f,
      existsSync(join(dir, f, ".")) ? "" : readFileSync(join(dir, f), "latin1"),
    ]),
  );

async function run(options: Partial<KoladaOptions> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runKolada({
    baseUrl: server.baseUrl,
    timeoutMs: 2000,
    retries: 2,
    backoffMs: 5,
    dryRun: false,
    fromDir: null,
    date: "2026-12-02",
    log: (l) => out.push(l),
    error: (l) => err.push(l),
    ...options,
  });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** Runs it expecting a refusal that changes nothing; returns the message. */
async function refused(options: Partial<KoladaOptions> = {}): Promise<string> {
  const before = [snapshot(data), snapshot(src)];
  const result = await run(options);
  expect(result.code).toBe(1);
  expect([snapshot(data), snapshot(src)]).toEqual(before);
  return result.err;
}

describe("npm run data:kolada", () => {
  it("says in one line that Kolada is not reachable, and writes nothing", async () => {
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, "127.0.0.1", done));
    const { port } = closed.address() as AddressInfo;
    await new Promise((done) => closed.close(done));
    const err = await refused({
      baseUrl: `http://127.0.0.1:${String(port)}/v3`,
    });
    expect(err).toBe(
      `Kolada is not reachable: connect ECONNREFUSED 127.0.0.1:${String(port)}; nothing was written.`,
    );
  });

  it("gives up after the retries on a 500 and names the KPI, page and status", async () => {
    server.hook = (r, res) => {
      if (r.kpi !== "N01452") return false;
      res.writeHead(500).end("oops");
      return true;
    };
    const err = await refused();
    expect(err).toMatch(
      /^The fetch from Kolada failed: KPI N01452, page 1: HTTP 500 \(3 attempts; http:.*\)\. Nothing was written\.$/,
    );
  });

  it("gives up on a page that never answers (timeout)", async () => {
    server.hook = (r) => r.kpi === "U01473"; // never answered
    const err = await refused({ timeoutMs: 150, retries: 1 });
    expect(err).toMatch(
      /KPI U01473, page 1: no answer within 0\.15 s \(2 attempts;/,
    );
  });

  it("refuses a malformed page in a chain: invalid JSON or the wrong shape", async () => {
    server.hook = (r, res) => {
      if (r.kpi !== "N74811" || r.page !== 2) return false;
      res.writeHead(200).end('{"values": [');
      return true;
    };
    expect(await refused()).toMatch(
      /KPI N74811, page 2: the answer is not valid JSON/,
    );
    server.hook = (r, res) => {
      if (r.kpi !== "N74811" || r.page !== 2) return false;
      res
        .writeHead(200)
        .end('{"values": [{"kpi": "N74811", "municipality": "0114"}]}');
      return true;
    };
    expect(await refused()).toMatch(
      /KPI N74811, page 2: values\[0\] is not \{ kpi, municipality, period, values/,
    );
  });

  it("refuses a KPI that comes back without kommun values (the pickers would offer it empty)", async () => {
    server.hook = (r, res) => {
      if (r.kpi !== "N01452") return false;
      const values = records("N01452").filter(
        (v) => (v as { municipality: string }).municipality === "1280",
      );
      res.writeHead(200).end(JSON.stringify({ values, next_url: null }));
      return true;
    };
    expect(await refused()).toMatch(
      /^kolada-n01452: Kolada has no value for any kommun of the county .*Nothing was written\.$/s,
    );
  }, 60_000);

  it("--dry-run follows next_url, retries a 429 (Retry-After) and a 500, prints the diff, writes nothing", async () => {
    server.hook = (r, res) => {
      if (r.kpi === "N01951" && r.before === 0) {
        res.writeHead(429, { "retry-after": "0" }).end();
        return true;
      }
      if (r.kpi === "N00938" && r.before === 0) {
        res.writeHead(503).end();
        return true;
      }
      return false;
    };
    const before = [snapshot(data), snapshot(src)];
    const result = await run({ dryRun: true });
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    expect(
      server.seen.filter((s) => s === "N01951/1").length,
    ).toBeGreaterThanOrEqual(2);
    expect(server.seen).toContain("N74811/2");
    expect(server.seen).toContain("N33820/1");
    expect(result.out).toContain("N74811: 2 pages");
    expect(result.out).toMatch(
      /kolada-psykisk-ohalsa\.v3\.csv: New values from Kolada, retrieved 2026-12-02\./,
    );
    expect(result.out).toContain("rows: 0 added, 0 removed, 0 changed");
    expect(result.out).toMatch(
      /rows with the same number written differently \(e\.g\. 32\.0 → 32\): \d+/,
    );
    expect(result.out).toContain("nothing was written");
    expect([snapshot(data), snapshot(src)]).toEqual(before);
  }, 120_000);

  it("publishes the next versions and saves the answers; data:build reproduces them", async () => {
    // Kolada has revised one value of N01452 (Riket 2022: 8.7 → 9.7).
    server.hook = (r, res) => {
      if (r.kpi !== "N01452") return false;
      const values = records("N01452") as {
        municipality: string;
        period: number;
        values: { gender: string; value: number }[];
      }[];
      const riket = values.find(
        (v) => v.municipality === "0000" && v.period === 2022,
      );
      const total = riket?.values.find((v) => v.gender === "T");
      if (total) total.value += 1;
      res.writeHead(200).end(JSON.stringify({ values, next_url: null }));
      return true;
    };
    const before = snapshot(data);
    const result = await run();
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    expect(result.out).toContain("kolada-n01452: 1 rows changed");
    const v3 = readFileSync(join(data, "kolada-psykisk-ohalsa.v3.csv"), "utf8");
    expect(v3).toMatch(/^00,kolada-n01452,,2022,9.7,/m);
    const after = snapshot(data);
    for (const [file, content] of before) {
      if (file !== "manifest.json") expect(after.get(file), file).toBe(content);
    }
    const saved = join(src, "kolada", "2026-12-02");
    const retrieval = JSON.parse(
      readFileSync(join(saved, "retrieval.json"), "utf8"),
    ) as {
      retrieved: string;
      kpis: string[];
      pages: { kpi: string; file: string }[];
    };
    expect(retrieval.retrieved).toBe("2026-12-02");
    expect(retrieval.kpis).toContain("N33820");
    expect(retrieval.pages.filter((p) => p.kpi === "N74811")).toHaveLength(2);
    // Every area is kept in the raw answers; only the county's in the builder's rows.
    expect(readFileSync(join(saved, "raw", "n74811-2.json"), "utf8")).toContain(
      '"1280"',
    );
    expect(
      readFileSync(join(saved, "by-geo-year", "n74811.csv"), "utf8"),
    ).not.toContain("1280");
    const plain = await build({
      next: false,
      write: false,
      date: "2026-12-03",
      note: null,
      log: () => undefined,
    });
    expect(plain.problems).toEqual([]);
    // A retrieval not newer than the last one is refused.
    expect(await refused()).toMatch(/already holds a retrieval of 2026-12-02/);
  }, 180_000);

  it("--from-dir refuses a saved folder with a malformed answer", async () => {
    const copy = join(tmp, "elsewhere");
    cpSync(join(src, "kolada", "2026-12-02"), copy, { recursive: true });
    const meta = JSON.parse(
      readFileSync(join(copy, "retrieval.json"), "utf8"),
    ) as Record<string, unknown>;
    writeFileSync(
      join(copy, "retrieval.json"),
      JSON.stringify({ ...meta, retrieved: "2026-12-09" }),
    );
    writeFileSync(join(copy, "raw", "n01452-1.json"), "not json");
    expect(await refused({ fromDir: copy })).toMatch(
      /raw\/n01452-1\.json \(KPI N01452\): the answer is not valid JSON/,
    );
  });

  it("--from-dir publishes a retrieval saved elsewhere; data:build reproduces it", async () => {
    const copy = join(tmp, "elsewhere-ok");
    cpSync(join(src, "kolada", "2026-12-02"), copy, { recursive: true });
    const meta = JSON.parse(
      readFileSync(join(copy, "retrieval.json"), "utf8"),
    ) as Record<string, unknown>;
    writeFileSync(
      join(copy, "retrieval.json"),
      JSON.stringify({ ...meta, retrieved: "2026-12-10" }),
    );
    const result = await run({ fromDir: copy, date: "2026-12-11" });
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    expect(server.seen.length).toBe(0);
    expect(existsSync(join(src, "kolada", "2026-12-10", "raw"))).toBe(true);
    const manifest = readFileSync(join(data, "manifest.json"), "utf8");
    expect(manifest).toContain("alla år Kolada hade den 2026-12-10");
    expect(manifest).toContain("Hämtat 2026-12-10 ur Koladas API v3");
    const plain = await build({
      next: false,
      write: false,
      date: "2026-12-11",
      note: null,
      log: () => undefined,
    });
    expect(plain.problems).toEqual([]);
  }, 120_000);
});
