/**
 * Vertical stacked bars (recharts), one bar per category (e.g. agreement year), one segment per
 * part (e.g. recipient). Loaded lazily (React.lazy) so recharts stays out of the app shell. The
 * legend is HTML above the chart, each segment carries its value as a direct label when it is tall
 * enough, and the total stands on top of each bar. Negative parts stack down from the zero line.
 * Keyboard: one tab stop, the arrow keys move between the bars, each announced with its total
 * and parts (use-chart-keyboard); T shows the table. Name and description come from the frame's
 * title and summary.
 */
import "@/i18n/views/chart-keys";
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  XAxis,
  YAxis,
} from "recharts";

import { useT } from "@/i18n/i18n";
import { useElementWidth } from "@/ui/use-element-width";

import { ChartKeysHint } from "./chart-keys-hint";
import { KeyboardPoints } from "./keyboard-points";
import { useSlideBox } from "./slide-box";
import { segmentValueLabel, totalLabel } from "./stacked-bar-labels";
import {
  stackedRows,
  stackEnds,
  stackKeyboardPoints,
  stackTicks,
  totalLabelParts,
} from "./stacked-bar-layout";
import { COLORS } from "./theme";
import { useChartKeyboard } from "./use-chart-keyboard";

export interface StackedBarPart {
  readonly key: string;
  readonly label: string;
  readonly color: string;
}

export interface StackedBarDatum {
  readonly category: string;
  readonly values: Readonly<Record<string, number | null>>;
  /** Text on top of the bar (e.g. the total). */
  readonly totalLabel: string;
  /** What the bar says when it has keyboard focus (category, total, parts with units). */
  readonly label: string;
}

export interface StackedBarChartProps {
  readonly data: readonly StackedBarDatum[];
  readonly parts: readonly StackedBarPart[];
  readonly formatValue: (value: number) => string;
  readonly formatTick: (value: number) => string;
  /** Fixed width (tests); by default the chart fills its container. */
  readonly width?: number;
}

export default function StackedBarChart({
  data,
  parts,
  formatValue,
  formatTick,
  width,
}: StackedBarChartProps) {
  const { t } = useT();
  const { ref, total, height } = useStackedBarSize(width);
  const ends = stackEnds(data, parts);
  const ticks = stackTicks(ends);
  const carriers = totalLabelParts(data, parts);
  const keyboard = useChartKeyboard({ keys: data.map((d) => d.category) });
  return (
    <div ref={ref} className="stacked-chart">
      <StackedBarLegend parts={parts} />
      <div {...keyboard.groupProps} className="stacked-chart__img">
        <BarChart
          width={total}
          height={height}
          data={stackedRows(data, parts)}
          margin={{ top: 28, right: 8, bottom: 4, left: 8 }}
          accessibilityLayer={false}
          barCategoryGap="22%"
          stackOffset="sign"
        >
          <CartesianGrid vertical={false} stroke={COLORS.grid} />
          <XAxis
            dataKey="category"
            tick={{ fill: COLORS.axisText, fontSize: 14 }}
            tickLine={false}
            axisLine={{ stroke: COLORS.axisText }}
          />
          <YAxis
            ticks={ticks}
            domain={[ticks[0] ?? 0, ticks[ticks.length - 1] ?? "auto"]}
            tickFormatter={formatTick}
            tick={{ fill: COLORS.axisText, fontSize: 13 }}
            width={56}
            axisLine={false}
            tickLine={false}
          />
          {parts.map((p, i) => (
            <Bar
              key={p.key}
              dataKey={p.key}
              stackId="total"
              fill={p.color}
              stroke={COLORS.background}
              strokeWidth={1}
              isAnimationActive={false}
            >
              <LabelList
                dataKey={p.key}
                position="center"
                content={segmentValueLabel(formatValue)}
              />
              <LabelList
                dataKey="category"
                position="top"
                content={totalLabel(data, carriers, i)}
              />
            </Bar>
          ))}
          <KeyboardPoints
            keyboard={keyboard}
            points={stackKeyboardPoints(data, ends)}
          />
        </BarChart>
        <ChartKeysHint keyboard={keyboard} moves={t("chartKeys.bars")} />
      </div>
    </div>
  );
}

/** The chart's size: the slide's room on a slide (slide-box.ts), else its container's width. */
function useStackedBarSize(width: number | undefined) {
  const [ref, measured] = useElementWidth(width ?? 640);
  const slide = useSlideBox();
  const total = slide ? (width ?? measured) : Math.min(width ?? measured, 760);
  const height =
    slide?.height ?? Math.max(260, Math.min(380, Math.round(total * 0.6)));
  return { ref, total, height };
}

/** The parts' colours and names above the chart (decorative: the table and focus say the same). */
function StackedBarLegend({
  parts,
}: {
  readonly parts: readonly StackedBarPart[];
}) {
  return (
    <ul className="stacked-chart__legend" aria-hidden="true">
      {parts.map((p) => (
        <li key={p.key}>
          <span
            className="stacked-chart__swatch"
            style={{ background: p.color }}
          />
          {p.label}
        </li>
      ))}
    </ul>
  );
}
