/**
 * Which kommuner keep their label on the county map when labels would overlap: the selected ones
 * first, then the worse values by the indicator's polarity (the highest where higher is worse,
 * the lowest where higher is better, the furthest from the middle for neutral indicators), those
 * without a value last. Pure.
 */
import type { MapSeries, MapTile } from "../series/map-series";

/** How bad a value is: larger is worse (for neutral indicators, further from the middle). */
function badness(series: MapSeries): (value: number) => number {
  const { polarity } = series.ranking.indicator;
  if (polarity === "higher-worse") return (v) => v;
  if (polarity === "higher-better") return (v) => -v;
  const values = series.tiles.flatMap((t) =>
    t.value === null ? [] : [t.value],
  );
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted[Math.floor(sorted.length / 2)] ?? 0;
  return (v) => Math.abs(v - mid);
}

/**
 * The priority of each kommun's label (higher is placed first): selected, then with a value,
 * then without; within each tier the worse value first. Ranks, so any size of value works.
 */
export function labelPriority(series: MapSeries): (tile: MapTile) => number {
  const bad = badness(series);
  const valued = series.tiles.flatMap((t) =>
    t.value === null ? [] : [t.value],
  );
  const rank = (v: number): number =>
    valued.filter((w) => bad(w) < bad(v)).length;
  const n = series.tiles.length + 1;
  return (tile) => {
    const tier = tile.highlighted ? 2 : tile.value === null ? 0 : 1;
    return tier * n + (tile.value === null ? 0 : rank(tile.value));
  };
}
