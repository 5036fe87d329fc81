/**
 * The trend chart's keyboard: a stop per point with a value on the selected, county, Sweden and
 * median lines (the grey context lines are no stops: 26 more lines would drown the route), and how the
 * arrow keys move.
 */
import { formatIndicatorPeriod } from "@/domain/format-period";
import type { Translate, UiLocale } from "@/i18n/i18n";

import type { KeyboardPoint } from "./keyboard-points";
import type { TrendSeries } from "./series/trend-series";
import type { ChartDirection } from "./use-chart-keyboard";
import { valueLabel, withUnit } from "./value-label";

/** The lines the keyboard visits, in reading order. */
const visited = (series: TrendSeries) =>
  series.lines.filter((l) => l.role !== "context");

/** The keyboard's stops: every point with a value, line by line; key "line@period". */
function trendPoints(
  series: TrendSeries,
  labels: Readonly<Record<string, string>>,
  t: Translate,
  locale: UiLocale,
): KeyboardPoint[] {
  return visited(series).flatMap((line) =>
    line.points.flatMap((p): KeyboardPoint[] => {
      if (p.value === null) return [];
      // A median (derived) reads as a plain value: its line's label says "beräknat".
      const status = p.status === "estimated" ? "estimated" : "reported";
      const value = withUnit(
        valueLabel(
          { value: p.value, status, low: null, high: null },
          series.format,
          t,
          locale,
        ),
        series.format,
        series.indicator.unit,
        t,
      );
      return [
        {
          key: `${line.key}@${p.period}`,
          kind: "dot",
          x: p.period,
          y: p.value,
          label: `${labels[line.key] ?? line.name}, ${formatIndicatorPeriod(series.indicator, p.period, locale)}: ${value}`,
        },
      ];
    }),
  );
}

/** Left/right: the previous/next year with a value; up/down: the nearest point on the next line. */
function trendMove(
  series: TrendSeries,
  keys: readonly string[],
): (key: string, direction: ChartDirection) => string | null {
  const lines = visited(series).filter((l) => l.last !== null);
  return (key, direction) => {
    const [lineKey = "", period = ""] = key.split("@");
    const li = lines.findIndex((l) => l.key === lineKey);
    const line = lines[li];
    if (!line) return null;
    const valued = line.points.filter((p) => p.value !== null);
    const pi = valued.findIndex((p) => p.period === period);
    if (direction === "left" || direction === "right") {
      const next = valued[pi + (direction === "right" ? 1 : -1)];
      return next ? `${line.key}@${next.period}` : null;
    }
    const other = lines[li + (direction === "down" ? 1 : -1)];
    if (!other) return null;
    const at = series.periods.indexOf(period);
    const candidates = other.points
      .map((p, i) => ({ p, distance: Math.abs(i - at) }))
      .filter(({ p }) => p.value !== null)
      .sort((a, b) => a.distance - b.distance);
    const target = candidates[0];
    const next = target ? `${other.key}@${target.p.period}` : null;
    return next !== null && keys.includes(next) ? next : null;
  };
}

/** The stops, where the tab stop starts (the first line's newest point) and how keys move. */
export function trendKeyboard(
  series: TrendSeries,
  labels: Readonly<Record<string, string>>,
  t: Translate,
  locale: UiLocale,
): {
  points: KeyboardPoint[];
  keys: string[];
  initial: string | null;
  move: (key: string, direction: ChartDirection) => string | null;
} {
  const points = trendPoints(series, labels, t, locale);
  const keys = points.map((p) => p.key);
  const first = visited(series).find((l) => l.last !== null);
  return {
    points,
    keys,
    initial: first?.last ? `${first.key}@${first.last.period}` : null,
    move: trendMove(series, keys),
  };
}
