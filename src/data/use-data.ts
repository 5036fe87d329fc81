/**
 * A view names the datasets it needs, and one `useQueries({ queries, combine })` turns their
 * queries into one gate: pending, the first failure (with a retry), or ready with every dataset
 * by name. A request that is `null` is not needed and comes back as `null`.
 */
import { useQueries, type UseQueryOptions } from "@tanstack/react-query";

import { usePins } from "./dataset-pins";
import { failure, type Gate, type ResultLike } from "./gate";
import type {
  AreasDataset,
  GroupsDataset,
  IndicatorsDataset,
  ObservationsDataset,
} from "./load-dataset";
import type { LocalDatasetMeta } from "./local/local-dataset";
import {
  areasQueryOptions,
  groupsQueryOptions,
  indicatorsQueryOptions,
  localDatasetsQueryOptions,
  manifestQueryOptions,
  observationsQueryOptions,
} from "./queries";
import type { Manifest } from "./schemas/manifest";

/** `version`: `undefined` = the version the URL pins, `null` = the latest regardless of pins. */
interface Versioned {
  readonly id: string;
  readonly version?: number | null | undefined;
}

export type DataRequest =
  | (Versioned & {
      readonly kind: "areas" | "indicators" | "observations" | "groups";
    })
  /** The published `indikatorer` plus the indicators of every local dataset ("Egen data"). */
  | { readonly kind: "catalogue" }
  | { readonly kind: "manifest" }
  | null;

type DataOf<R> = R extends null
  ? null
  : R extends { kind: "areas" }
    ? AreasDataset
    : R extends { kind: "indicators" | "catalogue" }
      ? IndicatorsDataset
      : R extends { kind: "observations" }
        ? ObservationsDataset
        : R extends { kind: "groups" }
          ? GroupsDataset
          : R extends { kind: "manifest" }
            ? Manifest
            : never;

export type GateData<R extends Readonly<Record<string, DataRequest>>> = {
  readonly [K in keyof R]: DataOf<R[K]>;
};

interface ObservationsRequest extends Versioned {
  readonly kind: "observations";
}

/** An observations dataset, or nothing when `id` is null. */
function observationsRequest(
  id: string,
  version?: number | null,
): ObservationsRequest;
function observationsRequest(
  id: string | null,
  version?: number | null,
): ObservationsRequest | null;
function observationsRequest(
  id: string | null,
  version?: number | null,
): ObservationsRequest | null {
  return id === null ? null : { kind: "observations", id, version };
}

/** Short ways to name a request. */
export const request = {
  areas: (id = "kommuner", version?: number | null) =>
    ({ kind: "areas", id, version }) as const,
  indicators: (id = "indikatorer", version?: number | null) =>
    ({ kind: "indicators", id, version }) as const,
  groups: (id: string, version?: number | null) =>
    ({ kind: "groups", id, version }) as const,
  catalogue: () => ({ kind: "catalogue" }) as const,
  manifest: () => ({ kind: "manifest" }) as const,
  observations: observationsRequest,
};

type AnyQuery = UseQueryOptions;

interface Slot {
  readonly query: AnyQuery;
  /** A failure of this query is not the view's failure (the local list: none then). */
  readonly tolerant: boolean;
}

function slotsOf(
  request: DataRequest,
  pins: ReadonlyMap<string, number>,
): Slot[] {
  if (request === null) return [];
  const slot = (query: unknown, tolerant = false): Slot => ({
    query: query as AnyQuery,
    tolerant,
  });
  if (request.kind === "manifest") return [slot(manifestQueryOptions())];
  if (request.kind === "catalogue")
    return [
      slot(indicatorsQueryOptions("indikatorer", pins.get("indikatorer"))),
      slot(localDatasetsQueryOptions(), true),
    ];
  const version =
    request.version === undefined
      ? (pins.get(request.id) ?? null)
      : request.version;
  const options = {
    areas: areasQueryOptions,
    groups: groupsQueryOptions,
    indicators: indicatorsQueryOptions,
    observations: observationsQueryOptions,
  }[request.kind];
  return [slot(options(request.id, version))];
}

/** Merged catalogues, kept per input so the catalogue keeps its identity between renders. */
const mergedCatalogues = new WeakMap<
  IndicatorsDataset,
  WeakMap<readonly LocalDatasetMeta[], IndicatorsDataset>
>();

/** Local indicators never shadow published ones: their ids carry the `egen-` prefix. */
function mergeCatalogue(
  published: IndicatorsDataset,
  local: readonly LocalDatasetMeta[],
): IndicatorsDataset {
  if (local.length === 0) return published;
  let byLocal = mergedCatalogues.get(published);
  if (!byLocal) {
    byLocal = new WeakMap();
    mergedCatalogues.set(published, byLocal);
  }
  let merged = byLocal.get(local);
  if (!merged) {
    merged = {
      ...published,
      indicators: [
        ...published.indicators,
        ...local.flatMap((d) => d.indicators),
      ],
    };
    byLocal.set(local, merged);
  }
  return merged;
}

/** One status for the results: the first failure, else pending, else every dataset by name. */
function combineGate<T>(
  requests: Readonly<Record<string, DataRequest>>,
  slots: readonly Slot[],
  results: readonly ResultLike[],
): Gate<T> {
  const failed = results.find((r, i) => r.isError && !slots[i]?.tolerant);
  if (failed) return failure(failed);
  // A tolerant query that failed is settled (no data); any other without data is still loading.
  const loading = (r: ResultLike, i: number): boolean =>
    r.data === undefined && !(r.isError && slots[i]?.tolerant === true);
  if (results.some(loading)) return { status: "pending" };
  let next = 0;
  const data: Record<string, unknown> = {};
  for (const [name, request] of Object.entries(requests)) {
    if (request === null) {
      data[name] = null;
    } else if (request.kind === "catalogue") {
      const published = results[next]?.data as IndicatorsDataset;
      const local = results[next + 1]?.data as LocalDatasetMeta[] | undefined;
      data[name] = mergeCatalogue(published, local ?? []);
      next += 2;
    } else {
      data[name] = results[next]?.data;
      next += 1;
    }
  }
  return { status: "ready", data: data as T };
}

/** Loads what the view names and gives one status for all of it. */
export function useData<const R extends Readonly<Record<string, DataRequest>>>(
  requests: R,
): Gate<GateData<R>> {
  const pins = usePins();
  const slots = Object.values(requests).flatMap((r) => slotsOf(r, pins));
  return useQueries({
    queries: slots.map((s) => s.query),
    combine: (results) => combineGate<GateData<R>>(requests, slots, results),
  });
}
