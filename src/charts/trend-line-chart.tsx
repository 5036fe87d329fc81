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
  useXAxisScale,
  useYAxisScale,
} from "recharts";

import { formatAxisTick, formatPeriod, formatValue } from "@/domain/format";
import { useT, type Translate, type UiLocale } from "@/i18n/i18n";
import { useElementWidth } from "@/ui/use-element-width";

import { ChartKeysHint } from "./chart-keys-hint";
import { KeyboardPoints, type KeyboardPoint } from "./keyboard-points";
import type { TrendLine, TrendSeries } from "./series/trend-series";
import { COLORS } from "./theme";
import { useChartKeyboard, type ChartDirection } from "./use-chart-keyboard";
import { valueLabel, withUnit } from "./value-label";

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

const DASHES = ["", "2 3", "12 3 3 3", "9 4"];
type Marker = "circle" | "square" | "triangle" | "diamond";
const MARKERS: readonly Marker[] = ["circle", "square", "triangle", "diamond"];

interface LineStyle {
  readonly stroke: string;
  readonly width: number;
  readonly dash: string;
  readonly marker: Marker;
  readonly hollow: boolean;
}

/** How a line looks: colour by role, and line style and marker so colour is never alone. */
function trendLineStyle(line: TrendLine, split: boolean): LineStyle {
  const men = line.breakdown === "m";
  if (line.role === "county")
    return {
      stroke: COLORS.county,
      width: 2,
      dash: "6 4",
      marker: split && men ? "square" : "circle",
      hollow: split && men,
    };
  if (line.role === "sweden")
    return {
      stroke: COLORS.sweden,
      width: 1.5,
      dash: "",
      marker: split && men ? "square" : "circle",
      hollow: split && men,
    };
  const i = Math.max(line.index, 0);
  return {
    stroke: COLORS.highlight,
    width: 2.5,
    dash: DASHES[i % DASHES.length] ?? "",
    marker: split
      ? men
        ? "square"
        : "circle"
      : (MARKERS[i % MARKERS.length] ?? "circle"),
    hollow: split && men,
  };
}

function MarkerShape({
  x,
  y,
  style,
  small,
}: {
  x: number;
  y: number;
  style: LineStyle;
  small: boolean;
}) {
  const fill = style.hollow ? COLORS.background : style.stroke;
  const common = { fill, stroke: style.stroke, strokeWidth: 1.5 };
  const r = (style.marker === "circle" ? 3.5 : 4) * (small ? 0.7 : 1);
  switch (style.marker) {
    case "square":
      return (
        <rect x={x - r} y={y - r} width={r * 2} height={r * 2} {...common} />
      );
    case "triangle":
      return (
        <polygon
          points={`${x},${y - r - 1} ${x + r + 1},${y + r} ${x - r - 1},${y + r}`}
          {...common}
        />
      );
    case "diamond":
      return (
        <polygon
          points={`${x},${y - r - 1} ${x + r + 1},${y} ${x},${y + r + 1} ${x - r - 1},${y}`}
          {...common}
        />
      );
    default:
      return <circle cx={x} cy={y} r={r} {...common} />;
  }
}

const LABEL_GAP = 14;

/** Direct labels at the end of each line, pushed apart so they never overlap. */
function EndLabels({
  lines,
  labels,
  split,
  height,
  wrap,
}: {
  lines: readonly TrendLine[];
  labels: Readonly<Record<string, string>>;
  split: boolean;
  height: number;
  /** Narrow charts put "name, group" on two lines. */
  wrap: boolean;
}) {
  const gap = wrap ? LABEL_GAP * 2 : LABEL_GAP;
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  const placed = lines
    .flatMap((line) => {
      if (!line.last || line.last.value === null) return [];
      const px = x(line.last.period);
      const py = y(line.last.value);
      if (px === undefined || py === undefined) return [];
      return [{ line, px, py, ty: py }];
    })
    .sort((a, b) => a.py - b.py);
  for (let i = 1; i < placed.length; i++) {
    const prev = placed[i - 1];
    const cur = placed[i];
    if (prev && cur && cur.ty - prev.ty < gap) cur.ty = prev.ty + gap;
  }
  const overflow =
    (placed[placed.length - 1]?.ty ?? 0) - (height - (wrap ? 22 : 8));
  if (overflow > 0) for (const p of placed) p.ty -= overflow;
  return (
    <g className="trend-chart__labels" aria-hidden="true">
      {placed.map(({ line, px, ty }) => {
        const style = trendLineStyle(line, split);
        return (
          <text
            key={line.key}
            x={px + 9}
            y={ty}
            {...(wrap ? {} : { dy: "0.32em" })}
            fontSize={12}
            fontWeight={line.role === "selected" ? 700 : 400}
            fill={line.role === "sweden" ? COLORS.axisText : style.stroke}
          >
            {wrap
              ? (labels[line.key] ?? line.name).split(", ").map((part, i) => (
                  <tspan
                    key={part}
                    x={px + 9}
                    dy={i === 0 ? "0.32em" : "1.1em"}
                  >
                    {part}
                  </tspan>
                ))
              : (labels[line.key] ?? line.name)}
          </text>
        );
      })}
    </g>
  );
}

/** The keyboard's stops: every point with a value, line by line; key "line@period". */
function trendPoints(
  series: TrendSeries,
  labels: Readonly<Record<string, string>>,
  t: Translate,
  locale: UiLocale,
): KeyboardPoint[] {
  return series.lines.flatMap((line) =>
    line.points.flatMap((p): KeyboardPoint[] => {
      if (p.value === null) return [];
      const value = withUnit(
        valueLabel({ ...p, low: null, high: null }, series.format, t, locale),
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
          label: `${labels[line.key] ?? line.name}, ${formatPeriod(p.period)}: ${value}`,
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
  const lines = series.lines.filter((l) => l.last !== null);
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
