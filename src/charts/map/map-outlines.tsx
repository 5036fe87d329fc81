/**
 * What the county map draws over the kommuner: the selected kommuner's ring (orange between white
 * lines, visible on every colour), the keyboard focus, and on the county map the frame around
 * what the inset enlarges. Drawing only.
 */
import {
  MAP_VIEWS,
  type MapPanel,
  panelOf,
  shapeOf,
} from "@/domain/kommun-map";

import type { MapSeries } from "../series/map-series";
import type { ChartKeyboard } from "../use-chart-keyboard";

/** Selected kommuner (orange ring between white lines) and the keyboard focus, on top. */
export function Outlines({
  series,
  keyboard,
  panel,
}: {
  readonly series: MapSeries;
  readonly keyboard: ChartKeyboard;
  readonly panel: MapPanel;
}) {
  const selected = series.tiles.filter((tile) => tile.highlighted);
  const focused =
    keyboard.focused !== null && panelOf(keyboard.focused) === panel
      ? shapeOf(keyboard.focused)
      : null;
  return (
    <g aria-hidden="true" pointerEvents="none">
      {selected.map((tile) => (
        <g key={tile.code} className="county-map__selected">
          <path
            d={shapeOf(tile.code)?.path}
            className="county-map__ring-under"
          />
          <path d={shapeOf(tile.code)?.path} className="county-map__ring" />
        </g>
      ))}
      {focused && (
        <>
          <path d={focused.path} className="county-map__ring-under" />
          <path d={focused.path} className="chart-focus county-map__focus" />
        </>
      )}
    </g>
  );
}

/** The inset's box drawn on the county map. */
export function InsetFrame() {
  const [x, y, w, h] = MAP_VIEWS.inset;
  return (
    <rect
      x={x}
      y={y}
      width={w}
      height={h}
      aria-hidden="true"
      pointerEvents="none"
      className="county-map__frame"
    />
  );
}
