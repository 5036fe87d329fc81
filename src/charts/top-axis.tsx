/** The value axis on top of a horizontal chart: a grid line and a short label per tick. */
import { formatAxisTick } from "@/domain/format";
import { useT } from "@/i18n/i18n";

import { COLORS } from "./theme";

export interface TopAxisProps {
  readonly ticks: readonly number[];
  readonly x: (value: number) => number;
  /** Left edge of the plot area. */
  readonly left: number;
  /** y of the tick labels' baseline; grid lines run from just below it to `bottom`. */
  readonly top: number;
  readonly bottom: number;
}

export function TopAxis({ ticks, x, left, top, bottom }: TopAxisProps) {
  const { locale } = useT();
  return (
    <g transform={`translate(${left},0)`} aria-hidden="true">
      {ticks.map((tick) => (
        <g key={tick} transform={`translate(${x(tick)},0)`}>
          <line y1={top + 6} y2={bottom} stroke={COLORS.grid} />
          <text
            y={top}
            textAnchor="middle"
            className="rc-tick"
            fill={COLORS.axisText}
          >
            {formatAxisTick(tick, locale)}
          </text>
        </g>
      ))}
    </g>
  );
}
