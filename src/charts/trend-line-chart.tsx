/**
 * Lines over time (recharts): the selected kommuner in the highlight colour, each with its own
 * line style and marker and a direct label at the line end; the county dashed and dark, Sweden
 * thin and grey. A year without a value is a gap (connectNulls off, no zero). Changes of
 * definition are vertical reference lines with a label. Loaded lazily: recharts stays out of the
 * app shell.
 *
 * Keyboard: one tab stop; left and right move along a line from year to year, up and down between
 * the lines; each point is announced with line, year, value and status (use-chart-keyboard).
 * Name and description come from the frame's title and summary.
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
import { formatPeriod } from "@/domain/format-period";
import { useT } from "@/i18n/i18n";
import { useElementWidth } from "@/ui/use-element-width";

import { ChartKeysHint } from "./chart-keys-hint";
import { KeyboardPoints } from "./keyboard-points";
import type { TrendSeries } from "./series/trend-series";
import { COLORS } from "./theme";
import { EndLabels } from "./trend-end-labels";
import { trendMove, trendPoints } from "./trend-keyboard";
import { MarkerShape, trendLineStyle } from "./trend-line-style";
import { useChartKeyboard } from "./use-chart-keyboard";

interface TrendMark {
  readonly period: string;
  readonly label: string;
}

export interface TrendLineChartProps {
  readonly series: TrendSeries;
  /** Direct label of each line, by line key. */
  readonly labels: Readonly<Record<string, string>>;
  /** Vertical marks (changes of definition). */
  readonly marks: readonly TrendMark[];
  readonly width?: number;
}

export default function TrendLineChart({
  series,
  labels,
  marks,
  width,
}: TrendLineChartProps) {
  const { t, locale } = useT();
  const [ref, measured] = useElementWidth(width ?? 720);
  const chartWidth = width ?? measured;
  const narrow = chartWidth < 560;
  const height = narrow ? 320 : 400;
  const wrap = narrow && series.group === "kon";
  const longest = Math.max(
    0,
    ...series.lines.flatMap((l) =>
      (wrap
        ? (labels[l.key] ?? l.name).split(", ")
        : [labels[l.key] ?? l.name]
      ).map((part) => part.length),
    ),
  );
  const right = Math.min(narrow ? 124 : 230, 20 + longest * 7.6);
  const split = series.group === "kon";
  const fmt = (v: number): string => formatValue(v, series.format, locale);
  // Draw references first so the selected kommuner lie on top.
  const ordered = [...series.lines].sort(
    (a, b) => Number(a.role === "selected") - Number(b.role === "selected"),
  );
  const points = trendPoints(series, labels, t, locale);
  const keys = points.map((p) => p.key);
  const firstLine = series.lines.find((l) => l.last !== null);
  const keyboard = useChartKeyboard({
    keys,
    initial:
      firstLine?.last != null
        ? `${firstLine.key}@${firstLine.last.period}`
        : null,
    move: trendMove(series, keys),
  });

  return (
    <div ref={ref} className="trend-chart">
      <div {...keyboard.groupProps}>
        <LineChart
          width={chartWidth}
          height={height}
          data={series.rows}
          margin={{ top: 24, right, bottom: 8, left: 4 }}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke={COLORS.grid} vertical={false} />
          <XAxis
            dataKey="period"
            tickFormatter={(p: string) => formatPeriod(p)}
            tick={{ fill: COLORS.axisText, fontSize: 12 }}
            stroke={COLORS.axisText}
            interval="preserveStartEnd"
            minTickGap={narrow ? 14 : 8}
          />
          <YAxis
            tickFormatter={(v: number) => formatAxisTick(v, locale)}
            tick={{ fill: COLORS.axisText, fontSize: 12 }}
            stroke={COLORS.axisText}
            width={narrow ? 40 : 52}
            // From zero, as the bars. Negative values are still inside the plot: with
            // allowDataOverflow off (the default) recharts moves the fixed 0 down to a round value
            // below the lowest point, and 0 stays a tick.
            domain={[0, "auto"]}
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
          <Tooltip
            // No movement that delays reading (and none under prefers-reduced-motion).
            isAnimationActive={false}
            formatter={(value, name) => [
              typeof value === "number" ? fmt(value) : t("chart.missing"),
              labels[String(name)] ?? String(name),
            ]}
            labelFormatter={(p) =>
              typeof p === "string" ? formatPeriod(p) : ""
            }
          />
          {ordered.map((line) => {
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
                dot={(props: {
                  cx?: number;
                  cy?: number;
                  index?: number;
                  value?: unknown;
                }) => {
                  const key = `${line.key}-${String(props.index)}`;
                  if (
                    typeof props.cx !== "number" ||
                    typeof props.cy !== "number" ||
                    props.value === null ||
                    props.value === undefined
                  )
                    return <g key={key} />;
                  return (
                    <g key={key}>
                      <MarkerShape
                        x={props.cx}
                        y={props.cy}
                        style={style}
                        small={narrow}
                      />
                    </g>
                  );
                }}
              />
            );
          })}
          <EndLabels
            lines={series.lines}
            labels={labels}
            split={split}
            height={height}
            wrap={wrap}
          />
          <KeyboardPoints points={points} keyboard={keyboard} />
        </LineChart>
        <ChartKeysHint keyboard={keyboard} moves={t("chartKeys.lines")} />
      </div>
    </div>
  );
}
