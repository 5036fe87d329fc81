/**
 * npm run data:publish -- <file> --dataset <id> --note "…" [--note-en "…"] [--date YYYY-MM-DD]
 *                         [--source <source-id>] [--allow-row-errors] [--dry-run] [--data-dir <dir>]
 * Validates <file> through the import pipeline and writes the next immutable version of the
 * dataset, its SHA-256 and its manifest entry (see scripts/lib/publish.ts). Exit 0 published,
 * 1 refused (with the reason and, for a bad file, the report), 2 bad arguments.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { parseArgs } from "node:util";

import { formatReportText } from "../src/data/import/report-text";

import { DATA_DIR } from "./lib/paths";
import { publish, PublishError } from "./lib/publish";

const usage =
  'Usage: npm run data:publish -- <file> --dataset <id> --note "what changed" [--note-en "…"] [--date YYYY-MM-DD] [--source <id>] [--allow-row-errors] [--dry-run]';

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      dataset: { type: "string" },
      note: { type: "string" },
      "note-en": { type: "string" },
      date: { type: "string" },
      source: { type: "string" },
      "allow-row-errors": { type: "boolean", default: false },
      "dry-run": { type: "boolean", default: false },
      "data-dir": { type: "string" },
    },
  });
}
try {
  args = parse();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  console.error(usage);
  process.exit(2);
}
const [file] = args.positionals;
const { dataset, note } = args.values;
const date = args.values.date ?? new Date().toISOString().slice(0, 10);
if (
  file === undefined ||
  dataset === undefined ||
  note === undefined ||
  note.trim() === "" ||
  !/^\d{4}-\d{2}-\d{2}$/.test(date)
) {
  console.error(usage);
  process.exit(2);
}
let bytes: Uint8Array;
try {
  bytes = new Uint8Array(readFileSync(file));
} catch (error) {
  console.error(
    `Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(2);
}

try {
  const result = await publish({
    dataDir: args.values["data-dir"] ?? DATA_DIR,
    fileName: basename(file),
    bytes,
    datasetId: dataset,
    note: { sv: note, en: args.values["note-en"] ?? note },
    date,
    allowRowErrors: args.values["allow-row-errors"],
    ...(args.values.source === undefined ? {} : { source: args.values.source }),
    dryRun: args.values["dry-run"],
  });
  const { counts, unchanged } = result.diff;
  console.log(
    `${args.values["dry-run"] ? "Would publish" : "Published"} ${result.file} (${String(result.rows)} rows, ${String(result.bytes)} bytes, SHA-256 ${result.sha256}).`,
  );
  console.log(
    `Against the previous version: ${String(counts.added)} added, ${String(counts.removed)} removed, ${String(counts.changed)} changed, ${String(unchanged)} unchanged.`,
  );
} catch (error) {
  if (error instanceof PublishError) {
    if (error.report) console.error(formatReportText(error.report, "en"));
    console.error(`Not published: ${error.message}`);
    process.exit(1);
  }
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
