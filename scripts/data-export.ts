/**
 * npm run --silent data:export > alla.csv
 * Prints every observation of the latest version of every dataset as tidy CSV (see
 * src/data/tidy-export.ts). Exits non-zero, with the loader's message, if any file fails.
 */
import { buildTidyExport } from "../src/data/tidy-export";

import { nodeReadFile } from "./lib/node-read-file";

try {
  process.stdout.write(await buildTidyExport(nodeReadFile()));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
