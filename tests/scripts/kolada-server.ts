/**
 * A local stand-in for Kolada's API v3 (no network): v3-shaped answers made from the reference
 * extract (the county's rows, plus one row of another kommun that must not be kept), N74811 split
 * into a chain of two pages by next_url, and a hook per test that answers a request otherwise
 * (429 with Retry-After, 500, no answer, a malformed page).
 */
import { readFileSync } from "node:fs";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";

import Papa from "papaparse";

const REFERENCE = join(
  process.env.SHARED_DIR ??
    join(import.meta.dirname, "..", "..", "..", "shared"),
  "reference",
  "kolada",
);

const readCsv = (file: string): Record<string, string>[] => {
  try {
    return Papa.parse<Record<string, string>>(readFileSync(file, "utf8"), {
      header: true,
      skipEmptyLines: true,
    }).data;
  } catch {
    return [];
  }
};

const koladaId = (geo: string) =>
  geo === "0" ? "0000" : geo === "01" ? "0001" : geo;

interface Value {
  gender: string;
  value: number | null;
  status: string;
  count: number;
}

/** The KPI's records in v3 shape, from the reference extract. */
export function records(kpi: string): unknown[] {
  const col = kpi.toLowerCase();
  const byKey = new Map<
    string,
    { municipality: string; period: number; values: Value[] }
  >();
  const add = (geo: string, year: string, gender: string, value: string) => {
    const key = `${geo}|${year}`;
    const r = byKey.get(key) ?? {
      municipality: koladaId(geo),
      period: Number(year),
      values: [],
    };
    byKey.set(key, r);
    r.values.push({ gender, value: Number(value), status: "", count: 1 });
  };
  for (const r of readCsv(join(REFERENCE, "by-geo-year", `${col}.csv`))) {
    if (r[col]) add(r.geo ?? "", r.year ?? "", "T", r[col]);
  }
  for (const r of readCsv(
    join(REFERENCE, "by-geo-gender-year", `${col}.csv`),
  )) {
    if (r[col])
      add(r.geo ?? "", r.year ?? "", (r.gender ?? "").toUpperCase(), r[col]);
  }
  const list = [...byKey.values()].map((r) => ({ kpi, ...r }));
  // Another county's kommun: saved with the answers, never in the county datasets.
  list.push({
    kpi,
    municipality: "1280",
    period: 2020,
    values: [{ gender: "T", value: 1, status: "", count: 1 }],
  });
  return list;
}

interface Request {
  readonly kpi: string;
  readonly page: number;
  /** How many times this KPI and page were asked for before (0 the first time). */
  readonly before: number;
}

/** Answers a request itself (true) or leaves it to the default answer (false). */
type Hook = (req: Request, res: ServerResponse) => boolean;

export interface KoladaServer {
  readonly baseUrl: string;
  hook: Hook;
  /** Requests seen, as "KPI/page". */
  readonly seen: string[];
  close(): Promise<void>;
}

export async function startKoladaServer(): Promise<KoladaServer> {
  const seen: string[] = [];
  const state: { hook: Hook } = { hook: () => false };
  let base = "";
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", base);
    const match = /\/v3\/data\/kpi\/([A-Z]\d{5})\/year\//.exec(url.pathname);
    if (!match?.[1]) {
      res.writeHead(404).end("{}");
      return;
    }
    const kpi = match[1];
    const page = Number(url.searchParams.get("page") ?? "1");
    const before = seen.filter((s) => s === `${kpi}/${String(page)}`).length;
    seen.push(`${kpi}/${String(page)}`);
    if (state.hook({ kpi, page, before }, res)) return;
    const all = records(kpi);
    const chain = kpi === "N74811";
    const half = Math.ceil(all.length / 2);
    const values = chain
      ? page === 1
        ? all.slice(0, half)
        : all.slice(half)
      : all;
    const next =
      chain && page === 1
        ? `${url.origin}${url.pathname}?per_page=5000&page=2`
        : null;
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ count: values.length, values, next_url: next }));
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${String(port)}`;
  return {
    baseUrl: `${base}/v3`,
    seen,
    get hook() {
      return state.hook;
    },
    set hook(h: Hook) {
      state.hook = h;
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => {
          done();
        });
      }),
  };
}
