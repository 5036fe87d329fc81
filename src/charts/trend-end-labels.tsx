/** The trend chart's direct labels at the line ends (inside the recharts tree, for its scales). */
import { useXAxisScale, useYAxisScale } from "recharts";

import type { TrendLine } from "./series/trend-series";
import { COLORS } from "./theme";
import { trendLineStyle } from "./trend-line-style";

const LABEL_GAP = 14;

/** A label's lines: "name, group" and "Median A2 (beräknat)" go on two lines when wrapping. */
function labelParts(label: string, wrap: boolean): string[] {
  return wrap ? label.split(/, | (?=\()/) : [label];
}

/** The right margin that holds the longest end label (two lines when `wrap`). */
export function labelMargin(
  lines: readonly TrendLine[],
  labels: Readonly<Record<string, string>>,
  narrow: boolean,
  wrap: boolean,
): number {
  const longest = Math.max(
    0,
    ...lines.flatMap((l) => {
      const label = labels[l.key] ?? l.name;
      return labelParts(label, wrap).map((part) => part.length);
    }),
  );
  return Math.min(narrow ? 124 : 230, 20 + longest * 7.6);
}

/** Direct labels at the end of each line, pushed apart so they never overlap. */
export function EndLabels({
  lines,
  labels,
  split,
  height,
  wrap,
}: {
  lines: readonly TrendLine[];
  labels: Readonly<Record<string, string>>;
  split: boolean;
  height: number;
  /** Narrow charts put "name, group" and "Median A2 (beräknat)" on two lines. */
  wrap: boolean;
}) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  const placed = lines
    .flatMap((line) => {
      if (!line.last || line.last.value === null) return [];
      const px = x(line.last.period);
      const py = y(line.last.value);
      if (px === undefined || py === undefined) return [];
      const parts = labelParts(labels[line.key] ?? line.name, wrap);
      return [{ line, parts, px, py, ty: py }];
    })
    .sort((a, b) => a.py - b.py);
  // Each label takes as many rows as it has lines (a wrapped label two or three).
  const rows = (p: { parts: readonly string[] }) => (wrap ? p.parts.length : 1);
  for (let i = 1; i < placed.length; i++) {
    const prev = placed[i - 1];
    const cur = placed[i];
    const gap = prev ? rows(prev) * LABEL_GAP : 0;
    if (prev && cur && cur.ty - prev.ty < gap) cur.ty = prev.ty + gap;
  }
  const last = placed[placed.length - 1];
  const bottom = last ? last.ty + (rows(last) - 1) * LABEL_GAP : 0;
  const overflow = bottom - (height - (wrap ? 36 : 8));
  if (overflow > 0) for (const p of placed) p.ty -= overflow;
  return (
    <g className="trend-chart__labels" aria-hidden="true">
      {placed.map(({ line, parts, px, ty }) => {
        const style = trendLineStyle(line, split);
        return (
          <text
            key={line.key}
            x={px + 9}
            y={ty}
            {...(wrap ? {} : { dy: "0.32em" })}
            fontSize={12}
            fontWeight={line.role === "selected" ? 700 : 400}
            fill={
              line.role === "sweden" || line.role === "group"
                ? COLORS.axisText
                : style.stroke
            }
          >
            {wrap
              ? parts.map((part, i) => (
                  <tspan
                    key={part}
                    x={px + 9}
                    dy={i === 0 ? "0.32em" : "1.1em"}
                  >
                    {part}
                  </tspan>
                ))
              : (labels[line.key] ?? line.name)}
          </text>
        );
      })}
    </g>
  );
}
