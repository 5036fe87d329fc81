/**
 * Local datasets in IndexedDB (through idb): metadata and observations in two stores, so the
 * list on "Data och källor" never loads observations. Nothing here is ever sent anywhere.
 */
import { openDB, type DBSchema, type IDBPDatabase } from "idb";

import type { Observation } from "@/domain/observations";

import { DatasetError } from "../errors";
import type { LocalDataset, LocalDatasetMeta } from "./local-dataset";

const DB_NAME = "psykisk-halsa-egen-data";

interface Schema extends DBSchema {
  meta: { key: string; value: LocalDatasetMeta };
  observations: {
    key: string;
    value: { id: string; observations: readonly Observation[] };
  };
}

let db: Promise<IDBPDatabase<Schema>> | null = null;

function open(): Promise<IDBPDatabase<Schema>> {
  db ??= openDB<Schema>(DB_NAME, 1, {
    upgrade(database) {
      database.createObjectStore("meta", { keyPath: "id" });
      database.createObjectStore("observations", { keyPath: "id" });
    },
  }).catch((error: unknown) => {
    db = null;
    throw storageError(error);
  });
  return db;
}

function storageError(error: unknown): DatasetError {
  return new DatasetError({
    problem: "local-storage",
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

/** Every local dataset's metadata, newest first. */
export function listLocalDatasets(): Promise<LocalDatasetMeta[]> {
  return run(async (d) =>
    (await d.getAll("meta")).sort((a, b) =>
      b.importedAt.localeCompare(a.importedAt),
    ),
  );
}

export function getLocalObservations(
  id: string,
): Promise<{ meta: LocalDatasetMeta; observations: readonly Observation[] }> {
  return run(async (d) => {
    const tx = d.transaction(["meta", "observations"]);
    const [meta, rows] = await Promise.all([
      tx.objectStore("meta").get(id),
      tx.objectStore("observations").get(id),
      tx.done,
    ]);
    if (!meta || !rows) {
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
    return { meta, observations: rows.observations };
  });
}

/** Saves a dataset; a dataset with the same id (the same file content) is replaced. */
export function saveLocalDataset(dataset: LocalDataset): Promise<void> {
  return run(async (d) => {
    const tx = d.transaction(["meta", "observations"], "readwrite");
    await Promise.all([
      tx.objectStore("meta").put(dataset.meta),
      tx.objectStore("observations").put({
        id: dataset.meta.id,
        observations: dataset.observations,
      }),
      tx.done,
    ]);
  });
}

export function deleteLocalDataset(id: string): Promise<void> {
  return run(async (d) => {
    const tx = d.transaction(["meta", "observations"], "readwrite");
    await Promise.all([
      tx.objectStore("meta").delete(id),
      tx.objectStore("observations").delete(id),
      tx.done,
    ]);
  });
}

/** For tests: forget the open connection (after fake-indexeddb is reset). */
export function resetLocalStoreConnection(): void {
  db = null;
}
