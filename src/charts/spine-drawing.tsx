/**
 * One indicator's drawing in the spine chart: the county's range from its lowest to its highest
 * kommun, the kommun's dot and the county's tick over it, the extremes as text below. An image
 * with its own description; the same numbers stand beside it as text.
 */
import { formatValue } from "@/domain/format";
import { useT } from "@/i18n/i18n";
import { useElementWidth } from "@/ui/use-element-width";

import type { ProfileRow } from "./series/profile-types";
import { COLORS } from "./theme";
import type { ChartKeyboard } from "./use-chart-keyboard";

const HEIGHT = 46;
const PAD = 10;
const TRACK = 10;
const TRACK_Y = 16;

/**
 * Where a value stands across the drawing: the smallest of the range, the kommun and the county
 * at the left pad, the largest at the right; one value alone stands in the middle.
 */
function spineScale(row: ProfileRow, total: number): (v: number) => number {
  const values = [row.lowest.value, row.highest.value, row.value];
  if (row.county !== null) values.push(row.county);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min;
  return (v) =>
    span === 0 ? total / 2 : PAD + ((v - min) / span) * (total - 2 * PAD);
}

export function SpineDrawing({
  row,
  description,
  width,
  point,
}: {
  readonly row: ProfileRow;
  readonly description: string;
  readonly width: number | undefined;
  readonly point: ReturnType<ChartKeyboard["pointProps"]>;
}) {
  const [ref, measured] = useElementWidth(width ?? 320);
  const total = width ?? measured;
  const x = spineScale(row, total);
  const low = x(row.lowest.value);
  const high = x(row.highest.value);
  return (
    <div ref={ref} className="spine-row__chart">
      <svg
        width={total}
        height={HEIGHT}
        viewBox={`0 0 ${total} ${HEIGHT}`}
        {...point}
        role="img"
        aria-label={description}
        className="spine-row__drawing"
      >
        <rect
          x={low}
          y={TRACK_Y - TRACK / 2}
          width={Math.max(2, high - low)}
          height={TRACK}
          rx={TRACK / 2}
          fill={COLORS.bar}
        />
        <circle
          cx={x(row.value)}
          cy={TRACK_Y}
          r={7}
          fill={COLORS.highlight}
          stroke={COLORS.background}
          strokeWidth={2}
        />
        {/* The county tick is drawn over the dot so both stay visible when they meet. */}
        {row.county !== null && (
          <line
            x1={x(row.county)}
            x2={x(row.county)}
            y1={TRACK_Y - 12}
            y2={TRACK_Y + 12}
            stroke={COLORS.county}
            strokeWidth={3}
          />
        )}
        <SpineExtremes row={row} total={total} />
      </svg>
    </div>
  );
}

/** The county's lowest and highest kommun value under the track (one when they are the same). */
function SpineExtremes({
  row,
  total,
}: {
  readonly row: ProfileRow;
  readonly total: number;
}) {
  const { t, locale } = useT();
  const fmt = (n: number): string =>
    formatValue(n, row.indicator.format, locale);
  const sameRange = row.lowest.value === row.highest.value;
  return (
    <g aria-hidden="true">
      <text
        x={0}
        y={HEIGHT - 3}
        className="spine-row__axis"
        fill={COLORS.axisText}
      >
        {t("profile.lowest", { value: fmt(row.lowest.value) })}
      </text>
      {!sameRange && (
        <text
          x={total}
          y={HEIGHT - 3}
          textAnchor="end"
          className="spine-row__axis"
          fill={COLORS.axisText}
        >
          {t("profile.highest", { value: fmt(row.highest.value) })}
        </text>
      )}
    </g>
  );
}
