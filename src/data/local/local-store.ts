/**
 * Local datasets in IndexedDB (through idb): metadata and observations in two stores, so the
 * list on "Data och källor" never loads observations. Nothing here is ever sent anywhere.
 */
import { openDB, type DBSchema, type IDBPDatabase } from "idb";

import type { Observation } from "@/domain/observations";

import { DatasetError } from "../errors";
import type { LocalDataset, LocalDatasetMeta } from "./local-dataset";

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

/** A meta as stored: those saved before column mappings were kept have no `mapping`. */
type StoredMeta = Omit<LocalDatasetMeta, "mapping"> &
  Partial<Pick<LocalDatasetMeta, "mapping">>;

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

/** A stored meta as it is now (no mapping kept: null). */
function current(meta: StoredMeta): LocalDatasetMeta {
  return { ...meta, mapping: meta.mapping ?? null };
}

/** Every local dataset's metadata, newest first. */
export function listLocalDatasets(): Promise<LocalDatasetMeta[]> {
  return run(async (d) =>
    (await d.getAll("meta"))
      .map(current)
      .sort((a, b) => b.importedAt.localeCompare(a.importedAt)),
  );
}

export function getLocalObservations(
  id: string,
): Promise<{ meta: LocalDatasetMeta; observations: readonly Observation[] }> {
  return run(async (d) => {
    const tx = d.transaction(["meta", "chunks"]);
    const [meta, chunks] = await Promise.all([
      tx.objectStore("meta").get(id),
      tx.objectStore("chunks").getAll(chunksOf(id)),
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
      observations: chunks.flatMap((c) => c.observations),
    };
  });
}

/** Saves a dataset; a dataset with the same id (the same file content) is replaced. */
export function saveLocalDataset(dataset: LocalDataset): Promise<void> {
  return run(async (d) => {
    const { id } = dataset.meta;
    const tx = d.transaction(["meta", "chunks"], "readwrite");
    const chunks = tx.objectStore("chunks");
    const writes: Promise<unknown>[] = [];
    try {
      writes.push(chunks.delete(chunksOf(id)));
      writes.push(tx.objectStore("meta").put(dataset.meta));
      // At least one chunk, so a dataset whose rows were all refused still reads back as empty.
      for (let n = 0; n === 0 || n * CHUNK < dataset.observations.length; n++) {
        writes.push(
          chunks.put({
            key: chunkKey(id, n),
            observations: dataset.observations.slice(
              n * CHUNK,
              (n + 1) * CHUNK,
            ),
          }),
        );
      }
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
      tx.done,
    ]);
  });
}

/** For tests: forget the open connection (after fake-indexeddb is reset). */
export function resetLocalStoreConnection(): void {
  db = null;
}
