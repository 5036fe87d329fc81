/**
 * The tile map's series: one tile per kommun (placed by domain/tile-layout), its value (from the
 * ranked series, so per-inhabitant values, reasons and the county value are computed once), its
 * colour bin and a text colour that keeps ≥ 4.5:1 contrast on the tile. Two scales: sequential
 * (up to five groups of similar values, one hue, darkest where worse) and diverging around the county value (blue / orange,
 * orange on the worse side when the indicator has a direction). Pure: no React, no pixels.
 */
import type { AreaCode } from "@/domain/areas";
import { tileCell } from "@/domain/tile-layout";

import type { RankingRow, RankingSeries } from "./ranking-series";
import { divergingBins, type MapBin, sequentialBins } from "./map-bins";

export interface MapTile {
  readonly code: AreaCode;
  readonly name: string;
  readonly shortName: string;
  readonly col: number;
  readonly row: number;
  readonly source: RankingRow;
  readonly value: number | null;
  /** Index into the series' bins; null = no value (drawn hatched). */
  readonly bin: number | null;
  readonly highlighted: boolean;
}

export interface MapSeries {
  readonly ranking: RankingSeries;
  /** The scale drawn: diverging only when asked for and the county has a comparable value. */
  readonly scale: "sequential" | "diverging";
  /** True when diverging was asked for but the county value is missing or a total. */
  readonly divergingUnavailable: boolean;
  readonly bins: readonly MapBin[];
  /** Diverging: the step between "below" and "far below" (same units as the values). */
  readonly step: number | null;
  readonly county: number | null;
  readonly tiles: readonly MapTile[];
}

/** Tiles and bins for a ranked series. Kommuner the layout does not place are left out. */
export function buildMapSeries(
  ranking: RankingSeries,
  shortNames: ReadonlyMap<string, string>,
  scale: "sequential" | "diverging",
): MapSeries {
  const rows = ranking.rows.filter((r) => tileCell(r.code) !== null);
  const values = rows.map((r) => r.value);
  const county =
    ranking.county && ranking.countyIsComparable ? ranking.county.value : null;
  const divergingUnavailable = scale === "diverging" && county === null;
  let bins: MapBin[];
  let index: (number | null)[];
  let step: number | null = null;
  if (scale === "diverging" && county !== null) {
    ({ bins, index, step } = divergingBins(
      values,
      county,
      ranking.indicator.polarity,
      ranking.format,
    ));
  } else {
    ({ bins, index } = sequentialBins(values, ranking.indicator.polarity));
  }
  const tiles = rows.map((r, i) => {
    const cell = tileCell(r.code) ?? { col: 0, row: 0 };
    return {
      code: r.code,
      name: r.name,
      shortName: shortNames.get(r.code) ?? r.name,
      col: cell.col,
      row: cell.row,
      source: r,
      value: r.value,
      bin: index[i] ?? null,
      highlighted: r.highlighted,
    };
  });
  tiles.sort((a, b) => a.row - b.row || a.col - b.col);
  return {
    ranking,
    scale:
      scale === "diverging" && county !== null ? "diverging" : "sequential",
    divergingUnavailable,
    bins,
    step,
    county,
    tiles,
  };
}
