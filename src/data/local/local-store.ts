/**
 * Local datasets in IndexedDB (through idb): metadata and observations in two stores, so the
 * list on "Data och källor" never loads observations. Nothing here is ever sent anywhere.
 *
 * The county's rows and the rest of Sweden's are chunked apart ("<id>#…" and "<id>-sverige#…"):
 * the dataset's own id reads the county's (what every county view showed before rows for the
 * rest of Sweden were kept), its national id (local-national.ts) both.
 *
 * Stored metadata carries its schema version (`schema`), and reading brings an older one up to
 * date: 1 (no `schema`) = saved before column mappings were kept (maybe no `mapping`) and before
 * rows for the rest of Sweden were (no `coverage`: the county's rows only); 2 = today's.
 */
import { openDB, type DBSchema, type IDBPDatabase } from "idb";

import type { Observation } from "@/domain/observations";

import { DatasetError } from "../errors";
import type { LocalDataset, LocalDatasetMeta } from "./local-dataset";
import {
  isCountyArea,
  localBaseId,
  localNationalId,
} from "./local-national-id";

const DB_NAME = "psykisk-halsa-egen-data";

/**
 * Observations are stored in chunks ("<id>#00000", "<id>#00001", …): one structured-clone value
 * per dataset fails in Chromium for a million rows, chunks of CHUNK rows do not.
 */
const CHUNK = 50_000;
const chunkKey = (id: string, n: number): string =>
  `${id}#${String(n).padStart(5, "0")}`;
const chunksOf = (id: string): IDBKeyRange =>
  IDBKeyRange.bound(`${id}#`, `${id}#\uffff`);

/** The schema version of the metadata this code writes. */
const SCHEMA = 2;

/** A meta as stored, of any schema version (see above). */
type StoredMeta = Omit<LocalDatasetMeta, "mapping"> &
  Partial<Pick<LocalDatasetMeta, "mapping">> & { schema?: number };

interface Schema extends DBSchema {
  meta: { key: string; value: StoredMeta };
  chunks: {
    key: string;
    value: { key: string; observations: readonly Observation[] };
  };
}

let db: Promise<IDBPDatabase<Schema>> | null = null;

function open(): Promise<IDBPDatabase<Schema>> {
  db ??= openDB<Schema>(DB_NAME, 2, {
    upgrade(database, oldVersion) {
      if (oldVersion < 1) database.createObjectStore("meta", { keyPath: "id" });
      // Version 1 kept one value per dataset; nothing was published with it, so start afresh.
      const names: readonly string[] = [...database.objectStoreNames];
      if (names.includes("observations"))
        database.deleteObjectStore("observations" as never);
      if (!names.includes("chunks"))
        database.createObjectStore("chunks", { keyPath: "key" });
    },
  }).catch((error: unknown) => {
    db = null;
    throw storageError(error);
  });
  return db;
}

/** Browsers name a full storage differently (an aborted transaction may carry it as `error`). */
function isQuotaError(error: unknown): boolean {
  const cause =
    error instanceof DOMException
      ? error
      : (error as { target?: { error?: unknown } } | null)?.target?.error;
  return (
    cause instanceof DOMException &&
    (cause.name === "QuotaExceededError" ||
      cause.name === "NS_ERROR_DOM_QUOTA_REACHED")
  );
}

function storageError(error: unknown): DatasetError {
  return new DatasetError({
    problem: isQuotaError(error) ? "local-storage-full" : "local-storage",
    datasetId: "egen-data",
    version: null,
    file: null,
    line: null,
    field: null,
    detail: error instanceof Error ? error.message : String(error),
  });
}

async function run<T>(
  work: (d: IDBPDatabase<Schema>) => Promise<T>,
): Promise<T> {
  const d = await open();
  try {
    return await work(d);
  } catch (error) {
    throw error instanceof DatasetError ? error : storageError(error);
  }
}

/**
 * A stored meta as it is now. Each schema only added fields: schema 1's missing mapping is null,
 * its missing coverage the county's rows only (all it ever stored).
 */
function current(stored: StoredMeta): LocalDatasetMeta {
  const meta: StoredMeta = { ...stored, mapping: stored.mapping ?? null };
  delete meta.schema;
  return { ...meta, mapping: meta.mapping ?? null };
}

/** The county's rows and the rest of Sweden's, in the order the file gave them. */
function split(observations: readonly Observation[]): {
  county: Observation[];
  national: Observation[];
} {
  const county: Observation[] = [];
  const national: Observation[] = [];
  for (const o of observations)
    (isCountyArea(o.area) ? county : national).push(o);
  return { county, national };
}

/** Every local dataset's metadata, newest first. */
export function listLocalDatasets(): Promise<LocalDatasetMeta[]> {
  return run(async (d) =>
    (await d.getAll("meta"))
      .map(current)
      .sort((a, b) => b.importedAt.localeCompare(a.importedAt)),
  );
}

/**
 * A dataset's rows for the county, or (its national id) for the county and the rest of Sweden.
 */
export function getLocalObservations(
  id: string,
): Promise<{ meta: LocalDatasetMeta; observations: readonly Observation[] }> {
  const base = localBaseId(id) ?? id;
  return run(async (d) => {
    const tx = d.transaction(["meta", "chunks"]);
    const chunkStore = tx.objectStore("chunks");
    const [meta, chunks, national] = await Promise.all([
      tx.objectStore("meta").get(base),
      chunkStore.getAll(chunksOf(base)),
      base === id ? [] : chunkStore.getAll(chunksOf(id)),
      tx.done,
    ]);
    if (!meta || chunks.length === 0) {
      throw new DatasetError({
        problem: "local-missing",
        datasetId: id,
        version: null,
        file: null,
        line: null,
        field: null,
        detail: "",
      });
    }
    return {
      meta: current(meta),
      observations: [...chunks, ...national].flatMap((c) => c.observations),
    };
  });
}

/** Saves a dataset; a dataset with the same id (the same file content) is replaced. */
export function saveLocalDataset(dataset: LocalDataset): Promise<void> {
  return run(async (d) => {
    const { id } = dataset.meta;
    const national = localNationalId(id);
    const rows = split(dataset.observations);
    const tx = d.transaction(["meta", "chunks"], "readwrite");
    const chunks = tx.objectStore("chunks");
    const writes: Promise<unknown>[] = [];
    const put = (key: string, list: readonly Observation[], n: number) => {
      const observations = list.slice(n * CHUNK, (n + 1) * CHUNK);
      writes.push(chunks.put({ key: chunkKey(key, n), observations }));
    };
    try {
      writes.push(
        chunks.delete(chunksOf(id)),
        chunks.delete(chunksOf(national)),
      );
      const meta: StoredMeta = { ...dataset.meta, schema: SCHEMA };
      writes.push(tx.objectStore("meta").put(meta));
      // At least one chunk, so a dataset whose rows were all refused still reads back as empty.
      for (let n = 0; n === 0 || n * CHUNK < rows.county.length; n++)
        put(id, rows.county, n);
      for (let n = 0; n * CHUNK < rows.national.length; n++)
        put(national, rows.national, n);
    } catch (error) {
      // A write refused at once (storage full): nothing of this save may stay, not even the delete.
      for (const w of writes) w.catch(() => undefined);
      tx.abort();
      await tx.done.catch(() => undefined);
      throw error;
    }
    await Promise.all([...writes, tx.done]);
  });
}

export function deleteLocalDataset(id: string): Promise<void> {
  return run(async (d) => {
    const tx = d.transaction(["meta", "chunks"], "readwrite");
    await Promise.all([
      tx.objectStore("meta").delete(id),
      tx.objectStore("chunks").delete(chunksOf(id)),
      tx.objectStore("chunks").delete(chunksOf(localNationalId(id))),
      tx.done,
    ]);
  });
}

/** For tests: forget the open connection (after fake-indexeddb is reset). */
export function resetLocalStoreConnection(): void {
  db = null;
}
