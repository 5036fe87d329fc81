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
import { basename, resolve } from "node:path";

import Papa from "papaparse";

import { sha256Hex } from "../../src/data/checksum";
import { checkImport } from "../../src/data/import/check-import";
import type {
  ImportedObservation,
  ImportReport,
} from "../../src/data/import/report-types";
import {
  loadAreas,
  loadIndicators,
  loadManifest,
  loadObservations,
  resolveVersion,
} from "../../src/data/load-dataset";
import type { DatasetEntry, Manifest } from "../../src/data/schemas/manifest";
import { OBSERVATION_HEADER } from "../../src/data/schemas/observations";
import {
  diffObservations,
  type DatasetDiff,
} from "../../src/domain/dataset-diff";
import type { Indicator } from "../../src/domain/indicators";
import type { LocalText } from "../../src/domain/local-text";
import {
  comparePeriods,
  observationKey,
  type Observation,
} from "../../src/domain/observations";

import {
  breakdownOf,
  symbolNote,
} from "../../src/data/local/local-observation";

import { nodeReadFile } from "./node-read-file";

export class PublishError extends Error {
  constructor(
    message: string,
    readonly report: ImportReport | null = null,
  ) {
    super(message);
    this.name = "PublishError";
  }
}

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

export async function publish(input: PublishInput): Promise<PublishResult> {
  const read = nodeReadFile(input.dataDir);
  const manifest = await loadManifest(read);
  const entry = manifest.datasets.find((d) => d.id === input.datasetId);
  if (!entry) {
    throw new PublishError(
      `Dataset "${input.datasetId}" is not in manifest.json. Known observation datasets: ${manifest.datasets
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
  const next: Manifest = {
    ...manifest,
    datasets: manifest.datasets.map((d): DatasetEntry =>
      d.id === entry.id
        ? {
            ...d,
            versions: [
              ...d.versions,
              {
                version,
                file,
                format: "csv",
                published: input.date,
                note: input.note,
                sha256,
                bytes: bytes.byteLength,
                origin: "file",
              },
            ],
          }
        : d,
    ),
  };
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

/** File indicator → catalogue indicator id of this dataset (by id, or by Kolada KPI id). */
function mapIndicators(
  report: ImportReport,
  catalogue: readonly Indicator[],
  entry: DatasetEntry,
): Map<string, string> {
  const mapping = new Map<string, string>();
  const unknown: string[] = [];
  const elsewhere: string[] = [];
  for (const { id } of report.indicators) {
    const key = id.trim().toLowerCase();
    const found = catalogue.find(
      (i) => i.id === key || i.koladaId?.toLowerCase() === key,
    );
    if (!found) unknown.push(id);
    else if (found.datasetId !== entry.id)
      elsewhere.push(`${id} (${found.datasetId})`);
    else mapping.set(id, found.id);
  }
  if (unknown.length > 0 || elsewhere.length > 0) {
    const own = catalogue.filter((i) => i.datasetId === entry.id);
    throw new PublishError(
      [
        unknown.length > 0 &&
          `Not in the indicator catalogue: ${unknown.join(", ")}. Add them to the catalogue (a new version of indikatorer) first.`,
        elsewhere.length > 0 &&
          `These belong to another dataset: ${elsewhere.join(", ")}.`,
        `Indicators of ${entry.id}: ${own.map((i) => i.koladaId ?? i.id).join(", ")}.`,
      ]
        .filter(Boolean)
        .join("\n"),
    );
  }
  return mapping;
}

/** The source each indicator's rows cite in the previous version (or --source). */
function sourcesByIndicator(
  previous: readonly Observation[],
  entry: DatasetEntry,
  override: string | undefined,
): (indicator: string) => string {
  if (override !== undefined && !entry.sources.some((s) => s.id === override)) {
    throw new PublishError(
      `--source ${override} is not a source of ${entry.id}: ${entry.sources.map((s) => s.id).join(", ")}.`,
    );
  }
  const cited = new Map<string, string>();
  for (const o of previous) cited.set(o.indicator, o.sourceId);
  return (indicator) => {
    const id =
      override ??
      cited.get(indicator) ??
      entry.sources.find((s) => s.id === indicator)?.id;
    if (id === undefined) {
      throw new PublishError(
        `No source to cite for ${indicator}: name one of ${entry.sources.map((s) => s.id).join(", ")} with --source.`,
      );
    }
    return id;
  };
}

function toObservation(
  o: ImportedObservation,
  mapping: ReadonlyMap<string, string>,
  sourceOf: (indicator: string) => string,
  report: ImportReport,
): Observation {
  const indicator = mapping.get(o.indicator);
  if (indicator === undefined)
    throw new PublishError(`Unmapped indicator ${o.indicator}`);
  const breakdown = breakdownOf(o);
  const file = basename(report.file);
  return {
    area: o.area as Observation["area"],
    indicator,
    breakdown,
    period: o.period,
    value: o.value,
    status: o.status,
    low: null,
    high: null,
    note: o.symbol === null ? "" : symbolNote(o.symbol),
    sourceId: sourceOf(indicator),
    locator:
      report.format === "kolada-json"
        ? `Kolada API, KPI ${o.indicator}, ${o.area}, ${o.period}${o.gender ? `, kön ${o.gender}` : ""} (${file})`
        : `${file} rad ${String(o.line)}`,
  };
}

const number = (v: number | null): string => (v === null ? "" : String(v));

function toCsv(rows: readonly Observation[]): string {
  const sorted = [...rows].sort(
    (a, b) =>
      a.indicator.localeCompare(b.indicator) ||
      a.area.localeCompare(b.area) ||
      a.breakdown.localeCompare(b.breakdown) ||
      comparePeriods(a.period, b.period),
  );
  return (
    Papa.unparse(
      {
        fields: [...OBSERVATION_HEADER],
        data: sorted.map((o) => [
          o.area,
          o.indicator,
          o.breakdown,
          o.period,
          number(o.value),
          o.status,
          number(o.low),
          number(o.high),
          o.note,
          o.sourceId,
          o.locator,
        ]),
      },
      { newline: "\n" },
    ) + "\n"
  );
}
