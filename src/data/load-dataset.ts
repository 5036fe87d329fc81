/**
 * The one validating boundary: manifest → read bytes → verify size and SHA-256 → decode UTF-8 →
 * parse (papaparse for CSV, JSON.parse) → zod → typed domain values. Every failure is a
 * DatasetError naming dataset, version, file, line and field. Nothing downstream re-checks shapes.
 */
import type { AreaGrouping } from "@/domain/area-groups";
import type { Area, AreaCode } from "@/domain/areas";
import { areaKindOf } from "@/domain/areas";
import type { Indicator } from "@/domain/indicators";
import {
  indexByIndicator,
  type Observation,
  type ObservationIndex,
} from "@/domain/observations";

import { sha256Hex } from "./checksum";
import type { ReadFile } from "./read-file";
import { areasFileSchema, nationalAreasFileSchema } from "./schemas/areas";
import { groupsFileSchema } from "./schemas/groups";
import { indicatorsFileSchema } from "./schemas/indicators";
import {
  manifestSchema,
  type DatasetEntry,
  type DatasetVersion,
  type Manifest,
} from "./schemas/manifest";
import {
  decodeUtf8,
  fail,
  parseJson,
  readBytes,
  validate,
  type Where,
} from "./load-steps";
import { parseObservationsCsv } from "./observations-csv";

export const MANIFEST_FILE = "manifest.json";

/** What every loaded dataset carries besides its content: where it came from. */
export interface DatasetMeta {
  readonly entry: DatasetEntry;
  readonly version: DatasetVersion;
}

export interface ObservationsDataset extends DatasetMeta {
  readonly observations: readonly Observation[];
  /** The same observations by indicator id, built once when the dataset loads. */
  readonly byIndicator: ObservationIndex;
}

/** A loaded dataset's observations with its index (for the loader and local datasets). */
export function observationsDataset(
  meta: DatasetMeta,
  observations: readonly Observation[],
): ObservationsDataset {
  return { ...meta, observations, byIndicator: indexByIndicator(observations) };
}
export interface AreasDataset extends DatasetMeta {
  readonly areas: readonly Area[];
}
export interface GroupsDataset extends DatasetMeta {
  readonly grouping: AreaGrouping;
}
export interface IndicatorsDataset extends DatasetMeta {
  readonly indicators: readonly Indicator[];
}

/** Reads and validates the manifest. */
export async function loadManifest(read: ReadFile): Promise<Manifest> {
  const where = { datasetId: "manifest", version: null, file: MANIFEST_FILE };
  const text = decodeUtf8(await readBytes(read, where), where);
  const manifest = validate(manifestSchema, parseJson(text, where), where);
  for (const entry of manifest.datasets) {
    for (const version of entry.versions) {
      const expected = `${entry.id}.v${version.version}.${version.format}`;
      if (version.file !== expected) {
        fail({ ...where, datasetId: entry.id }, "file-name", {
          detail: version.file,
        });
      }
    }
  }
  return manifest;
}

/** The manifest entry and version to load: the latest unless a version is pinned. */
export function resolveVersion(
  manifest: Manifest,
  datasetId: string,
  pinned: number | null = null,
): DatasetMeta {
  const entry = manifest.datasets.find((d) => d.id === datasetId);
  if (!entry)
    return fail({ datasetId, version: pinned, file: null }, "not-in-manifest");
  const sorted = [...entry.versions].sort((a, b) => b.version - a.version);
  const version =
    pinned === null ? sorted[0] : sorted.find((v) => v.version === pinned);
  if (!version) {
    return fail(
      { datasetId, version: pinned, file: null },
      "version-not-found",
      {
        detail: `published: ${sorted.map((v) => v.version).join(", ")}`,
      },
    );
  }
  return { entry, version };
}

async function readVerifiedText(
  read: ReadFile,
  meta: DatasetMeta,
): Promise<string> {
  const where = {
    datasetId: meta.entry.id,
    version: meta.version.version,
    file: meta.version.file,
  };
  const bytes = await readBytes(read, where);
  if (bytes.byteLength !== meta.version.bytes) {
    fail(where, "size", {
      detail: `${bytes.byteLength} bytes, manifest says ${meta.version.bytes}`,
    });
  }
  const actual = sha256Hex(bytes);
  if (actual !== meta.version.sha256)
    fail(where, "checksum", { detail: actual });
  return decodeUtf8(bytes, where);
}

function whereOf(meta: DatasetMeta): Where {
  return {
    datasetId: meta.entry.id,
    version: meta.version.version,
    file: meta.version.file,
  };
}

function expectKind(meta: DatasetMeta, kind: DatasetEntry["kind"]): void {
  if (meta.entry.kind !== kind) {
    fail(whereOf(meta), "wrong-kind", {
      detail: `${meta.entry.kind}, expected ${kind}`,
    });
  }
}

/** Loads an "areas" dataset. */
export async function loadAreas(
  read: ReadFile,
  meta: DatasetMeta,
): Promise<AreasDataset> {
  expectKind(meta, "areas");
  const where = whereOf(meta);
  const text = await readVerifiedText(read, meta);
  const schema =
    meta.entry.coverage === "sweden"
      ? nationalAreasFileSchema
      : areasFileSchema;
  const file = validate(schema, parseJson(text, where), where);
  const areas = file.areas.map((area, index): Area => {
    const code = area.code as AreaCode;
    if (areaKindOf(code) !== area.kind) {
      fail(where, "area-code", {
        field: `areas.${index}.kind`,
        detail: `${area.code} ${area.kind}`,
      });
    }
    return { ...area, code };
  });
  return { ...meta, areas };
}

/** Loads a "groups" dataset: every member once, in a group the file defines. */
export async function loadGroups(
  read: ReadFile,
  meta: DatasetMeta,
): Promise<GroupsDataset> {
  expectKind(meta, "groups");
  const where = whereOf(meta);
  const text = await readVerifiedText(read, meta);
  const file = validate(groupsFileSchema, parseJson(text, where), where);
  const codes = new Set(file.groups.map((g) => g.code));
  const groupOf = new Map<AreaCode, string>();
  file.members.forEach((m, index) => {
    const field = `members.${index}`;
    if (!codes.has(m.group))
      fail(where, "schema", { field: `${field}.group`, detail: m.group });
    if (groupOf.has(m.area as AreaCode))
      fail(where, "duplicate", { field: `${field}.area`, detail: m.area });
    groupOf.set(m.area as AreaCode, m.group);
  });
  return {
    ...meta,
    grouping: {
      classification: file.classification,
      groups: file.groups,
      groupOf,
    },
  };
}

/** Loads the indicator catalogue. */
export async function loadIndicators(
  read: ReadFile,
  meta: DatasetMeta,
): Promise<IndicatorsDataset> {
  expectKind(meta, "indicators");
  const where = whereOf(meta);
  const text = await readVerifiedText(read, meta);
  const { indicators } = validate(
    indicatorsFileSchema,
    parseJson(text, where),
    where,
  );
  const seen = new Set<string>();
  indicators.forEach((indicator, index) => {
    if (seen.has(indicator.id)) {
      fail(where, "duplicate", {
        field: `indicators.${index}.id`,
        detail: indicator.id,
      });
    }
    seen.add(indicator.id);
  });
  return { ...meta, indicators };
}

/** Loads an observations dataset (CSV). */
export async function loadObservations(
  read: ReadFile,
  meta: DatasetMeta,
): Promise<ObservationsDataset> {
  expectKind(meta, "observations");
  const where = whereOf(meta);
  const text = await readVerifiedText(read, meta);
  return observationsDataset(
    meta,
    parseObservationsCsv(text, meta.entry, where),
  );
}
