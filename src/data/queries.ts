/**
 * TanStack Query access to the published datasets: a key factory, queryOptions factories and thin
 * hooks. Published files are immutable, so their queries never go stale and are never refetched.
 */
import { queryOptions, useQueries, useQuery } from "@tanstack/react-query";

import { usePinnedVersion, usePins } from "./dataset-pins";
import type { DatasetMeta } from "./load-dataset";
import { fetchDataFile, type ReadFile } from "./read-file";
import type { Manifest } from "./schemas/manifest";

/**
 * The loader (zod, papaparse, SHA-256) is its own chunk so the app shell paints without it. Its
 * download starts as soon as this module is evaluated, in parallel with the first render.
 */
const loaderModule = import("./load-dataset");
const loader = () => loaderModule;
type LoaderModule = Awaited<ReturnType<typeof loader>>;
type Load<T> = (
  module: LoaderModule,
) => (read: ReadFile, meta: DatasetMeta) => Promise<T>;

export const dataQueryKeys = {
  manifest: () => ["data", "manifest"] as const,
  dataset: (kind: string, id: string, version: number | null) =>
    ["data", kind, id, version ?? "latest"] as const,
};

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
export const indicatorsQueryOptions = (
  id: string,
  version: number | null = null,
) => datasetQuery("indicators", (m) => m.loadIndicators, id, version);
export const observationsQueryOptions = (
  id: string,
  version: number | null = null,
) => datasetQuery("observations", (m) => m.loadObservations, id, version);

export const useManifest = () => useQuery(manifestQueryOptions());

/*
 * The hooks below show the version the URL pins (dataset-pins.tsx) unless a caller names one;
 * `undefined` = "whatever is in force", `null` = the latest regardless of pins.
 */
export const useAreas = (id: string, version?: number | null) => {
  const pinned = usePinnedVersion(id);
  return useQuery(
    areasQueryOptions(id, version === undefined ? pinned : version),
  );
};
export const useIndicators = (id: string, version?: number | null) => {
  const pinned = usePinnedVersion(id);
  return useQuery(
    indicatorsQueryOptions(id, version === undefined ? pinned : version),
  );
};
export const useObservations = (id: string | null, version?: number | null) => {
  const pinned = usePinnedVersion(id);
  return useQuery({
    ...observationsQueryOptions(
      id ?? "",
      version === undefined ? pinned : version,
    ),
    enabled: id !== null,
  });
};

/** Several observation datasets at once, in the order given (for views that need many). */
export const useObservationsMany = (ids: readonly string[]) => {
  const pins = usePins();
  return useQueries({
    queries: ids.map((id) =>
      observationsQueryOptions(id, pins.get(id) ?? null),
    ),
  });
};
