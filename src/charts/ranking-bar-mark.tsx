/** A ranked row's mark: the bar or hatched range from the zero line, and its value beyond the end. */
import { BAR } from "./ranking-bar-layout";
import type { RankingBarRowProps } from "./ranking-bar-row";
import type { RankingRow } from "./series/ranking-series";
import { COLORS, SIZES } from "./theme";

/** Where a row's mark runs, in plot coordinates; null when there is nothing to draw. */
function markOf(row: RankingRow, x: (value: number) => number) {
  if (row.value !== null)
    return { base: x(0), end: x(row.value), range: false };
  if (row.low !== null && row.high !== null)
    return { base: x(row.low), end: x(row.high), range: true };
  return null;
}

/** The bar or range from the zero line, and the value label beyond its end. */
export function RankingBarMark({
  row,
  y,
  rowHeight,
  x,
  plotLeft,
  labelWidth,
  hatchId,
  label,
}: RankingBarRowProps) {
  const mark = markOf(row, x);
  const mid = y + rowHeight / 2;
  // On a slide the bar grows with its row.
  const bar = (BAR * rowHeight) / SIZES.barRow;
  const color = row.highlighted ? COLORS.highlight : COLORS.bar;
  // The label stands beyond the bar's end: left of a negative bar (in the room kept for it
  // between the names and the plot), right of every other mark.
  const labelLeft = row.value !== null && row.value < 0;
  const weight = row.highlighted ? 700 : 400;
  if (!mark)
    return (
      <text
        x={labelWidth + 4}
        y={mid}
        dy="0.35em"
        className="rc-value"
        fontStyle="italic"
        fontWeight={weight}
        fill={COLORS.missingText}
      >
        {label}
      </text>
    );
  return (
    <>
      <rect
        x={plotLeft + Math.min(mark.base, mark.end)}
        y={y + (rowHeight - bar) / 2}
        width={Math.max(
          Math.abs(mark.end - mark.base),
          row.value !== null && row.value !== 0 ? 1 : 0,
        )}
        height={bar}
        fill={mark.range ? `url(#${hatchId})` : color}
        stroke={mark.range ? color : "none"}
      />
      <text
        x={plotLeft + (labelLeft ? mark.end - 6 : mark.end + 6)}
        y={mid}
        dy="0.35em"
        textAnchor={labelLeft ? "end" : undefined}
        className="rc-value"
        fontStyle="normal"
        fontWeight={weight}
        fill={COLORS.axisText}
      >
        {label}
      </text>
    </>
  );
}
