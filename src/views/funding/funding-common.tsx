/** Pieces shared by the Finansiering sections: which tables are open (URL), the toggle, sources. */
import type { ReactNode } from "react";

import { ChartPlaceholder } from "@/charts/chart-placeholder";
import { citeSource } from "@/data/citation";
import type { DatasetMeta } from "@/data/load-dataset";
import {
  FUNDING_TABLES,
  type FundingTable,
  type ViewState,
} from "@/navigation/url-state";

import { DatasetErrorMessage } from "../shared/dataset-error";

/** Open tables: every section's with `table`, else the sections named in `tables` ("avtal.plan"). */
export function openTables(
  state: Pick<ViewState, "table" | "tables">,
): ReadonlySet<FundingTable> {
  return new Set(state.table ? FUNDING_TABLES : state.tables);
}

/** The URL patch that opens or closes one section's table. */
export function toggleTable(
  state: Pick<ViewState, "table" | "tables">,
  section: FundingTable,
): Partial<ViewState> {
  const next = new Set(openTables(state));
  if (next.has(section)) next.delete(section);
  else next.add(section);
  const ordered = FUNDING_TABLES.filter((s) => next.has(s));
  return ordered.length === FUNDING_TABLES.length
    ? { table: true, tables: [] }
    : { table: false, tables: ordered };
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
