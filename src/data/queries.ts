/**
 * TanStack Query access to the published datasets: a key factory, queryOptions factories and thin
 * hooks. Published files are immutable, so their queries never go stale and are never refetched.
 * Local datasets ("Egen data") can change and be deleted: they live in the cache for a while only.
 */
import {
  queryOptions,
  useQuery,
  useQueryClient,
  type QueryClient,
  type QueryKey,
} from "@tanstack/react-query";

import type { DatasetMeta, ObservationsDataset } from "./load-dataset";
import type { LocalDatasetMeta } from "./local/local-dataset";
import { isLocalDatasetId } from "./local/local-id";
import { fetchDataFile, type ReadFile } from "./read-file";
import type { Manifest } from "./schemas/manifest";

/**
 * The loader (zod, papaparse, SHA-256) is its own chunk so the app shell paints without it. Its
 * download starts with the first query (the first view's mount, or main.tsx's verification of a
 * pre-rendered page's datasets).
 */
const loader = () => import("./load-dataset");
type LoaderModule = Awaited<ReturnType<typeof loader>>;
type Load<T> = (
  module: LoaderModule,
) => (read: ReadFile, meta: DatasetMeta) => Promise<T>;

const dataQueryKeys = {
  manifest: () => ["data", "manifest"] as const,
  dataset: (kind: string, id: string, version: number | null) =>
    ["data", kind, id, version ?? "latest"] as const,
  /** The list of local datasets ("Egen data"), refreshed after a save or delete. */
  local: () => ["local"] as const,
  localList: () => ["local", "list"] as const,
};

/** IndexedDB access is its own chunk (idb), loaded when local data is first asked for. */
const localStore = () => import("./local/local-store");

/**
 * Whether this browser has saved local datasets, remembered in localStorage so a visitor without
 * any does not load the IndexedDB code on the way to the first chart.
 */
const HINT = "psykisk-halsa:egen-data";
const hasLocalHint = (): boolean => {
  // Pre-rendering at build time (Node, src/app/prerender.tsx): no browser, no local data.
  if (typeof window === "undefined") return false;
  try {
    return window.localStorage.getItem(HINT) === "1";
  } catch {
    return true; // unknown: ask IndexedDB
  }
};
const setLocalHint = (present: boolean): void => {
  try {
    if (present) window.localStorage.setItem(HINT, "1");
    else window.localStorage.removeItem(HINT);
  } catch {
    // Storage blocked: the hint is only an optimisation.
  }
};

/**
 * How long local data stays fresh, and in memory once no view shows it. A save or a delete
 * refreshes it at once anyway; the limit only keeps a large imported file from staying in
 * memory for the rest of the visit.
 */
const LOCAL_STALE_TIME = 5 * 60_000;
const LOCAL_GC_TIME = 10 * 60_000;

export const localDatasetsQueryOptions = () =>
  queryOptions({
    queryKey: dataQueryKeys.localList(),
    queryFn: async () => {
      if (!hasLocalHint()) return [];
      const list = await (await localStore()).listLocalDatasets();
      setLocalHint(list.length > 0);
      return list;
    },
    // Not "static": a save or a delete invalidates the list and must refetch it.
    staleTime: LOCAL_STALE_TIME,
    gcTime: LOCAL_GC_TIME,
    // No local data in this browser: the list is known at once, no render waits for it.
    ...(hasLocalHint() ? {} : { initialData: [] as LocalDatasetMeta[] }),
    retry: false,
  });

async function loadLocalObservations(id: string): Promise<ObservationsDataset> {
  const [store, { localDatasetEntry }, module] = await Promise.all([
    localStore(),
    import("./local/local-entry"),
    loader(),
  ]);
  const { meta, observations } = await store.getLocalObservations(id);
  return module.observationsDataset(localDatasetEntry(meta), observations);
}

export const manifestQueryOptions = () =>
  queryOptions({
    queryKey: dataQueryKeys.manifest(),
    queryFn: async (): Promise<Manifest> =>
      (await loader()).loadManifest(fetchDataFile),
    staleTime: "static",
  });

function datasetQuery<T>(
  kind: string,
  load: Load<T>,
  id: string,
  version: number | null,
) {
  return queryOptions({
    queryKey: dataQueryKeys.dataset(kind, id, version),
    queryFn: async ({ client }) => {
      const [module, manifest] = await Promise.all([
        loader(),
        client.query(manifestQueryOptions()),
      ]);
      return load(module)(
        fetchDataFile,
        module.resolveVersion(manifest, id, version),
      );
    },
    staleTime: "static",
  });
}

export const areasQueryOptions = (id: string, version: number | null = null) =>
  datasetQuery("areas", (m) => m.loadAreas, id, version);
export const groupsQueryOptions = (id: string, version: number | null = null) =>
  datasetQuery("groups", (m) => m.loadGroups, id, version);
export const indicatorsQueryOptions = (
  id: string,
  version: number | null = null,
) => datasetQuery("indicators", (m) => m.loadIndicators, id, version);
export const observationsQueryOptions = (
  id: string,
  version: number | null = null,
) => {
  const published = datasetQuery(
    "observations",
    (m) => m.loadObservations,
    id,
    version,
  );
  // A local dataset ("Egen data") has one version and lives in IndexedDB, not in the manifest.
  return isLocalDatasetId(id)
    ? {
        ...published,
        queryFn: () => loadLocalObservations(id),
        staleTime: LOCAL_STALE_TIME,
        gcTime: LOCAL_GC_TIME,
      }
    : published;
};

export const useManifest = () => useQuery(manifestQueryOptions());

/** The local datasets' metadata (newest first); an empty list when IndexedDB is unusable. */
export const useLocalDatasets = () => useQuery(localDatasetsQueryOptions());

/** Saves and deletes local datasets and refreshes every query that reads them. */
export const useLocalDatasetActions = () => {
  const client = useQueryClient();
  const refresh = () =>
    client.invalidateQueries({ queryKey: dataQueryKeys.local() });
  // The dataset and, when it keeps rows for the rest of Sweden, its national id ("…-sverige").
  const forget = (id: string) => {
    client.removeQueries({
      predicate: ({ queryKey: [, kind, key] }) =>
        kind === "observations" && String(key).startsWith(id),
    });
  };
  return {
    /** After the import worker saved a dataset: refresh the list and drop stale data. */
    saved: async (id: string) => {
      setLocalHint(true);
      forget(id);
      await refresh();
    },
    remove: async (id: string) => {
      await (await localStore()).deleteLocalDataset(id);
      forget(id);
      await refresh();
    },
  };
};

/** Fetches the query behind a key that dataQueryKeys made (an unknown key is an error). */
function fetchByKey(client: QueryClient, key: QueryKey): Promise<unknown> {
  const [scope, kind, id, version] = key;
  const v = typeof version === "number" ? version : null;
  if (scope === "local" && kind === "list")
    return client.query(localDatasetsQueryOptions());
  if (scope === "data" && kind === "manifest")
    return client.query(manifestQueryOptions());
  if (scope === "data" && typeof id === "string") {
    if (kind === "areas") return client.query(areasQueryOptions(id, v));
    if (kind === "indicators")
      return client.query(indicatorsQueryOptions(id, v));
    if (kind === "observations")
      return client.query(observationsQueryOptions(id, v));
  }
  return Promise.reject(new Error(`unknown query ${JSON.stringify(key)}`));
}

/**
 * Loads (and so verifies) the data of the given query keys into the cache — a pre-rendered page's
 * datasets before it is hydrated. True when every published dataset loaded; the local list
 * ("Egen data") may fail, as it may in any view.
 */
export async function prefetchDataQueries(
  client: QueryClient,
  keys: readonly QueryKey[],
): Promise<boolean> {
  const results = await Promise.allSettled(
    keys.map((key) => fetchByKey(client, key)),
  );
  return results.every(
    (r, i) => r.status === "fulfilled" || keys[i]?.[0] === "local",
  );
}
