/**
 * The quadrant words of the scatter ("Högt behov, låga resurser") in the plot's corners, beneath
 * the dots and hidden from screen readers (the summary says the same). The corners' boxes are
 * kept free of kommun labels.
 */
import { textSize, type Anchor, type Box } from "./series/label-placement";
import type { Quadrant } from "./series/scatter-quadrants";
import { COLORS } from "./theme";
import { usePlotBox } from "./use-plot-box";

interface Corner {
  readonly lines: readonly string[];
  readonly x: number;
  readonly y: number;
  readonly anchor: Anchor;
  readonly box: Box;
}

/** The four quadrant words in the plot's corners; the top is high need unless `flipped`. */
export function quadrantCorners(
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

export function QuadrantWords({
  words,
  flipped,
  fontSize,
}: {
  words: (q: Quadrant) => readonly string[];
  flipped: boolean;
  fontSize: number;
}) {
  const plot = usePlotBox();
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
