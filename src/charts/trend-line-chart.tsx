/**
 * Lines over time (recharts): every kommun not selected as a thin grey context line at the back
 * (trend-context-lines), the county dashed and dark and Sweden thin and grey on top of them, the
 * selected kommuner in the highlight colour, each with its own line style and marker and a direct
 * label at the line end. A year without a value is a gap (connectNulls off, no zero). Round value
 * ticks over every line. Changes of definition are vertical reference lines with a label. Loaded
 * lazily: recharts stays out of the app shell.
 *
 * Keyboard: one tab stop; left and right move along a line from year to year, up and down between
 * the selected, county and Sweden lines (the context lines are no stops); each point is announced
 * with line, year, value and status (trend-keyboard). Name and description come from the frame's
 * title and summary.
 */
import "@/i18n/views/chart-keys";
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

import { formatAxisTick, formatValue } from "@/domain/format";
import { formatIndicatorPeriod } from "@/domain/format-period";
import { useT } from "@/i18n/i18n";
import { useElementWidth } from "@/ui/use-element-width";

import { ChartKeysHint } from "./chart-keys-hint";
import { KeyboardPoints } from "./keyboard-points";
import type { TrendSeries } from "./series/trend-series";
import { useSlideBox } from "./slide-box";
import { COLORS } from "./theme";
import { ContextLines } from "./trend-context-lines";
import { EndLabels, labelMargin } from "./trend-end-labels";
import { trendKeyboard } from "./trend-keyboard";
import { lineDot, trendLineStyle } from "./trend-line-style";
import { useChartKeyboard } from "./use-chart-keyboard";

export interface TrendLineChartProps {
  readonly series: TrendSeries;
  /** Direct label of each line, by line key. */
  readonly labels: Readonly<Record<string, string>>;
  /** Vertical marks (changes of definition). */
  readonly marks: readonly {
    readonly period: string;
    readonly label: string;
  }[];
  readonly width?: number;
}

export default function TrendLineChart(props: TrendLineChartProps) {
  const { series, labels, marks } = props;
  const { t, locale } = useT();
  const [ref, measured] = useElementWidth(props.width ?? 720);
  const width = props.width ?? measured;
  const narrow = width < 560;
  const height = useSlideBox()?.height ?? (narrow ? 320 : 400);
  const split = series.group === "kon";
  const wrap = narrow && split;
  const context = series.lines.filter((l) => l.role === "context");
  // References over the context, the selected kommuner on top.
  const drawn = series.lines
    .filter((l) => l.role !== "context")
    .sort(
      (a, b) => Number(a.role === "selected") - Number(b.role === "selected"),
    );
  const stops = trendKeyboard(series, labels, t, locale);
  const keyboard = useChartKeyboard(stops);
  const fmt = (v: number): string => formatValue(v, series.format, locale);
  const tick = { fill: COLORS.axisText, fontSize: 12 };

  return (
    <div ref={ref} className="trend-chart">
      <div {...keyboard.groupProps}>
        <LineChart
          width={width}
          height={height}
          data={series.rows}
          margin={{
            top: 24,
            right: labelMargin(drawn, labels, narrow, wrap),
            bottom: 8,
            left: 4,
          }}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke={COLORS.grid} vertical={false} />
          <XAxis
            dataKey="period"
            tickFormatter={(p: string) =>
              formatIndicatorPeriod(series.indicator, p, locale)
            }
            tick={tick}
            stroke={COLORS.axisText}
            interval="preserveStartEnd"
            minTickGap={narrow ? 14 : 8}
          />
          <YAxis
            tickFormatter={(v: number) => formatAxisTick(v, locale)}
            tick={tick}
            stroke={COLORS.axisText}
            width={narrow ? 40 : 52}
            // Round ticks from zero (or below, for negative values) over every line, the grey
            // context lines included, so none runs outside the plot.
            domain={[
              series.ticks[0] ?? 0,
              series.ticks[series.ticks.length - 1] ?? 1,
            ]}
            ticks={[...series.ticks]}
          />
          {marks.map((m) => (
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
          ))}
          <ContextLines lines={context} />
          <Tooltip
            // No movement that delays reading (and none under prefers-reduced-motion).
            isAnimationActive={false}
            formatter={(value, name) => [
              typeof value === "number" ? fmt(value) : t("chart.missing"),
              labels[String(name)] ?? String(name),
            ]}
            labelFormatter={(p) =>
              typeof p === "string"
                ? formatIndicatorPeriod(series.indicator, p, locale)
                : ""
            }
          />
          {drawn.map((line) => {
            const style = trendLineStyle(line, split);
            return (
              <Line
                key={line.key}
                dataKey={line.key}
                name={line.key}
                type="linear"
                stroke={style.stroke}
                strokeWidth={style.width}
                {...(style.dash === "" ? {} : { strokeDasharray: style.dash })}
                connectNulls={false}
                isAnimationActive={false}
                activeDot={false}
                dot={lineDot(line, style, narrow)}
              />
            );
          })}
          <EndLabels
            lines={drawn}
            labels={labels}
            split={split}
            height={height}
            wrap={wrap}
          />
          <KeyboardPoints points={stops.points} keyboard={keyboard} />
        </LineChart>
        <ChartKeysHint keyboard={keyboard} moves={t("chartKeys.lines")} />
      </div>
    </div>
  );
}
