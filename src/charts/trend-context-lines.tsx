/**
 * The context of a trend: every kommun not selected as a thin grey line beneath the others,
 * drawn with the chart's scales (inside the recharts tree). Hidden from screen readers and left
 * out of the keyboard stops and the tooltip: they would drown the selected lines; the table and
 * the summary ("kommunerna låg mellan …") hold their values.
 */
import { useXAxisScale, useYAxisScale } from "recharts";

import type { TrendLine } from "./series/trend-series";
import { COLORS } from "./theme";

/** The SVG path of a line; a missing year starts a new piece (a gap, never zero). */
export function contextPath(
  line: TrendLine,
  x: (period: string) => number | undefined,
  y: (value: number) => number | undefined,
): string {
  let d = "";
  let drawing = false;
  for (const p of line.points) {
    const px = p.value === null ? undefined : x(p.period);
    const py = p.value === null ? undefined : y(p.value);
    if (px === undefined || py === undefined) {
      drawing = false;
      continue;
    }
    d += `${drawing ? "L" : "M"}${px.toFixed(1)},${py.toFixed(1)}`;
    drawing = true;
  }
  return d;
}

export function ContextLines({ lines }: { lines: readonly TrendLine[] }) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  return (
    <g className="trend-chart__context" aria-hidden="true">
      {lines.map((line) => (
        <path
          key={line.key}
          d={contextPath(
            line,
            (p) => x(p),
            (v) => y(v),
          )}
          fill="none"
          stroke={COLORS.context}
          strokeWidth={1}
          strokeLinejoin="round"
        />
      ))}
    </g>
  );
}
