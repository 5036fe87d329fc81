/**
 * Labels drawn over the scatter with its own scales (inside the recharts tree), hidden from screen
 * readers (the summary, the keyboard stops and the table say the same): the county lines' labels
 * outside the plot and the kommun names next to their dots, placed or dropped by label-placement
 * so none overlap each other, the dots or the quadrant words (scatter-quadrant-words).
 */
import { useChartWidth, useXAxisScale, useYAxisScale } from "recharts";

import { DIAMOND_RADIUS, DOT_RADIUS } from "./scatter-marks";
import { quadrantCorners } from "./scatter-quadrant-words";
import { placeLabels, textSize, type Box } from "./series/label-placement";
import type { Quadrant } from "./series/scatter-quadrants";
import type { LabelChoice } from "./series/scatter-labels";
import type { ScatterSeries } from "./series/scatter-series";
import { COLORS } from "./theme";
import { usePlotBox } from "./use-plot-box";

const HALO = {
  stroke: COLORS.background,
  strokeWidth: 3,
  paintOrder: "stroke",
  strokeLinejoin: "round",
} as const;

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

type Scale = (value: number) => number | undefined;

/** The dots to keep labels off, and a label request per chosen label, in pixels. */
function labelRequests(
  series: ScatterSeries,
  choices: readonly LabelChoice[],
  x: Scale,
  y: Scale,
) {
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
  return { dots, requests };
}

export function ScatterLabels(props: ScatterLabelsProps) {
  const { series, choices, fontSize } = props;
  const x = useXAxisScale();
  const y = useYAxisScale();
  const plot = usePlotBox();
  const width = useChartWidth() ?? 0;
  if (!x || !y || !plot) return null;
  const { dots, requests } = labelRequests(series, choices, x, y);
  const corners = props.words
    ? quadrantCorners(plot, props.flipped, props.words, fontSize - 1)
    : [];
  const { placed } = placeLabels(
    requests,
    { bounds: plot, obstacles: corners.map((c) => c.box), dots },
    fontSize,
  );
  const kindOf = new Map(choices.map((c) => [c.key, c.kind]));
  return (
    <g className="scatter-chart__labels" aria-hidden="true">
      <CountyLabels
        series={series}
        county={props.county}
        plot={plot}
        width={width}
        needY={y(series.need.county?.value ?? Number.NaN)}
        resourceX={x(series.resource.county?.value ?? Number.NaN)}
        fontSize={fontSize}
      />
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

/** The county lines' labels: need right of the plot, resources above it (kept inside the chart). */
function CountyLabels({
  series,
  county,
  plot,
  width,
  needY,
  resourceX,
  fontSize,
}: {
  series: ScatterSeries;
  county: ScatterLabelsProps["county"];
  plot: Box;
  width: number;
  needY: number | undefined;
  resourceX: number | undefined;
  fontSize: number;
}) {
  const half = textSize(county.resource, fontSize).w / 2;
  return (
    <>
      {series.need.county && needY !== undefined && (
        <text
          x={plot.right + 6}
          y={needY - 3}
          fontSize={fontSize}
          fill={COLORS.county}
        >
          {county.need.map((l, i) => (
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
          {county.resource}
        </text>
      )}
    </>
  );
}
