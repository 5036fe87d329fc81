/**
 * Builds the bundled datasets in public/data from ../shared (reference data, seeds) and data-src
 * (the catalogue source file indikatorer.json, transcriptions, Kolada values), and their manifest
 * entries. Deterministic: the same inputs give byte-identical files. A published version is never
 * overwritten: each is rebuilt from the inputs (restricted to the indicators it was published
 * with) and must match; versions made by `npm run data:publish` are carried over. When the inputs
 * give something else than the latest version of a dataset, that is its next version.
 *
 *   npm run data:build                   check that every published file is reproduced exactly
 *   npm run data:build -- --next         write the next version of every dataset whose inputs
 *                                        changed (and the manifest), after loading them back
 *                                        through the app's loader; print what changed
 *     [--note "…" --note-en "…"]         the change note (default: what changed, e.g. new indicators)
 *     [--date YYYY-MM-DD]                the publication date (default: today)
 *
 * PUBLIC_DATA_DIR and DATA_SRC_DIR point the build at other folders (e.g. a test's copy).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";

import type { Manifest } from "../src/data/schemas/manifest";
import type { Area } from "../src/domain/areas";

import { buildAreas } from "./lib/builders/areas";
import { buildCatalogue } from "./lib/builders/catalogue";
import { buildKolada } from "./lib/builders/kolada";
import { buildPopulation } from "./lib/builders/population";
import { buildStimulus } from "./lib/builders/stimulus";
import { buildTranscribed } from "./lib/builders/transcribed";
import { nodeReadFile } from "./lib/node-read-file";
import { DATA_DIR } from "./lib/paths";
import { summarise, summaryLines } from "./lib/versions/changes";
import { loadBack } from "./lib/versions/load-back";
import { reconcile } from "./lib/versions/reconcile";

const args = parseArgs({
  options: {
    next: { type: "boolean", default: false },
    write: { type: "boolean", default: false },
    note: { type: "string" },
    "note-en": { type: "string" },
    date: { type: "string" },
  },
});
const next = args.values.next || args.values.write;
const date = args.values.date ?? new Date().toISOString().slice(0, 10);
const note =
  args.values.note === undefined
    ? null
    : { sv: args.values.note, en: args.values["note-en"] ?? args.values.note };

function buildAll() {
  const areasBuilt = buildAreas();
  const areas = (JSON.parse(areasBuilt.content) as { areas: Area[] }).areas;
  const built = [
    areasBuilt,
    buildPopulation(),
    buildStimulus(areas),
    ...buildTranscribed(),
    ...buildKolada(),
  ];
  const catalogue = buildCatalogue(
    built.flatMap((b) => b.indicators),
    built.flatMap((b) => b.entry.sources),
  );
  built.splice(1, 0, catalogue);
  return built;
}

/** JSON with every object's keys sorted. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v).sort(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  );

async function main(): Promise<void> {
  const manifestPath = resolve(DATA_DIR, "manifest.json");
  const old = JSON.parse(readFileSync(manifestPath, "utf8")) as Manifest;
  const results = buildAll().map((b) =>
    reconcile(
      b,
      old.datasets.find((d) => d.id === b.entry.id)?.versions ?? [],
      { dataDir: DATA_DIR, next, date, note },
    ),
  );
  const problems = results.flatMap((r) => r.problems);
  if (problems.length > 0) {
    console.error(problems.join("\n"));
    process.exit(1);
  }
  const manifest: Manifest = {
    schemaVersion: 1,
    datasets: results.map((r) => r.entry),
  };
  const manifestText = JSON.stringify(manifest, null, 2) + "\n";
  const fresh = results.flatMap((r) => r.fresh);
  // The same content in any key order (data:publish writes the manifest as the loader reads it).
  if (!next && canonical(old) !== canonical(manifest)) {
    console.error(
      "manifest.json differs from what the build produces (run `npm run data:build -- --next`).",
    );
    process.exit(1);
  }
  // Everything, new versions included, must load through the app's own loader before a byte is written.
  const count = await loadBack(nodeReadFile(), manifestText, fresh);
  for (const f of fresh) {
    console.log(`${f.meta.file}: ${f.meta.note.en}`);
    const lines = summaryLines(
      summarise(f.previous?.content ?? "", f.content, f.meta.format),
    );
    for (const line of lines) console.log(`  ${line}`);
    writeFileSync(resolve(DATA_DIR, f.meta.file), f.content, { flag: "wx" });
  }
  if (next && (fresh.length > 0 || canonical(old) !== canonical(manifest))) {
    writeFileSync(manifestPath, manifestText);
  }
  console.log(
    `${String(count)} datasets ${fresh.length > 0 ? `verified, ${String(fresh.length)} new versions written` : "verified"}.`,
  );
}

await main();
