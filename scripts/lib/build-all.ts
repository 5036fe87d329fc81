/**
 * The build behind `npm run data:build` and `npm run data:kolada`: every builder, put next to what
 * is published (reconcile), loaded back through the app's loader, and, when asked, written.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";

import type { Manifest } from "../../src/data/schemas/manifest";
import type { Area } from "../../src/domain/areas";
import type { LocalText } from "../../src/domain/local-text";

import { buildAreas } from "./builders/areas";
import { buildCatalogue } from "./builders/catalogue";
import { buildKolada } from "./builders/kolada";
import {
  buildKoladaNational,
  buildNationalAreas,
} from "./builders/kolada-national";
import { buildKommungrupper } from "./builders/kommungrupper";
import { buildPopulation } from "./builders/population";
import { buildStimulus } from "./builders/stimulus";
import { buildTranscribed } from "./builders/transcribed";
import { nodeReadFile } from "./node-read-file";
import { DATA_DIR } from "./paths";
import { summarise, summaryLines } from "./versions/changes";
import { loadBack } from "./versions/load-back";
import { reconcile } from "./versions/reconcile";

export interface BuildOptions {
  /** Make the next version of every dataset whose inputs changed. */
  readonly next: boolean;
  /** Write what was made (false: only print it). */
  readonly write: boolean;
  readonly date: string;
  readonly note: LocalText | null;
  /** Kolada responses to read instead of the newest in data-src/kolada (a staging copy). */
  readonly koladaDir?: string;
  readonly log: (line: string) => void;
}

export interface BuildResult {
  /** Why nothing was written (empty when all is well). */
  readonly problems: readonly string[];
  /** The new versions (written only with `write`). */
  readonly fresh: number;
  readonly datasets: number;
}

function buildAll(koladaDir: string | undefined) {
  const areasBuilt = buildAreas();
  const areas = (JSON.parse(areasBuilt.content) as { areas: Area[] }).areas;
  const built = [
    areasBuilt,
    buildPopulation(),
    buildStimulus(areas),
    ...buildTranscribed(),
    ...buildKolada(koladaDir),
    // All of Sweden as context: never loaded by the first view.
    buildNationalAreas(),
    buildKommungrupper(),
    ...buildKoladaNational(),
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

export async function build(options: BuildOptions): Promise<BuildResult> {
  const { next, date, note, log } = options;
  const manifestPath = resolve(DATA_DIR, "manifest.json");
  const old = JSON.parse(readFileSync(manifestPath, "utf8")) as Manifest;
  const results = buildAll(options.koladaDir).map((b) =>
    reconcile(
      b,
      old.datasets.find((d) => d.id === b.entry.id)?.versions ?? [],
      { dataDir: DATA_DIR, next, date, note },
    ),
  );
  const problems = results.flatMap((r) => r.problems);
  if (problems.length > 0) return { problems, fresh: 0, datasets: 0 };
  const manifest: Manifest = {
    schemaVersion: 1,
    datasets: results.map((r) => r.entry),
  };
  const manifestText = JSON.stringify(manifest, null, 2) + "\n";
  const fresh = results.flatMap((r) => r.fresh);
  // The same content in any key order (data:publish writes the manifest as the loader reads it).
  if (!next && canonical(old) !== canonical(manifest)) {
    const problem =
      "manifest.json differs from what the build produces (run `npm run data:build -- --next`).";
    return { problems: [problem], fresh: 0, datasets: 0 };
  }
  // Everything, new versions included, must load through the app's own loader before a byte is written.
  const count = await loadBack(nodeReadFile(), manifestText, fresh);
  for (const f of fresh) {
    log(`${f.meta.file}: ${f.meta.note.en}`);
    const lines = summaryLines(
      summarise(f.previous?.content ?? "", f.content, f.meta.format),
    );
    for (const line of lines) log(`  ${line}`);
  }
  if (!options.write)
    return { problems: [], fresh: fresh.length, datasets: count };
  for (const f of fresh) {
    writeFileSync(resolve(DATA_DIR, f.meta.file), f.content, { flag: "wx" });
  }
  if (next && (fresh.length > 0 || canonical(old) !== canonical(manifest))) {
    writeFileSync(manifestPath, manifestText);
  }
  return { problems: [], fresh: fresh.length, datasets: count };
}
