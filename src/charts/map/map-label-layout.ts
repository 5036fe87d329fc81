/**
 * Where the county map's labels go: each kommun's name and value at its label point, moved inside
 * the panel's box; the grey names of cropped neighbours likewise; then which of them are kept
 * when they would overlap (the selected kommuner and the worse values first, domain/map-labels).
 */
import type { MapLabel, ViewBox } from "@/domain/kommun-map";
import {
  labelRect,
  placeLabels,
  type Rect,
  shiftInto,
} from "@/domain/map-labels";

import type { MapSeries, MapTile } from "../series/map-series";

import { labelPriority } from "./label-priority";
import type { MapPointText } from "./map-point-text";

interface PlacedLabel {
  readonly tile: MapTile;
  readonly label: MapLabel;
  readonly lines: readonly string[];
  readonly rect: Rect;
}

/** A grey name of a kommun labelled elsewhere: name and point. */
interface ContextName {
  readonly name: string;
  readonly at: readonly [number, number];
}

export interface MapLabelInput {
  readonly series: MapSeries;
  readonly tiles: readonly MapTile[];
  readonly text: MapPointText;
  readonly fontSize: number;
  readonly labelOf: (code: string) => MapLabel | null;
  readonly context: readonly ContextName[];
  /** The panel's box: labels are moved inside it. */
  readonly view: ViewBox;
}

export function layOutMapLabels({
  series,
  tiles,
  text,
  fontSize,
  labelOf,
  context,
  view,
}: MapLabelInput) {
  const priority = labelPriority(series);
  const labels: PlacedLabel[] = tiles.flatMap((tile) => {
    const label = labelOf(tile.code);
    if (!label) return [];
    const lines = [tile.name, text.shortValue(tile)];
    const at = labelRect(label.x, label.y, label.anchor, lines, fontSize);
    const [dx, dy] = shiftInto(at, view);
    const rect = {
      x0: at.x0 + dx,
      y0: at.y0 + dy,
      x1: at.x1 + dx,
      y1: at.y1 + dy,
    };
    return [
      {
        tile,
        label: { ...label, x: label.x + dx, y: label.y + dy },
        lines,
        rect,
      },
    ];
  });
  // Moved inside the panel like the labels: a cropped neighbour's name is never cut at the edge.
  const contextRects = context.map((c) => {
    const rect = labelRect(c.at[0], c.at[1], "middle", [c.name], fontSize);
    const [dx, dy] = shiftInto(rect, view);
    return {
      name: c.name,
      at: [c.at[0] + dx, c.at[1] + dy] as const,
      rect: {
        x0: rect.x0 + dx,
        y0: rect.y0 + dy,
        x1: rect.x1 + dx,
        y1: rect.y1 + dy,
      },
    };
  });
  const kept = placeLabels([
    ...labels.map((l) => ({
      key: l.tile.code,
      rect: l.rect,
      priority: priority(l.tile),
    })),
    ...contextRects.map((c) => ({
      key: `context:${c.name}`,
      rect: c.rect,
      priority: -2e9,
    })),
  ]);
  return { labels, contextRects, kept };
}
