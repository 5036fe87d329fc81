/**
 * Need against resources as a recharts scatter: one dot per kommun with both values on round
 * ticks, the county values as dashed reference lines (labelled "Länet …", "beräknat" when
 * computed), the quadrant words in the corners, selected kommuner as larger diamonds in the
 * highlight colour, the others as calm grey-blue dots; names on the selected dots, the ones the
 * title names, the extremes and the dot under the pointer or focus (scatter-overlay). Hover shows
 * the name and both values. Keyboard: one tab stop; arrows move between the kommuner
 * (scatter-keyboard); T shows the table. Name and description come from the frame's title and
 * summary. Load it lazily: recharts stays out of the shell.
 */
import {
  CartesianGrid,
  ReferenceLine,
  Scatter,
  ScatterChart as RechartsScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

import type { AreaCode } from "@/domain/areas";
import { formatAxisTick, formatNumber } from "@/domain/format";
import { useT, type UiLocale } from "@/i18n/i18n";

import { ChartKeysHint } from "./chart-keys-hint";
import { KeyboardPoints } from "./keyboard-points";
import { Diamond, Dot, ScatterTooltip } from "./scatter-marks";
import { ScatterLabels } from "./scatter-overlay";
import { QuadrantWords } from "./scatter-quadrant-words";
import type { ScatterAxis } from "./series/scatter-axis";
import type { Quadrant } from "./series/scatter-quadrants";
import type { ScatterSeries } from "./series/scatter-series";
import { COLORS } from "./theme";
import { useScatterSize, useScatterState } from "./use-scatter-state";

export interface ScatterChartProps {
  readonly series: ScatterSeries;
  /** Label every dot by name (when only a few kommuner have values). */
  readonly labelAll: boolean;
  /** Kommuner the title names: labelled too. */
  readonly named: readonly AreaCode[];
  /** Lines of the county labels: need (beside the plot) and resources (above it). */
  readonly county: { readonly need: string[]; readonly resource: string };
  /** The two lines of a quadrant's words ("Högt behov", "låga resurser"). */
  readonly quadrantWords: (q: Quadrant) => readonly string[];
  readonly width?: number;
}

/** Plain numbers below 100 000 ("3 000", not "3 tn"); compact ones above. */
const tick =
  (locale: UiLocale) =>
  (v: number): string =>
    Math.abs(v) < 100_000
      ? formatNumber(v, Number.isInteger(v) ? 0 : 1, locale)
      : formatAxisTick(v, locale);

/** What both axes share: numbers on round ticks, in the axis colour. */
const axisPropsOf = (locale: UiLocale, fontSize: number) =>
  ({
    type: "number",
    tickFormatter: tick(locale),
    tick: { fill: COLORS.axisText, fontSize },
    stroke: COLORS.axisText,
    allowDecimals: true,
  }) as const;

/** The county's value on an axis as a dashed reference line; nothing without one. */
const countyLine = (axis: ScatterAxis, vertical: boolean) =>
  axis.county?.value != null && (
    <ReferenceLine
      {...(vertical ? { x: axis.county.value } : { y: axis.county.value })}
      stroke={COLORS.county}
      strokeDasharray="5 4"
      ifOverflow="extendDomain"
    />
  );

const marginOf = (narrow: boolean, fontSize: number) => ({
  top: fontSize + 14,
  right: narrow ? 52 : 60,
  bottom: 8,
  left: 0,
});

const domainOf = (axis: ScatterAxis): [number, number] => [
  axis.ticks[0] ?? 0,
  axis.ticks[axis.ticks.length - 1] ?? 1,
];

export default function ScatterChart(props: ScatterChartProps) {
  const { series } = props;
  const { t, locale } = useT();
  const { ref, width, height, narrow, fontSize } = useScatterSize(props.width);
  const { hover, points, keyboard, choices, quadrants, flipped } =
    useScatterState(props);
  const axisProps = axisPropsOf(locale, fontSize);
  return (
    <div ref={ref} className="scatter-chart">
      <div {...keyboard.groupProps}>
        <RechartsScatterChart
          width={width}
          height={height}
          accessibilityLayer={false}
          margin={marginOf(narrow, fontSize)}
        >
          <CartesianGrid stroke={COLORS.grid} />
          <XAxis
            {...axisProps}
            dataKey="x"
            domain={domainOf(series.resource)}
            ticks={[...series.resource.ticks]}
          />
          <YAxis
            {...axisProps}
            dataKey="y"
            domain={domainOf(series.need)}
            ticks={[...series.need.ticks]}
            width={narrow ? 40 : 52}
          />
          {quadrants && (
            <QuadrantWords
              words={props.quadrantWords}
              flipped={flipped}
              fontSize={fontSize - 1}
            />
          )}
          {countyLine(series.resource, true)}
          {countyLine(series.need, false)}
          <Tooltip
            content={(p) => (
              <ScatterTooltip
                series={series}
                active={p.active}
                payload={p.payload}
              />
            )}
            cursor={{ strokeDasharray: "3 3" }}
            isAnimationActive={false}
          />
          {(["others", "selected"] as const).map((kind) => (
            <Scatter
              key={kind}
              data={series.points.filter(
                (p) => p.highlighted === (kind === "selected"),
              )}
              shape={kind === "selected" ? <Diamond /> : <Dot />}
              isAnimationActive={false}
              className={`scatter-chart__${kind}`}
              {...hover}
            />
          ))}
          <ScatterLabels
            series={series}
            choices={choices}
            words={quadrants ? props.quadrantWords : null}
            flipped={flipped}
            county={props.county}
            fontSize={fontSize}
          />
          <KeyboardPoints points={points} keyboard={keyboard} />
        </RechartsScatterChart>
        <ChartKeysHint keyboard={keyboard} moves={t("chart.keysKommuner")} />
      </div>
    </div>
  );
}
