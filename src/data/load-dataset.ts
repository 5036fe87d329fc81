/**
 * The one validating boundary: manifest → read bytes → verify size and SHA-256 → decode UTF-8 →
 * parse (papaparse for CSV, JSON.parse) → zod → typed domain values. Every failure is a
 * DatasetError naming dataset, version, file, line and field. Nothing downstream re-checks shapes.
 */
import type * as z from "zod/mini";

import type { Area, AreaCode } from "@/domain/areas";
import { areaKindOf } from "@/domain/areas";
import type { Indicator } from "@/domain/indicators";
import { observationKey, type Observation } from "@/domain/observations";

import { sha256Hex } from "./checksum";
import { DatasetError, PROBLEM_CODES, type ProblemCode } from "./errors";
import { parseCsv } from "./parse-csv";
import { ReadFileError, type ReadFile } from "./read-file";
import { areasFileSchema } from "./schemas/areas";
import { indicatorsFileSchema } from "./schemas/indicators";
import {
  manifestSchema,
  type DatasetEntry,
  type DatasetVersion,
  type Manifest,
} from "./schemas/manifest";
import {
  OBSERVATION_HEADER,
  observationRowSchema,
  toObservation,
  type ObservationRow,
} from "./schemas/observations";

export const MANIFEST_FILE = "manifest.json";

/** What every loaded dataset carries besides its content: where it came from. */
export interface DatasetMeta {
  readonly entry: DatasetEntry;
  readonly version: DatasetVersion;
}

export interface ObservationsDataset extends DatasetMeta {
  readonly observations: readonly Observation[];
}
export interface AreasDataset extends DatasetMeta {
  readonly areas: readonly Area[];
}
export interface IndicatorsDataset extends DatasetMeta {
  readonly indicators: readonly Indicator[];
}

interface Where {
  readonly datasetId: string;
  readonly version: number | null;
  readonly file: string | null;
}

function fail(
  where: Where,
  problem: ProblemCode,
  rest: { line?: number | null; field?: string | null; detail?: string } = {},
): never {
  throw new DatasetError({
    problem,
    ...where,
    line: rest.line ?? null,
    field: rest.field ?? null,
    detail: rest.detail ?? "",
  });
}

async function readBytes(
  read: ReadFile,
  where: Where & { file: string },
): Promise<Uint8Array> {
  try {
    return await read(where.file);
  } catch (error) {
    if (error instanceof ReadFileError)
      fail(where, "fetch", { detail: error.message });
    throw error;
  }
}

function decodeUtf8(bytes: Uint8Array, where: Where): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(
      bytes,
    );
  } catch {
    return fail(where, "encoding");
  }
}

function parseJson(text: string, where: Where): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    return fail(where, "json", {
      detail: error instanceof Error ? error.message : "",
    });
  }
}

const isProblemCode = (text: string): text is ProblemCode =>
  (PROBLEM_CODES as readonly string[]).includes(text);

/** Validates with zod; the first issue becomes a DatasetError naming its path as the field. */
function validate<T>(
  schema: z.ZodMiniType<T>,
  value: unknown,
  where: Where,
  line: number | null = null,
): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.map(String).join(".") ?? null;
  const message = issue?.message ?? "";
  const problem = isProblemCode(message) ? message : "schema";
  const detail =
    problem === "schema" ? message : describeInput(value, issue?.path ?? []);
  return fail(where, problem, {
    line,
    field: field === "" ? null : field,
    detail,
  });
}

function describeInput(value: unknown, path: readonly PropertyKey[]): string {
  let current: unknown = value;
  for (const key of path) {
    if (current === null || typeof current !== "object") return "";
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  if (current === undefined) return "";
  return typeof current === "string" ? `"${current}"` : JSON.stringify(current);
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
  const file = validate(areasFileSchema, parseJson(text, where), where);
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
  return {
    ...meta,
    observations: parseObservationsCsv(text, meta.entry, where),
  };
}

function parseObservationsCsv(
  text: string,
  entry: DatasetEntry,
  where: Where,
): Observation[] {
  const { rows, error } = parseCsv(text);
  if (error) fail(where, "csv", { line: error.line, detail: error.message });
  const [header, ...body] = rows;
  if (!header || header.fields.join(",") !== OBSERVATION_HEADER.join(",")) {
    fail(where, "header", { line: 1, detail: header?.fields.join(",") ?? "" });
  }
  const sourceIds = new Set(entry.sources.map((s) => s.id));
  const seen = new Set<string>();
  return body.map(({ line, fields }) => {
    if (fields.length !== OBSERVATION_HEADER.length) {
      fail(where, "field-count", {
        line,
        detail: `${fields.length}, expected ${OBSERVATION_HEADER.length}`,
      });
    }
    const record = Object.fromEntries(
      OBSERVATION_HEADER.map((name, i) => [name, fields[i]]),
    );
    const row: ObservationRow = validate(
      observationRowSchema,
      record,
      where,
      line,
    );
    const converted = toObservation(row);
    if ("problem" in converted) {
      fail(where, converted.problem, {
        line,
        field: converted.field,
        detail: `status ${row.status}, value "${row.value}", low "${row.low}", high "${row.high}"`,
      });
    }
    if (!sourceIds.has(converted.sourceId)) {
      fail(where, "unknown-source", {
        line,
        field: "source_id",
        detail: converted.sourceId,
      });
    }
    const key = observationKey(converted);
    if (seen.has(key)) fail(where, "duplicate", { line, detail: key });
    seen.add(key);
    return converted;
  });
}
