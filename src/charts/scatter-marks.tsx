/** The scatter's marks: calm dots for the kommuner, diamonds for the selected, and the tooltip. */
import { useT } from "@/i18n/i18n";

import type { ScatterPoint, ScatterSeries } from "./series/scatter-series";
import { COLORS } from "./theme";
import { valueLabel } from "./value-label";

interface DotProps {
  readonly cx?: number;
  readonly cy?: number;
}

export const DOT_RADIUS = 5;
export const DIAMOND_RADIUS = 8;

export function Dot({ cx = 0, cy = 0 }: DotProps) {
  return (
    <circle
      cx={cx}
      cy={cy}
      r={DOT_RADIUS}
      fill={COLORS.bar}
      stroke={COLORS.background}
      strokeWidth={1}
    />
  );
}

export function Diamond({ cx = 0, cy = 0 }: DotProps) {
  const r = DIAMOND_RADIUS;
  return (
    <path
      d={`M${cx},${cy - r}L${cx + r},${cy}L${cx},${cy + r}L${cx - r},${cy}Z`}
      fill={COLORS.highlight}
      stroke={COLORS.background}
      strokeWidth={1.5}
    />
  );
}

/** Hover: the kommun's name and both values. */
export function ScatterTooltip({
  series,
  active,
  payload,
}: {
  series: ScatterSeries;
  active?: boolean;
  payload?: readonly { payload?: ScatterPoint }[];
}) {
  const { t, locale } = useT();
  const code = payload?.[0]?.payload?.code;
  const row = series.rows.find((r) => r.code === code);
  if (!active || !row) return null;
  return (
    <div className="scatter-tooltip">
      <strong>{row.name}</strong>
      <br />
      {t("needs.tooltipNeed")}:{" "}
      {valueLabel(row.need, series.need.format, t, locale)}
      <br />
      {t("needs.tooltipResource")}:{" "}
      {valueLabel(row.resource, series.resource.format, t, locale)}
    </div>
  );
}
