/**
 * The one loading/error gate: one status for everything a view or a chart needs (pending, the
 * first failure with a retry, or ready with the data), combined from queries with
 * `useQueries({ combine })` (use-data.ts names datasets; this file folds many). Charts never see a
 * query; views render a gate with views/shared/data-gate.
 */
import { useQueries } from "@tanstack/react-query";
import { useCallback } from "react";

import { usePins } from "./dataset-pins";
import type { ObservationsDataset } from "./load-dataset";
import { observationsQueryOptions } from "./queries";

export type Gate<T> =
  | { readonly status: "pending" }
  | {
      readonly status: "error";
      readonly error: unknown;
      /** Loads the failed dataset again. */
      readonly retry: () => void;
    }
  | { readonly status: "ready"; readonly data: T };

/** The part of a query result a gate reads. */
export interface ResultLike {
  readonly data: unknown;
  readonly isError: boolean;
  readonly error: unknown;
  readonly refetch: () => Promise<unknown>;
}

export const failure = (result: ResultLike): Gate<never> => ({
  status: "error",
  error: result.error,
  retry: () => {
    void result.refetch();
  },
});

/** The gate of one dataset's query. */
function gateOf<T>(
  result: ResultLike & { readonly data: T | undefined },
): Gate<T> {
  if (result.isError) return failure(result);
  return result.data === undefined
    ? { status: "pending" }
    : { status: "ready", data: result.data };
}

/**
 * Many observation datasets, each with its own gate, folded into one value by `fold` inside
 * `useQueries({ combine })`: for views that show what has arrived (the trend menu) or show the
 * rest when one file fails (the profile). `fold` must be a module-level function, so it reruns
 * only when a dataset arrives or fails.
 */
export function useObservationsEach<T>(
  ids: readonly string[],
  fold: (gates: readonly Gate<ObservationsDataset>[]) => T,
): T {
  const pins = usePins();
  return useQueries({
    queries: ids.map((id) =>
      observationsQueryOptions(id, pins.get(id) ?? null),
    ),
    combine: useCallback(
      (
        results: readonly (ResultLike & {
          data: ObservationsDataset | undefined;
        })[],
      ) => fold(results.map(gateOf)),
      [fold],
    ),
  });
}

/** What loaded and what failed once every dataset has settled. */
export interface Settled<T> {
  readonly loaded: readonly T[];
  readonly failed: readonly Extract<Gate<T>, { status: "error" }>[];
}

/** A fold for useObservationsEach: pending while any dataset loads, then loaded and failed. */
export function allSettled<T>(gates: readonly Gate<T>[]): Gate<Settled<T>> {
  if (gates.some((g) => g.status === "pending")) return { status: "pending" };
  return {
    status: "ready",
    data: {
      loaded: gates.flatMap((g) => (g.status === "ready" ? [g.data] : [])),
      failed: gates.flatMap((g) => (g.status === "error" ? [g] : [])),
    },
  };
}
