/**
 * The labels on the county map: the kommun's name over its value, dark text on a white halo so it
 * reads on every colour, at the kommun's label point or moved beside it with a leader line. When
 * labels would overlap (large type on a phone), the selected kommuner and the worse values keep
 * theirs (domain/map-labels). Drawing only (aria-hidden): each kommun's accessible name carries
 * the same words. The inset also names, in grey, the kommuner it crops at its edge.
 */
import { nearestOnRect } from "@/domain/map-labels";

import { layOutMapLabels, type MapLabelInput } from "./map-label-layout";
import { CONTEXT_LABEL, LABEL, LEADER } from "./map-strokes";

export function MapLabels(props: MapLabelInput) {
  const { labels, contextRects, kept } = layOutMapLabels(props);
  const { fontSize } = props;
  const halo = { strokeWidth: fontSize * 0.22 };
  return (
    <g aria-hidden="true" pointerEvents="none" className="county-map__labels">
      {contextRects.map((c) =>
        kept.has(`context:${c.name}`) ? (
          <text
            key={c.name}
            x={c.at[0]}
            y={c.at[1]}
            fontSize={fontSize}
            textAnchor="middle"
            {...CONTEXT_LABEL}
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
                  {...LEADER}
                />
                <circle
                  cx={leader[0]}
                  cy={leader[1]}
                  r={fontSize * 0.14}
                  fill={LEADER.stroke}
                />
              </>
            )}
            <text
              x={x}
              y={y}
              fontSize={fontSize}
              textAnchor={anchor}
              {...LABEL}
              style={halo}
            >
              <tspan x={x} dy="-0.15em" fontWeight={700}>
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
