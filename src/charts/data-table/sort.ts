/**
 * Sorting a data table by one column. Missing values (null) always sort last, whatever the
 * direction; ties keep the order the rows were given in (Array.prototype.sort is stable), so a
 * series already ordered by name stays ordered by name within equal values.
 */

export type SortKey = number | string | null;

export interface SortState {
  readonly column: string;
  readonly ascending: boolean;
}

/** Kommun names are Swedish whatever the UI language: å, ä, ö sort after z. */
const collator = new Intl.Collator("sv");

function compareKeys(a: SortKey, b: SortKey, ascending: boolean): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  const result =
    typeof a === "number" && typeof b === "number"
      ? a - b
      : collator.compare(String(a), String(b));
  return ascending ? result : -result;
}

/** The rows in the order of `sort`, by the key each row has in that column. */
export function sortRows<Row>(
  rows: readonly Row[],
  key: (row: Row) => SortKey,
  ascending: boolean,
): Row[] {
  return [...rows].sort((a, b) => compareKeys(key(a), key(b), ascending));
}
