/**
 * Parts of the trend chart (trend-line-chart) as recharts elements, not components: recharts
 * reads its children. The grid and axes, the marks of definition changes, the tooltip.
 */
import { CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";

import { formatAxisTick, formatValue } from "@/domain/format";
import { formatIndicatorPeriod } from "@/domain/format-period";
import type { Translate, UiLocale } from "@/i18n/i18n";

import type { TrendSeries } from "./series/trend-series";
import { COLORS } from "./theme";

/** A vertical mark at a period (a change of definition). */
export interface TrendMark {
  readonly period: string;
  readonly label: string;
}

/**
 * The grid and both axes (elements, not a component: recharts reads its children). Round ticks
 * from zero (or below, for negative values) over every line — context, references and medians —
 * so none runs outside the plot.
 */
export function trendAxes(
  series: TrendSeries,
  locale: UiLocale,
  narrow: boolean,
) {
  const tick = { fill: COLORS.axisText, fontSize: 12 };
  return [
    <CartesianGrid key="grid" stroke={COLORS.grid} vertical={false} />,
    <XAxis
      key="x"
      dataKey="period"
      tickFormatter={(p: string) =>
        formatIndicatorPeriod(series.indicator, p, locale)
      }
      tick={tick}
      stroke={COLORS.axisText}
      interval="preserveStartEnd"
      minTickGap={narrow ? 14 : 8}
    />,
    <YAxis
      key="y"
      tickFormatter={(v: number) => formatAxisTick(v, locale)}
      tick={tick}
      stroke={COLORS.axisText}
      width={narrow ? 40 : 52}
      domain={[
        series.ticks[0] ?? 0,
        series.ticks[series.ticks.length - 1] ?? 1,
      ]}
      ticks={[...series.ticks]}
    />,
  ];
}

/** Changes of definition: dashed vertical lines with a label. */
export function breakMarks(marks: readonly TrendMark[]) {
  return marks.map((m) => (
    <ReferenceLine
      key={m.period}
      x={m.period}
      stroke={COLORS.axisText}
      strokeDasharray="3 3"
      label={{
        value: m.label,
        position: "top",
        fill: COLORS.axisText,
        fontSize: 11,
      }}
    />
  ));
}

/** The tooltip: value (or "uppgift saknas") by line label, the period as the source states it. */
export function trendTooltip(
  series: TrendSeries,
  labels: Readonly<Record<string, string>>,
  t: Translate,
  locale: UiLocale,
) {
  return (
    <Tooltip
      // No movement that delays reading (and none under prefers-reduced-motion).
      isAnimationActive={false}
      formatter={(value, name) => [
        typeof value === "number"
          ? formatValue(value, series.format, locale)
          : t("chart.missing"),
        labels[String(name)] ?? String(name),
      ]}
      labelFormatter={(p) =>
        typeof p === "string"
          ? formatIndicatorPeriod(series.indicator, p, locale)
          : ""
      }
    />
  );
}
