/**
 * Refreshes the Kolada datasets from Kolada's API v3 (maintainer command; needs the network).
 *
 *   npm run data:kolada                  fetch, save the answers in data-src/kolada/<date>/,
 *                                        publish the next versions and print what changed
 *     [--dry-run]                        fetch and print what would change; write nothing
 *     [--from-dir <dir>]                 publish from answers saved elsewhere (a retrieval folder)
 *     [--base-url <url>]                 another API address (or KOLADA_BASE_URL); default v3
 *     [--timeout <s>] [--retries <n>]    per request (default 30 s) and after the first (default 4)
 *     [--date YYYY-MM-DD]                the retrieval and publication date (default: today)
 *
 * All or nothing: if any KPI or page fails, nothing is saved or published. PUBLIC_DATA_DIR and
 * DATA_SRC_DIR point it at other folders (e.g. a test's copy).
 */
import { parseArgs } from "node:util";

import { KOLADA_V3, runKolada } from "./lib/kolada/run";

const { values } = parseArgs({
  options: {
    "dry-run": { type: "boolean", default: false },
    "from-dir": { type: "string" },
    "base-url": { type: "string" },
    timeout: { type: "string", default: "30" },
    retries: { type: "string", default: "4" },
    date: { type: "string" },
  },
});

const timeout = Number(values.timeout);
const retries = Number(values.retries);
if (!(timeout > 0) || !Number.isInteger(retries) || retries < 0) {
  console.error(
    "--timeout needs seconds above 0 and --retries a whole number from 0.",
  );
  process.exit(2);
}

const code = await runKolada({
  baseUrl: values["base-url"] ?? process.env.KOLADA_BASE_URL ?? KOLADA_V3,
  timeoutMs: timeout * 1000,
  retries,
  backoffMs: 1000,
  dryRun: values["dry-run"],
  fromDir: values["from-dir"] ?? null,
  date: values.date ?? new Date().toISOString().slice(0, 10),
  log: (line) => {
    console.log(line);
  },
  error: (line) => {
    console.error(line);
  },
});
process.exit(code);
