/**
 * Focusable data points on top of a recharts chart (lines, dots, bars): one invisible element per
 * point, placed with the chart's own scales, named for screen readers and moved between with the
 * arrow keys (use-chart-keyboard). The drawing underneath stays recharts'; these only carry focus,
 * the accessible name and the visible focus mark. Must be rendered inside a recharts chart.
 */
import { useXAxisScale, useYAxisScale } from "recharts";

import type { ChartKeyboard } from "./use-chart-keyboard";

export type KeyboardPoint =
  | {
      readonly key: string;
      /** A dot at (x, y) in data values. */
      readonly kind: "dot";
      readonly x: unknown;
      readonly y: unknown;
      /** Accessible name: who, when, value with unit, status. */
      readonly label: string;
    }
  | {
      readonly key: string;
      /** A bar over the category `x`, from y0 to y1 in data values. */
      readonly kind: "bar";
      readonly x: unknown;
      readonly y0: number;
      readonly y1: number;
      readonly label: string;
    };

const DOT_RADIUS = 9;

export function KeyboardPoints({
  points,
  keyboard,
}: {
  readonly points: readonly KeyboardPoint[];
  readonly keyboard: ChartKeyboard;
}) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  if (!xScale || !yScale) return null;
  return (
    <g className="keyboard-points">
      {points.map((point) => {
        const focused = keyboard.focused === point.key;
        let mark: { x: number; y: number; width: number; height: number };
        if (point.kind === "dot") {
          const cx = xScale(point.x);
          const cy = yScale(point.y);
          if (cx === undefined || cy === undefined) return null;
          mark = {
            x: cx - DOT_RADIUS,
            y: cy - DOT_RADIUS,
            width: DOT_RADIUS * 2,
            height: DOT_RADIUS * 2,
          };
        } else {
          const left = xScale(point.x, { position: "start" });
          const right = xScale(point.x, { position: "end" });
          const top = yScale(point.y1);
          const bottom = yScale(point.y0);
          if (
            left === undefined ||
            right === undefined ||
            top === undefined ||
            bottom === undefined
          )
            return null;
          mark = {
            x: left - 3,
            y: Math.min(top, bottom) - 3,
            width: right - left + 6,
            height: Math.abs(bottom - top) + 6,
          };
        }
        return (
          <g
            key={point.key}
            {...keyboard.pointProps(point.key)}
            role="img"
            aria-label={point.label}
          >
            <rect
              {...mark}
              rx={point.kind === "dot" ? DOT_RADIUS : 3}
              fill="transparent"
              pointerEvents="none"
            />
            {focused && (
              <rect
                {...mark}
                rx={point.kind === "dot" ? DOT_RADIUS : 3}
                className="chart-focus"
              />
            )}
          </g>
        );
      })}
    </g>
  );
}
