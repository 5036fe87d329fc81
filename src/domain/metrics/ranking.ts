/**
 * Ranks values with ties sharing the best place (standard competition ranking: 1, 2, 2, 4).
 * Missing values are never ranked.
 */

export type RankOrder = "descending" | "ascending";

/** Ranks of the given values (null = missing → rank null); n counts only ranked values. */
export function rankValues(
  values: readonly (number | null)[],
  order: RankOrder = "descending",
): { readonly ranks: (number | null)[]; readonly n: number } {
  const present = values.filter((v): v is number => v !== null);
  const ranks = values.map((value) => {
    if (value === null) return null;
    const better = present.filter((other) =>
      order === "descending" ? other > value : other < value,
    ).length;
    return better + 1;
  });
  return { ranks, n: present.length };
}
