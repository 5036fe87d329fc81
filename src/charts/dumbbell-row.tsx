/**
 * One row of the dumbbell chart: a target group's heading (no marks), or an item with its name,
 * `a` as a hollow ring, `b` as a filled dot, the line between them and its label beyond the
 * rightmost mark. An item row is an image named by its <title>.
 */
import type { DumbbellLayout, DumbbellRow } from "./dumbbell-layout";
import { STACKED_ROW, truncate } from "./dumbbell-layout";
import { COLORS, SIZES } from "./theme";
import type { ChartKeyboard } from "./use-chart-keyboard";

export const R = 6;

export function DumbbellHeading({
  row,
  top,
  layout,
}: {
  readonly row: DumbbellRow;
  readonly top: number;
  readonly layout: DumbbellLayout;
}) {
  return (
    <g className="dumbbell-chart__heading" aria-hidden="true">
      <title>{row.title}</title>
      <text
        x={4}
        y={top + SIZES.barRow / 2}
        dy="0.35em"
        fontWeight={700}
        className="rc-name"
        fill={COLORS.county}
      >
        {truncate(row.name, layout.headingChars)}
      </text>
    </g>
  );
}

export interface DumbbellItemProps {
  readonly row: DumbbellRow;
  readonly top: number;
  readonly layout: DumbbellLayout;
  readonly width: number;
  readonly titleId: string;
  readonly keyboard: ChartKeyboard;
}

export function DumbbellItem({
  row,
  top,
  layout,
  width,
  titleId,
  keyboard,
}: DumbbellItemProps) {
  const { stacked, labelWidth, x } = layout;
  const mid = stacked ? top + 32 : top + SIZES.barRow / 2;
  const xa = row.a === null ? null : labelWidth + x(row.a);
  const xb = row.b === null ? null : labelWidth + x(row.b);
  const end = Math.max(xa ?? labelWidth, xb ?? labelWidth);
  return (
    <g
      className="dumbbell-chart__row"
      {...keyboard.pointProps(row.key)}
      role="img"
      aria-labelledby={titleId}
    >
      <title id={titleId}>
        {row.label === "" ? row.title : `${row.title}, ${row.label}`}
      </title>
      {keyboard.focused === row.key && (
        <rect
          className="chart-focus"
          x={1.5}
          y={top + 1.5}
          width={Math.max(0, width - 3)}
          height={(stacked ? STACKED_ROW : SIZES.barRow) - 3}
          rx={3}
        />
      )}
      <text
        x={stacked ? 4 : labelWidth - 8}
        y={stacked ? top + 12 : top + SIZES.barRow / 2}
        dy="0.35em"
        textAnchor={stacked ? "start" : "end"}
        className="rc-name"
        fill={COLORS.axisText}
      >
        {truncate(row.name, layout.maxChars)}
      </text>
      {xa !== null && xb !== null && (
        <line
          x1={xa}
          x2={xb}
          y1={mid}
          y2={mid}
          stroke={COLORS.sweden}
          strokeWidth={2}
        />
      )}
      {xb !== null && <circle cx={xb} cy={mid} r={R} fill={COLORS.bar} />}
      {xa !== null && (
        <circle
          cx={xa}
          cy={mid}
          r={R}
          fill="none"
          stroke={COLORS.county}
          strokeWidth={2}
        />
      )}
      <text
        x={end + R + 6}
        y={mid}
        dy="0.35em"
        className="rc-value"
        fill={COLORS.axisText}
      >
        {row.label}
      </text>
    </g>
  );
}
