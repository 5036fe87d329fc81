/**
 * TanStack Query access to the published datasets: a key factory, queryOptions factories and thin
 * hooks. Published files are immutable, so their queries never go stale and are never refetched.
 */
import { queryOptions, useQuery } from "@tanstack/react-query";

import {
  loadAreas,
  loadIndicators,
  loadManifest,
  loadObservations,
  resolveVersion,
} from "./load-dataset";
import { fetchDataFile } from "./read-file";
import type { Manifest } from "./schemas/manifest";

export const dataQueryKeys = {
  manifest: () => ["data", "manifest"] as const,
  dataset: (kind: string, id: string, version: number | null) =>
    ["data", kind, id, version ?? "latest"] as const,
};

export const manifestQueryOptions = () =>
  queryOptions({
    queryKey: dataQueryKeys.manifest(),
    queryFn: () => loadManifest(fetchDataFile),
    staleTime: "static",
  });

type Loader<T> = typeof loadAreas extends (...args: infer A) => unknown
  ? (...args: A) => Promise<T>
  : never;

function datasetQuery<T>(kind: string, load: Loader<T>, id: string, version: number | null) {
  return queryOptions({
    queryKey: dataQueryKeys.dataset(kind, id, version),
    queryFn: async ({ client }) => {
      const manifest: Manifest = await client.ensureQueryData(manifestQueryOptions());
      return load(fetchDataFile, resolveVersion(manifest, id, version));
    },
    staleTime: "static",
  });
}

export const areasQueryOptions = (id: string, version: number | null = null) =>
  datasetQuery("areas", loadAreas, id, version);
export const indicatorsQueryOptions = (id: string, version: number | null = null) =>
  datasetQuery("indicators", loadIndicators, id, version);
export const observationsQueryOptions = (id: string, version: number | null = null) =>
  datasetQuery("observations", loadObservations, id, version);

export const useManifest = () => useQuery(manifestQueryOptions());
export const useAreas = (id: string, version: number | null = null) =>
  useQuery(areasQueryOptions(id, version));
export const useIndicators = (id: string, version: number | null = null) =>
  useQuery(indicatorsQueryOptions(id, version));
export const useObservations = (id: string | null, version: number | null = null) =>
  useQuery({ ...observationsQueryOptions(id ?? "", version), enabled: id !== null });
