/**
 * One kommun's row of the ranked bars: its name, its bar (or hatched range, or nothing when the
 * value is missing) from the zero line, the value beyond the bar's end, hover and focus marks.
 * The row is an image named by its <title> (kommun, value, status, rank).
 */
import type { AreaCode } from "@/domain/areas";

import { RankingBarMark } from "./ranking-bar-mark";
import type { RankingRow } from "./series/ranking-series";
import { COLORS } from "./theme";
import type { ChartKeyboard } from "./use-chart-keyboard";

export interface RankingBarRowProps {
  readonly row: RankingRow;
  readonly y: number;
  readonly rowHeight: number;
  /** Right edge of the name column. */
  readonly labelWidth: number;
  /** Left edge of the plot: `x` positions are measured from here. */
  readonly plotLeft: number;
  readonly x: (value: number) => number;
  readonly width: number;
  readonly titleId: string;
  readonly hatchId: string;
  readonly label: string;
  /** Accessible name: kommun, value with unit, status, rank. */
  readonly name: string;
  readonly hovered: boolean;
  /** Has keyboard focus: draw the focus mark. */
  readonly focused: boolean;
  readonly point: ReturnType<ChartKeyboard["pointProps"]>;
  readonly onHover: (code: string | null) => void;
  readonly onOpen?: ((code: AreaCode) => void) | undefined;
}

export function RankingBarRow(props: RankingBarRowProps) {
  const { row, y, onOpen, onHover } = props;
  return (
    <g
      {...props.point}
      role="img"
      aria-labelledby={props.titleId}
      className={
        onOpen ? "ranking-chart__row is-clickable" : "ranking-chart__row"
      }
      onClick={
        onOpen
          ? () => {
              onOpen(row.code);
            }
          : undefined
      }
      onMouseEnter={() => {
        onHover(row.code);
      }}
      onMouseLeave={() => {
        onHover(null);
      }}
    >
      <title id={props.titleId}>{props.name}</title>
      {props.hovered && (
        <rect
          x={0}
          y={y}
          width="100%"
          height={props.rowHeight}
          fill="rgba(0,0,0,0.05)"
        />
      )}
      <text
        x={props.labelWidth - 8}
        y={y + props.rowHeight / 2}
        dy="0.35em"
        textAnchor="end"
        className="rc-name"
        fontWeight={row.highlighted ? 700 : 400}
        fill={row.highlighted ? COLORS.highlight : COLORS.axisText}
      >
        {row.name}
      </text>
      <RankingBarMark {...props} />
      {props.focused && (
        <rect
          className="chart-focus"
          x={1.5}
          y={y + 1.5}
          width={Math.max(0, props.width - 3)}
          height={props.rowHeight - 3}
          rx={3}
        />
      )}
    </g>
  );
}
