/**
 * npm run data:check -- <file> [--json] [--lang en] [--map mapping.json]
 * Checks a file a coordinator wants to import with the same pipeline as the Importera view
 * (src/data/import/check-import.ts) and prints the report: for a person (Swedish; --lang en for
 * English) or, with --json, as one JSON object (src/data/import/check-json.ts). --map applies a
 * column mapping saved from Importera (src/data/import/mapping.ts) instead of detection.
 * Exit code: 0 accepted, 1 accepted with row errors, 2 rejected, unreadable file or bad arguments.
 */
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { parseArgs } from "node:util";

import { checkImport } from "../src/data/import/check-import";
import { exitCodeOf, toCheckJson } from "../src/data/import/check-json";
import { importAreasOf } from "../src/data/import/import-areas";
import { parseMapping, type ImportMapping } from "../src/data/import/mapping";
import { formatReportText } from "../src/data/import/report-text";
import {
  loadAreas,
  loadManifest,
  resolveVersion,
} from "../src/data/load-dataset";
import { importText } from "../src/i18n/import/import-text";

import { nodeReadFile } from "./lib/node-read-file";

const USAGE =
  "Användning: npm run data:check -- <fil> [--json] [--lang sv|en] [--map kolumnmappning.json]";

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

let parsed: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      lang: { type: "string", default: "sv" },
      map: { type: "string" },
    },
  });
}
try {
  parsed = parse();
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
}
const { positionals, values } = parsed;
const [file] = positionals;
if (file === undefined || positionals.length !== 1) fail(USAGE);
if (values.lang !== "sv" && values.lang !== "en")
  fail(`--lang måste vara sv eller en.\n${USAGE}`);
const locale = values.lang;

let bytes: Uint8Array;
try {
  bytes = new Uint8Array(await readFile(file));
} catch (error) {
  fail(
    `Kan inte läsa filen ${file}: ${error instanceof Error ? error.message : String(error)}`,
  );
}

let mapping: ImportMapping | null = null;
if (values.map !== undefined) {
  let text: string;
  try {
    text = await readFile(values.map, "utf8");
  } catch (error) {
    fail(
      `Kan inte läsa kolumnmappningen ${values.map}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const parsed = parseMapping(text);
  if (!parsed.ok) fail(`${values.map}: ${importText(parsed.message, locale)}`);
  mapping = parsed.mapping;
}

let areas;
try {
  const read = nodeReadFile();
  const manifest = await loadManifest(read);
  areas = (await loadAreas(read, resolveVersion(manifest, "kommuner"))).areas;
} catch (error) {
  fail(
    `Kan inte läsa kommunerna från public/data: ${error instanceof Error ? error.message : String(error)}`,
  );
}

const report = checkImport(
  bytes,
  basename(file),
  { areas: importAreasOf(areas) },
  { mapping },
);
process.stdout.write(
  values.json
    ? `${JSON.stringify(toCheckJson(report))}\n`
    : formatReportText(report, locale),
);
// exitCode, not exit(): a large JSON report must reach a pipe in full.
process.exitCode = exitCodeOf(report);
