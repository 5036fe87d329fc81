/**
 * The import part of `npm run bench`: a 1 000 000-row tidy CSV (~50 MB, scripts/lib/import-fixture.ts)
 * is chosen on Importera in headless Chromium, RUNS times, each in a fresh page. Per run:
 *   - validation rate: rows / the worker's own validation time (decode, parse, check; the report's
 *     data-millis), which is what the issue's ≥ 300 000 rows/s target is about;
 *   - end to end: seconds from choosing the file until the report is on screen (reading the file,
 *     the worker, SHA-256, sending the result back, rendering);
 *   - peak memory: the largest resident set of any Chromium renderer process (the page and its
 *     worker live there), sampled every 100 ms with ps.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import type { Browser } from "@playwright/test";

import { generateTidyCsv } from "./import-fixture";
import { median } from "./bench-report";

const IMPORT_ROWS = 1_000_000;
const RUNS = 3;
const IMPORT_TARGETS = { rowsPerSecond: 300_000, peakMb: 1024 } as const;

export interface ImportRun {
  readonly rows: number;
  readonly validationMs: number;
  readonly endToEndMs: number;
  readonly peakMb: number;
}

/** Largest RSS (MB) among Chromium renderer processes right now. */
function rendererRssMb(): number {
  try {
    const out = execFileSync("ps", ["-eo", "rss=,args="], {
      encoding: "utf8",
    });
    let max = 0;
    for (const line of out.split("\n")) {
      if (!line.includes("--type=renderer")) continue;
      const kb = Number(line.trim().split(/\s+/)[0]);
      if (Number.isFinite(kb)) max = Math.max(max, kb / 1024);
    }
    return max;
  } catch {
    return Number.NaN;
  }
}

export async function measureImports(
  browser: Browser,
  appUrl: string,
): Promise<ImportRun[]> {
  const dir = mkdtempSync(join(tmpdir(), "bench-import-"));
  const file = join(dir, "en-miljon-rader.csv");
  writeFileSync(file, generateTidyCsv(IMPORT_ROWS));
  const runs: ImportRun[] = [];
  try {
    for (let run = 1; run <= RUNS; run += 1) {
      const context = await browser.newContext({
        viewport: { width: 1366, height: 768 },
      });
      try {
        const page = await context.newPage();
        await page.goto(`${appUrl}?view=import`);
        const input = page.getByLabel("Välj fil …");
        await input.waitFor({ state: "attached", timeout: 30_000 });
        let peak = rendererRssMb();
        const sampler = setInterval(() => {
          peak = Math.max(peak, rendererRssMb());
        }, 100);
        const started = Date.now();
        await input.setInputFiles(file);
        const report = page.locator(".import-report[data-millis]");
        await report.waitFor({ timeout: 180_000 });
        const endToEndMs = Date.now() - started;
        clearInterval(sampler);
        const rows = Number(await report.getAttribute("data-rows"));
        const validationMs = Number(await report.getAttribute("data-millis"));
        const result = { rows, validationMs, endToEndMs, peakMb: peak };
        runs.push(result);
        console.log(importLine(run, result));
      } finally {
        await context.close();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return runs;
}

const fmt = (n: number): string =>
  Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, " ");

function importLine(run: number, r: ImportRun): string {
  return `import  run ${String(run)}: ${fmt(r.rows)} rows, validated in ${(r.validationMs / 1000).toFixed(2)} s (${fmt((r.rows / r.validationMs) * 1000)} rows/s), on screen after ${(r.endToEndMs / 1000).toFixed(2)} s, peak renderer ${fmt(r.peakMb)} MB`;
}

export function importReport(runs: readonly ImportRun[]): string {
  const rate = median(runs.map((r) => (r.rows / r.validationMs) * 1000));
  const endToEnd = median(runs.map((r) => r.endToEndMs)) / 1000;
  const peak = Math.max(...runs.map((r) => r.peakMb));
  const pass = (ok: boolean): string => (ok ? "PASS" : "FAIL");
  return [
    `Import of ${fmt(IMPORT_ROWS)} rows (~50 MB tidy CSV) on Importera — median of ${String(runs.length)} runs`,
    `  validation rate   ${fmt(rate)} rows/s   target ≥ ${fmt(IMPORT_TARGETS.rowsPerSecond)}   ${pass(rate >= IMPORT_TARGETS.rowsPerSecond)}`,
    `  peak memory       ${fmt(peak)} MB        target < ${fmt(IMPORT_TARGETS.peakMb)}       ${pass(peak < IMPORT_TARGETS.peakMb)}`,
    `  end to end        ${endToEnd.toFixed(2)} s (file chosen → report on screen; not a target)`,
  ].join("\n");
}
