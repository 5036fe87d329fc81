/**
 * The labels on the county map: the kommun's name over its value, dark text on a white halo so it
 * reads on every colour, at the kommun's label point or moved beside it with a leader line. When
 * labels would overlap (large type on a phone), the selected kommuner and the worse values keep
 * theirs (domain/map-labels). Drawing only (aria-hidden): each kommun's accessible name carries
 * the same words. The inset also names, in grey, the kommuner it crops at its edge.
 */
import type { MapLabel, ViewBox } from "@/domain/kommun-map";
import {
  labelRect,
  nearestOnRect,
  placeLabels,
  type Rect,
  shiftInto,
} from "@/domain/map-labels";

import type { MapSeries, MapTile } from "../series/map-series";

import { labelPriority } from "./label-priority";
import type { MapPointText } from "./map-point-text";

interface Placed {
  readonly tile: MapTile;
  readonly label: MapLabel;
  readonly lines: readonly string[];
  readonly rect: Rect;
}

export function MapLabels({
  series,
  tiles,
  text,
  fontSize,
  labelOf,
  context,
  view,
}: {
  readonly series: MapSeries;
  readonly tiles: readonly MapTile[];
  readonly text: MapPointText;
  readonly fontSize: number;
  readonly labelOf: (code: string) => MapLabel | null;
  /** Grey names of kommuner labelled elsewhere: name and point. */
  /** The panel's box: labels are moved inside it. */
  readonly view: ViewBox;
  readonly context: readonly {
    readonly name: string;
    readonly at: readonly [number, number];
  }[];
}) {
  const priority = labelPriority(series);
  const labels: Placed[] = tiles.flatMap((tile) => {
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
  const small = fontSize * 0.85;
  const contextRects = context.map((c) => ({
    ...c,
    rect: labelRect(c.at[0], c.at[1], "middle", [c.name], small),
  }));
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
  const halo = { strokeWidth: fontSize * 0.22 };
  return (
    <g aria-hidden="true" pointerEvents="none" className="county-map__labels">
      {contextRects.map((c) =>
        kept.has(`context:${c.name}`) ? (
          <text
            key={c.name}
            x={c.at[0]}
            y={c.at[1]}
            fontSize={small}
            textAnchor="middle"
            className="county-map__label county-map__label--context"
            style={halo}
          >
            {c.name}
          </text>
        ) : null,
      )}
      {labels.map(({ tile, label, lines, rect }) => {
        if (!kept.has(tile.code)) return null;
        const { x, y, anchor, leader } = label;
        const end = leader ? nearestOnRect(rect, leader) : null;
        return (
          <g key={tile.code} data-label={tile.code}>
            {leader && end && (
              <>
                <line
                  x1={leader[0]}
                  y1={leader[1]}
                  x2={end[0]}
                  y2={end[1]}
                  className="county-map__leader"
                />
                <circle
                  cx={leader[0]}
                  cy={leader[1]}
                  r={fontSize * 0.14}
                  className="county-map__leader-end"
                />
              </>
            )}
            <text
              x={x}
              y={y}
              fontSize={fontSize}
              textAnchor={anchor}
              className="county-map__label"
              style={halo}
            >
              <tspan x={x} dy="-0.15em" className="county-map__name">
                {lines[0]}
              </tspan>
              <tspan x={x} dy="1.05em">
                {lines[1]}
              </tspan>
            </text>
          </g>
        );
      })}
    </g>
  );
}
