/**
 * Builds the bundled datasets in public/data from ../shared (reference data, seeds) and
 * data-src/transcribed, and writes their manifest entries. Deterministic: running it again gives
 * byte-identical files. A published version is never overwritten: if a rebuilt file differs from
 * a published version, the script stops and says so (publish a new version instead). A builder
 * makes version 1 and, where a later correction is built from the same inputs, versions 2, 3, …
 * (`Built.later`); each is checked the same way. Versions written by `npm run data:publish`
 * are carried over unchanged.
 *
 *   npm run data:build            check that every published file is reproduced exactly
 *   npm run data:build -- --write write files that do not exist yet (first publication)
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";

import { sha256Hex } from "../src/data/checksum";
import {
  loadAreas,
  loadIndicators,
  loadManifest,
  loadObservations,
  resolveVersion,
} from "../src/data/load-dataset";
import type {
  DatasetEntry,
  DatasetVersion,
  Manifest,
} from "../src/data/schemas/manifest";
import type { Area } from "../src/domain/areas";
import type { LocalText } from "../src/domain/local-text";

import { buildAreas } from "./lib/builders/areas";
import { buildCatalogue } from "./lib/builders/catalogue";
import { buildKolada } from "./lib/builders/kolada";
import { buildPopulation } from "./lib/builders/population";
import { buildStimulus } from "./lib/builders/stimulus";
import { buildTranscribed } from "./lib/builders/transcribed";
import { nodeReadFile } from "./lib/node-read-file";
import { DATA_DIR } from "./lib/paths";

const PUBLISHED = "2026-11-23";
const FIRST_NOTE: LocalText = {
  sv: "Första publicerade versionen.",
  en: "First published version.",
};

async function main(): Promise<void> {
  const write = process.argv.includes("--write");
  const areasBuilt = buildAreas();
  const areas = (JSON.parse(areasBuilt.content) as { areas: Area[] }).areas;
  const built = [
    areasBuilt,
    buildPopulation(),
    buildStimulus(areas),
    ...buildTranscribed(),
    ...buildKolada(),
  ];
  built.splice(1, 0, buildCatalogue(built.flatMap((b) => b.indicators)));

  const manifestPath = resolve(DATA_DIR, "manifest.json");
  const old: Manifest = existsSync(manifestPath)
    ? await loadManifest(nodeReadFile())
    : { schemaVersion: 1, datasets: [] };
  const problems: string[] = [];
  const datasets: DatasetEntry[] = built.map((b) => {
    const previous = old.datasets.find((d) => d.id === b.entry.id);
    const made = [
      {
        version: 1,
        content: b.content,
        published: PUBLISHED,
        note: FIRST_NOTE,
      },
      ...(b.later ?? []),
    ];
    const versions: DatasetVersion[] = [];
    for (const m of made) {
      const published = previous?.versions.find((v) => v.version === m.version);
      const bytes = new TextEncoder().encode(m.content);
      const sha256 = sha256Hex(bytes);
      const file = `${b.entry.id}.v${String(m.version)}.${b.format}`;
      if (published && published.sha256 === sha256) {
        versions.push(published);
        continue;
      }
      if (published) {
        problems.push(
          `${published.file}: rebuilt content differs from the published version (publish a new version instead).`,
        );
        versions.push(published);
        continue;
      }
      if (!write) {
        problems.push(`${file}: not published yet (run with --write).`);
        continue;
      }
      writeFileSync(resolve(DATA_DIR, file), m.content, { flag: "wx" });
      versions.push({
        version: m.version,
        file,
        format: b.format,
        published: m.published,
        note: m.note,
        sha256,
        bytes: bytes.byteLength,
      });
    }
    // Versions after the ones the builder makes come from `npm run data:publish`: carried over.
    const carried = (previous?.versions ?? []).filter(
      (v) => !made.some((m) => m.version === v.version),
    );
    return { ...b.entry, versions: [...versions, ...carried] };
  });
  if (problems.length > 0) {
    console.error(problems.join("\n"));
    process.exit(1);
  }
  const manifest: Manifest = { schemaVersion: 1, datasets };
  const manifestText = JSON.stringify(manifest, null, 2) + "\n";
  if (write) writeFileSync(manifestPath, manifestText);
  else if (readFileSync(manifestPath, "utf8") !== manifestText) {
    console.error(
      "manifest.json differs from what the build produces (run with --write).",
    );
    process.exit(1);
  }

  const count = await loadEveryDataset();
  console.log(`${count} datasets ${write ? "written and " : ""}verified.`);
}

/** Round trip through the app's own loader: what we wrote must load and validate. */
async function loadEveryDataset(): Promise<number> {
  const read = nodeReadFile();
  const loaded = await loadManifest(read);
  for (const entry of loaded.datasets) {
    const meta = resolveVersion(loaded, entry.id);
    if (entry.kind === "areas") await loadAreas(read, meta);
    else if (entry.kind === "indicators") await loadIndicators(read, meta);
    else await loadObservations(read, meta);
  }
  return loaded.datasets.length;
}

await main();
