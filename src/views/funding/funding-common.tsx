/** Pieces shared by the Finansiering sections: which tables are open (URL), the toggle, sources. */
import { citeSource } from "@/data/citation";
import type { DatasetMeta } from "@/data/load-dataset";
import {
  FUNDING_TABLES,
  type FundingTable,
  type ViewState,
} from "@/navigation/url-state";

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
