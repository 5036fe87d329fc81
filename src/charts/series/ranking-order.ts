/**
 * The orders of a ranked chart's rows: by name (Swedish collation), or by value as it prints,
 * largest first.
 */
import { roundedAsShown } from "@/domain/format";
import type { FormatTag } from "@/domain/indicators";

import type { RankingRow } from "./ranking-series";

const collator = new Intl.Collator("sv");

export function byName(a: RankingRow, b: RankingRow): number {
  return collator.compare(a.name, b.name);
}

/**
 * Largest first, by the value as it prints (34,64 kr everywhere ties, whatever the fifth
 * decimal), ties by name; range-only rows by their midpoint; rows without anything last, by name.
 */
export function byValue(
  format: FormatTag,
): (a: RankingRow, b: RankingRow) => number {
  const key = (r: RankingRow): number | null =>
    r.value !== null
      ? roundedAsShown(r.value, format)
      : r.low !== null && r.high !== null
        ? (r.low + r.high) / 2
        : null;
  return (a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka === null && kb === null) return byName(a, b);
    if (ka === null) return 1;
    if (kb === null) return -1;
    return kb - ka || byName(a, b);
  };
}
