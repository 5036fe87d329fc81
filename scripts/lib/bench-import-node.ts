/**
 * npx tsx scripts/lib/bench-import-node.ts [rows] [runs]
 * Node micro-benchmark of the import pipeline on generateTidyCsv(rows) (default 1 000 000):
 * prints MB, decision, rows/s and heap for each run. The Chromium figure comes from `npm run bench`.
 */
import { checkImport } from "../../src/data/import/check-import";
import { importAreasOf } from "../../src/data/import/import-areas";
import {
  loadAreas,
  loadManifest,
  resolveVersion,
} from "../../src/data/load-dataset";

import { generateTidyCsv } from "./import-fixture";
import { nodeReadFile } from "./node-read-file";

const rows = Number(process.argv[2] ?? 1_000_000);
const runs = Number(process.argv[3] ?? 3);
const read = nodeReadFile();
const manifest = await loadManifest(read);
const areas = importAreasOf(
  (await loadAreas(read, resolveVersion(manifest, "kommuner"))).areas,
);
const bytes = generateTidyCsv(rows);
console.log(`${rows} rows, ${(bytes.byteLength / 1e6).toFixed(1)} MB`);
for (let run = 1; run <= runs; run++) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const report = checkImport(bytes, "bench.csv", { areas });
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  const heap = process.memoryUsage().heapUsed / 1e6;
  const peak = process.resourceUsage().maxRSS / 1024;
  console.log(
    `run ${run}: ${report.decision}, ${report.observations.length} observations, ${report.issues.length} issues, ` +
      `${seconds.toFixed(2)} s, ${Math.round(report.rows / seconds).toLocaleString("sv-SE")} rows/s, heap ${heap.toFixed(0)} MB, peak RSS ${peak.toFixed(0)} MB (CPU ${cpuSeconds.toFixed(2)} s, incl. GC threads)`,
  );
}
