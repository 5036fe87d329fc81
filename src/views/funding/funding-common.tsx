/** Pieces shared by the Finansiering sections: which tables are open (URL), the toggle, sources. */
import type { ReactNode } from "react";

import { ChartPlaceholder } from "@/charts/chart-placeholder";
import { citeSource } from "@/data/citation";
import type { DatasetMeta } from "@/data/load-dataset";
import type { ViewState } from "@/navigation/url-state";

import { DatasetErrorMessage } from "../shared/dataset-error";

/** The sections whose table can be opened; their ids go in the URL's `group`, dot-separated. */
const SECTIONS = ["avtal", "stimulans", "forvantat", "plan"] as const;
export type SectionId = (typeof SECTIONS)[number];

/**
 * Open tables: none without `table`; with `table` the sections named in `group`
 * ("avtal.plan"), or all of them when `group` names none.
 */
export function openTables(state: ViewState): ReadonlySet<SectionId> {
  if (!state.table) return new Set();
  const named = (state.group ?? "")
    .split(".")
    .filter((s): s is SectionId => (SECTIONS as readonly string[]).includes(s));
  return new Set(named.length > 0 ? named : SECTIONS);
}

/** The URL patch that opens or closes one section's table. */
export function toggleTable(
  state: ViewState,
  section: SectionId,
): Partial<ViewState> {
  const next = new Set(openTables(state));
  if (next.has(section)) next.delete(section);
  else next.add(section);
  if (next.size === 0) return { table: false, group: null };
  const ordered = SECTIONS.filter((s) => next.has(s));
  return {
    table: true,
    group: ordered.length === SECTIONS.length ? null : ordered.join("."),
  };
}

/** The short citation of a source id, looked up in the given datasets. */
export function cite(datasets: readonly DatasetMeta[], id: string): string {
  for (const d of datasets) {
    const source = d.entry.sources.find((s) => s.id === id);
    if (source) return citeSource(source);
  }
  return id;
}

interface QueryLike {
  readonly isError: boolean;
  readonly error: unknown;
  readonly refetch: () => Promise<unknown>;
}

/** Error (with retry) or loading in a section's place; null when every query has its data. */
export function pendingOf(
  queries: readonly (QueryLike & { readonly data: unknown })[],
  loadingTitle: string,
): ReactNode {
  const failed = queries.find((q) => q.isError);
  if (failed)
    return (
      <DatasetErrorMessage
        error={failed.error}
        onRetry={() => {
          void failed.refetch();
        }}
      />
    );
  if (queries.some((q) => q.data === undefined))
    return <ChartPlaceholder state="loading" title={loadingTitle} />;
  return null;
}

/** The short title of a source id ("Handlingsplan 2023 …"), for inline quotes. */
export function citeTitle(
  datasets: readonly DatasetMeta[],
  id: string,
): string {
  for (const d of datasets) {
    const source = d.entry.sources.find((s) => s.id === id);
    if (source) return source.shortTitle ?? source.title;
  }
  return id;
}
