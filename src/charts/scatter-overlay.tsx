/**
 * Text drawn over the scatter with its own scales (inside the recharts tree), hidden from screen
 * readers (the summary, the keyboard stops and the table say the same): the quadrant words in
 * the plot's corners, beneath the dots; the county lines' labels outside the plot; the kommun
 * names next to their dots, placed or dropped by label-placement so none overlap.
 */
import {
  useChartWidth,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
} from "recharts";

import { DIAMOND_RADIUS, DOT_RADIUS } from "./scatter-marks";
import {
  placeLabels,
  textSize,
  type Anchor,
  type Box,
} from "./series/label-placement";
import type { Quadrant } from "./series/scatter-quadrants";
import type { LabelChoice } from "./series/scatter-labels";
import type { ScatterSeries } from "./series/scatter-series";
import { COLORS } from "./theme";

const HALO = {
  stroke: COLORS.background,
  strokeWidth: 3,
  paintOrder: "stroke",
  strokeLinejoin: "round",
} as const;

interface Corner {
  readonly lines: readonly string[];
  readonly x: number;
  readonly y: number;
  readonly anchor: Anchor;
  readonly box: Box;
}

/** The four quadrant words in the plot's corners; the top is high need unless `flipped`. */
function quadrantCorners(
  plot: Box,
  flipped: boolean,
  words: (q: Quadrant) => readonly string[],
  fontSize: number,
): Corner[] {
  const top = flipped ? "low" : "high";
  const bottom = flipped ? "high" : "low";
  const line = fontSize * 1.2;
  return (
    [
      [top, "low", "start", "top"],
      [top, "high", "end", "top"],
      [bottom, "low", "start", "bottom"],
      [bottom, "high", "end", "bottom"],
    ] as const
  ).map(([need, resource, anchor, edge]) => {
    const lines = words({ need, resource });
    const w = Math.max(...lines.map((l) => textSize(l, fontSize).w));
    const h = line * lines.length;
    const left = anchor === "start" ? plot.left + 6 : plot.right - 6 - w;
    const boxTop = edge === "top" ? plot.top + 4 : plot.bottom - 4 - h;
    return {
      lines,
      x: anchor === "start" ? left : left + w,
      y: boxTop + fontSize,
      anchor,
      box: { left, top: boxTop, right: left + w, bottom: boxTop + h },
    };
  });
}

function usePlot(): Box | null {
  const plot = usePlotArea();
  if (!plot) return null;
  return {
    left: plot.x,
    top: plot.y,
    right: plot.x + plot.width,
    bottom: plot.y + plot.height,
  };
}

export function QuadrantWords({
  words,
  flipped,
  fontSize,
}: {
  words: (q: Quadrant) => readonly string[];
  flipped: boolean;
  fontSize: number;
}) {
  const plot = usePlot();
  if (!plot) return null;
  return (
    <g className="scatter-chart__quadrants" aria-hidden="true">
      {quadrantCorners(plot, flipped, words, fontSize).map((c) => (
        <text
          key={c.lines.join("|")}
          x={c.x}
          y={c.y}
          textAnchor={c.anchor}
          fontSize={fontSize}
          fill={COLORS.sweden}
        >
          {c.lines.map((l, i) => (
            <tspan key={l} x={c.x} dy={i === 0 ? 0 : fontSize * 1.2}>
              {l}
            </tspan>
          ))}
        </text>
      ))}
    </g>
  );
}

export interface ScatterLabelsProps {
  readonly series: ScatterSeries;
  readonly choices: readonly LabelChoice[];
  /** The quadrant words when drawn (their corners are kept free), else null. */
  readonly words: ((q: Quadrant) => readonly string[]) | null;
  readonly flipped: boolean;
  /** Lines of the county labels: need (right of the plot) and resources (above it). */
  readonly county: { readonly need: string[]; readonly resource: string };
  readonly fontSize: number;
}

export function ScatterLabels(props: ScatterLabelsProps) {
  const { series, choices, fontSize } = props;
  const x = useXAxisScale();
  const y = useYAxisScale();
  const plot = usePlot();
  const width = useChartWidth() ?? 0;
  if (!x || !y || !plot) return null;
  const selected = new Set(
    series.points.filter((p) => p.highlighted).map((p) => p.code),
  );
  const dots = series.points.flatMap((p) => {
    const px = x(p.x);
    const py = y(p.y);
    const r = selected.has(p.code) ? DIAMOND_RADIUS : DOT_RADIUS;
    return px === undefined || py === undefined ? [] : [{ x: px, y: py, r }];
  });
  const requests = choices.flatMap((c) => {
    const px = x(c.x);
    const py = y(c.y);
    if (px === undefined || py === undefined) return [];
    const big = c.codes.some((code) => selected.has(code));
    return [
      {
        key: c.key,
        text: c.text,
        x: px,
        y: py,
        r: big ? DIAMOND_RADIUS : DOT_RADIUS,
        force: c.kind === "pointer" || c.kind === "selected",
      },
    ];
  });
  const corners = props.words
    ? quadrantCorners(plot, props.flipped, props.words, fontSize - 1)
    : [];
  const { placed } = placeLabels(
    requests,
    { bounds: plot, obstacles: corners.map((c) => c.box), dots },
    fontSize,
  );
  const kindOf = new Map(choices.map((c) => [c.key, c.kind]));
  const needY = y(series.need.county?.value ?? Number.NaN);
  const resourceX = x(series.resource.county?.value ?? Number.NaN);
  const half = textSize(props.county.resource, fontSize).w / 2;
  return (
    <g className="scatter-chart__labels" aria-hidden="true">
      {series.need.county && needY !== undefined && (
        <text
          x={plot.right + 6}
          y={needY - 3}
          fontSize={fontSize}
          fill={COLORS.county}
        >
          {props.county.need.map((l, i) => (
            <tspan key={l} x={plot.right + 6} dy={i === 0 ? 0 : fontSize * 1.2}>
              {l}
            </tspan>
          ))}
        </text>
      )}
      {series.resource.county && resourceX !== undefined && (
        <text
          x={Math.min(Math.max(resourceX, half), width - half)}
          y={plot.top - 8}
          textAnchor="middle"
          fontSize={fontSize}
          fill={COLORS.county}
        >
          {props.county.resource}
        </text>
      )}
      {placed.map((p) => {
        const strong = kindOf.get(p.key) === "selected";
        return (
          <g key={p.key}>
            {p.covers && (
              <rect
                x={p.box.left - 2}
                y={p.box.top}
                width={p.box.right - p.box.left + 4}
                height={p.box.bottom - p.box.top}
                fill={COLORS.background}
                opacity={0.9}
              />
            )}
            <text
              x={p.x}
              y={p.y}
              textAnchor={p.anchor}
              fontSize={fontSize}
              fontWeight={strong ? 700 : 400}
              fill={strong ? COLORS.highlight : COLORS.county}
              {...HALO}
            >
              {p.text}
            </text>
          </g>
        );
      })}
    </g>
  );
}
