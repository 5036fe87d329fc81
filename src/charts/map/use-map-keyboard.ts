/**
 * The keyboard route of both map drawings (county map and tile map): one tab stop, starting at
 * the first selected kommun; the arrow keys move in the tile layout's directions
 * (domain/tile-layout), Enter opens the kommun.
 */
import type { AreaCode } from "@/domain/areas";
import { neighbourTile } from "@/domain/tile-layout";

import type { MapSeries } from "../series/map-series";
import { useChartKeyboard, type ChartKeyboard } from "../use-chart-keyboard";

/** What a map drawing takes: its series, and what opening a kommun does. */
export interface MapChartProps {
  readonly series: MapSeries;
  readonly onOpen: (code: AreaCode) => void;
}

export function useMapKeyboard({
  series,
  onOpen,
}: MapChartProps): ChartKeyboard {
  const codes = series.tiles.map((tile) => tile.code);
  return useChartKeyboard({
    keys: codes,
    initial: series.tiles.find((tile) => tile.highlighted)?.code,
    onOpen: (code) => {
      onOpen(code as AreaCode);
    },
    move: (code, direction) => neighbourTile(code, direction, codes),
  });
}
