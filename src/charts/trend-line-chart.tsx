/**
 * Lines over time (recharts): every kommun not selected as a thin grey context line at the back
 * (trend-context-lines), the county dashed and dark, Sweden thin and grey and the kommungrupp
 * medians grey, dashed and hollow-marked on top of them, the selected kommuner in the highlight colour, each with its own line style and marker and a direct
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
import { Line, LineChart } from "recharts";

import { useT } from "@/i18n/i18n";
import { useElementWidth } from "@/ui/use-element-width";

import { ChartKeysHint } from "./chart-keys-hint";
import { KeyboardPoints } from "./keyboard-points";
import type { TrendLine, TrendSeries } from "./series/trend-series";
import { useSlideBox } from "./slide-box";
import {
  breakMarks,
  trendAxes,
  trendTooltip,
  type TrendMark,
} from "./trend-chart-parts";
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
  readonly marks: readonly TrendMark[];
  readonly width?: number;
}

/** Size and line sets: narrow screens and slides get their own height; context lines go apart. */
function useTrendLayout(series: TrendSeries, fixedWidth: number | undefined) {
  const [ref, measured] = useElementWidth(fixedWidth ?? 720);
  const width = fixedWidth ?? measured;
  const narrow = width < 560;
  const height = useSlideBox()?.height ?? (narrow ? 320 : 400);
  const split = series.group === "kon";
  // References and medians over the context, the selected kommuner on top.
  const drawn = series.lines
    .filter((l) => l.role !== "context")
    .sort(
      (a, b) => Number(a.role === "selected") - Number(b.role === "selected"),
    );
  return {
    ref,
    width,
    height,
    narrow,
    split,
    // Narrow: women and men, or the medians' "(beräknat)", on a second line of the end label.
    wrap: narrow && (split || series.lines.some((l) => l.role === "group")),
    context: series.lines.filter((l) => l.role === "context"),
    drawn,
  };
}

/** One recharts line per drawn line; a year without a value is a gap (connectNulls off). */
function trendLines(
  lines: readonly TrendLine[],
  split: boolean,
  narrow: boolean,
) {
  return lines.map((line) => {
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
  });
}

export default function TrendLineChart(props: TrendLineChartProps) {
  const { series, labels } = props;
  const { t, locale } = useT();
  const { ref, width, height, narrow, split, wrap, context, drawn } =
    useTrendLayout(series, props.width);
  const stops = trendKeyboard(series, labels, t, locale);
  const keyboard = useChartKeyboard(stops);
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
          {trendAxes(series, locale, narrow)}
          {breakMarks(props.marks)}
          <ContextLines lines={context} />
          {trendTooltip(series, labels, t, locale)}
          {trendLines(drawn, split, narrow)}
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
