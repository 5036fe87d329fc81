/**
 * `npm run data:publish`: a file goes through the same import pipeline as the Importera view
 * (src/data/import) and becomes the next immutable version of an existing observations dataset.
 *
 * - The file's indicators must be in the catalogue (`indikatorer`) and belong to the dataset; a
 *   Kolada KPI id ("N74811") finds its indicator through the catalogue's Kolada id.
 * - The new version is the previous version with the file's rows added, or replacing the row
 *   with the same area, indicator, breakdown and period; every other row is carried over
 *   unchanged (a file never removes data by leaving it out). The printed diff says exactly what
 *   changed.
 * - Each row keeps the source its indicator already cites (for Kolada: "Kolada (RKA)" and the
 *   original producer the KPI's definition names), unless --source names another of the
 *   dataset's sources.
 * - Nothing is overwritten: the version file must not exist; the new file is loaded back through
 *   the app's own validating loader before the manifest is written.
 */
import { existsSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";

import { sha256Hex } from "../../src/data/checksum";
import { checkImport } from "../../src/data/import/check-import";
import type { ImportReport } from "../../src/data/import/report-types";
import {
  loadAreas,
  loadIndicators,
  loadManifest,
  loadObservations,
  resolveVersion,
} from "../../src/data/load-dataset";
import type { ReadFile } from "../../src/data/read-file";
import type {
  DatasetEntry,
  DatasetVersion,
  Manifest,
} from "../../src/data/schemas/manifest";
import {
  diffObservations,
  type DatasetDiff,
} from "../../src/domain/dataset-diff";
import type { LocalText } from "../../src/domain/local-text";
import { observationKey } from "../../src/domain/observations";

import { nodeReadFile } from "./node-read-file";
import {
  mapIndicators,
  PublishError,
  sourcesByIndicator,
  toCsv,
  toObservation,
} from "./publish-rows";

export { PublishError } from "./publish-rows";

export interface PublishInput {
  readonly dataDir: string;
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly datasetId: string;
  readonly note: LocalText;
  /** ISO date of publication. */
  readonly date: string;
  readonly allowRowErrors?: boolean;
  /** A source id of the dataset to cite for indicators that have none yet. */
  readonly source?: string;
  /** Check everything, write nothing. */
  readonly dryRun?: boolean;
}

export interface PublishResult {
  readonly version: number;
  readonly file: string;
  readonly sha256: string;
  readonly bytes: number;
  readonly rows: number;
  readonly diff: DatasetDiff;
  readonly report: ImportReport;
}

/** The observations dataset `id` of the manifest; a missing or other kind of dataset stops. */
function observationsEntry(manifest: Manifest, id: string) {
  const entry = manifest.datasets.find((d) => d.id === id);
  if (!entry) {
    throw new PublishError(
      `Dataset "${id}" is not in manifest.json. Known observation datasets: ${manifest.datasets
        .filter((d) => d.kind === "observations")
        .map((d) => d.id)
        .join(", ")}.`,
    );
  }
  if (entry.kind !== "observations") {
    throw new PublishError(
      `Dataset "${entry.id}" holds ${entry.kind}, not observations; only observation datasets can be published from a file.`,
    );
  }
  return entry;
}

/** The file read through the import pipeline against the kommuner; a rejected file stops. */
async function checkFile(
  input: PublishInput,
  read: ReadFile,
  manifest: Manifest,
): Promise<ImportReport> {
  const areas = await loadAreas(read, resolveVersion(manifest, "kommuner"));
  const report = checkImport(input.bytes, input.fileName, {
    areas: areas.areas.map((a) => ({ code: a.code, name: a.name })),
  });
  if (report.decision === "reject")
    throw new PublishError(`${input.fileName} was rejected.`, report);
  if (report.decision === "accept-with-row-errors" && !input.allowRowErrors) {
    throw new PublishError(
      `${input.fileName} has rows with errors. Fix them, or publish the good rows only with --allow-row-errors.`,
      report,
    );
  }
  return report;
}

/** The manifest with `version` added to dataset `id`'s versions. */
function withVersion(
  manifest: Manifest,
  id: string,
  version: DatasetVersion,
): Manifest {
  return {
    ...manifest,
    datasets: manifest.datasets.map((d): DatasetEntry =>
      d.id === id ? { ...d, versions: [...d.versions, version] } : d,
    ),
  };
}

export async function publish(input: PublishInput): Promise<PublishResult> {
  const read = nodeReadFile(input.dataDir);
  const manifest = await loadManifest(read);
  const entry = observationsEntry(manifest, input.datasetId);
  const report = await checkFile(input, read, manifest);

  const catalogue = await loadIndicators(
    read,
    resolveVersion(manifest, "indikatorer"),
  );
  const mapping = mapIndicators(report, catalogue.indicators, entry);
  const previousMeta = resolveVersion(manifest, entry.id);
  const previous = await loadObservations(read, previousMeta);
  const sourceOf = sourcesByIndicator(
    previous.observations,
    entry,
    input.source,
  );

  const fresh = report.observations.map((o) =>
    toObservation(o, mapping, sourceOf, report),
  );
  const replaced = new Set(fresh.map(observationKey));
  const carried = previous.observations.filter(
    (o) => !replaced.has(observationKey(o)),
  );
  const rows = [...carried, ...fresh];
  const content = toCsv(rows);
  const bytes = new TextEncoder().encode(content);
  const sha256 = sha256Hex(bytes);
  const version = Math.max(...entry.versions.map((v) => v.version)) + 1;
  const file = `${entry.id}.v${String(version)}.csv`;
  const path = resolve(input.dataDir, file);
  if (existsSync(path)) {
    throw new PublishError(
      `${file} already exists. A published file is never overwritten; check manifest.json.`,
    );
  }
  if (entry.versions.some((v) => v.sha256 === sha256)) {
    throw new PublishError(
      `The result is identical to a published version of ${entry.id}; nothing to publish.`,
    );
  }
  const next = withVersion(manifest, entry.id, {
    version,
    file,
    format: "csv",
    published: input.date,
    note: input.note,
    sha256,
    bytes: bytes.byteLength,
    origin: "file",
  });
  // Load the new version back through the app's loader before anything is written.
  const check = await loadObservations(
    async (name) => {
      if (name === file) return bytes;
      return read(name);
    },
    resolveVersion(next, entry.id, version),
  );
  const diff = diffObservations(previous.observations, check.observations);
  if (!input.dryRun) {
    writeFileSync(path, bytes, { flag: "wx" });
    writeFileSync(
      resolve(input.dataDir, "manifest.json"),
      JSON.stringify(next, null, 2) + "\n",
    );
  }
  return {
    version,
    file,
    sha256,
    bytes: bytes.byteLength,
    rows: rows.length,
    diff,
    report,
  };
}
