/**
 * Need against resources as a recharts scatter: one dot per kommun with both values, the county
 * values as dashed reference lines labelled "Länet …", selected kommuner as larger diamonds in
 * the highlight colour with their names, the others as calm grey-blue dots. Hover shows the
 * name and both values. Keyboard: one tab stop; left and right move between the kommuner by
 * resources, up and down by need, each announced with both values and their status
 * (use-chart-keyboard); T shows the table. Name and description come from the frame's title and
 * summary. Load it lazily: recharts stays out of the shell.
 */
import {
  CartesianGrid,
  LabelList,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart as RechartsScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

import { decimalsOf, formatAxisTick, formatNumber } from "@/domain/format";
import { roundBeyond } from "@/domain/scale";
import { useT, type Translate, type UiLocale } from "@/i18n/i18n";

import { ChartKeysHint } from "./chart-keys-hint";
import { KeyboardPoints, type KeyboardPoint } from "./keyboard-points";

import type {
  ScatterPoint,
  ScatterRow,
  ScatterSeries,
} from "./series/scatter-series";
import { useSlideBox } from "./slide-box";
import { COLORS } from "./theme";
import { useChartKeyboard, type ChartDirection } from "./use-chart-keyboard";
import { valueLabel, withUnit } from "./value-label";

export interface ScatterChartProps {
  readonly series: ScatterSeries;
  /** Label every dot by name (when only a few kommuner have values). */
  readonly labelAll: boolean;
  /** Text of the reference lines, e.g. "Länet 13,0 %". */
  readonly countyLabel: (value: string) => string;
  readonly height?: number;
}

interface DotProps {
  readonly cx?: number;
  readonly cy?: number;
}

function Dot({ cx = 0, cy = 0 }: DotProps) {
  return (
    <circle
      cx={cx}
      cy={cy}
      r={5}
      fill={COLORS.bar}
      stroke={COLORS.background}
      strokeWidth={1}
    />
  );
}

function Diamond({ cx = 0, cy = 0 }: DotProps) {
  const r = 8;
  return (
    <path
      d={`M${cx},${cy - r}L${cx + r},${cy}L${cx},${cy + r}L${cx - r},${cy}Z`}
      fill={COLORS.highlight}
      stroke={COLORS.background}
      strokeWidth={1.5}
    />
  );
}

/**
 * Selected points that stand on the same spot (at the precision shown) get one label with all
 * their names ("Botkyrka, Sigtuna") instead of labels drawn on top of each other.
 */
function withSharedLabels(
  points: readonly ScatterPoint[],
  xDecimals: number,
  yDecimals: number,
): (ScatterPoint & { label: string })[] {
  const key = (p: ScatterPoint): string =>
    `${p.x.toFixed(xDecimals)}|${p.y.toFixed(yDecimals)}`;
  const names = new Map<string, string[]>();
  for (const p of points)
    names.set(key(p), [...(names.get(key(p)) ?? []), p.name]);
  return points.map((p) => {
    const all = names.get(key(p)) ?? [p.name];
    return { ...p, label: all[0] === p.name ? all.join(", ") : "" };
  });
}

type AxisDomain = readonly [
  number | "auto" | ((limit: number) => number),
  number | "auto" | ((limit: number) => number),
];

/**
 * The domain of an axis: the data's own ("auto", which reaches below zero for negative values),
 * or, when every kommun has the same value, from zero to a round bound beyond it (34,64 → 0–50,
 * −34,64 → −50–0) so rounding noise is not spread over the axis.
 */
export function scatterAxisDomain(uniform: number | null): AxisDomain {
  if (uniform === null) return ["auto", "auto"];
  return uniform < 0
    ? [(min) => roundBeyond(Math.min(0, min)), 0]
    : [0, (max) => roundBeyond(Math.max(0, max))];
}

/** What a dot says when it has focus: "Botkyrka: behov 22,0 %, resurser 3 075 kr, beräknat". */
function dotLabel(
  row: ScatterRow,
  series: ScatterSeries,
  t: Translate,
  locale: UiLocale,
): string {
  const value = (axis: ScatterSeries["need"], v: ScatterRow["need"]): string =>
    withUnit(
      valueLabel(v, axis.format, t, locale),
      axis.format,
      axis.indicator.unit,
      t,
    );
  const parts = [
    `${row.name}: ${t("needs.tooltipNeed").toLocaleLowerCase(locale)} ${value(series.need, row.need)}`,
    `${t("needs.tooltipResource").toLocaleLowerCase(locale)} ${value(series.resource, row.resource)}`,
  ];
  if (row.need.derived || row.resource.derived) parts.push(t("chart.derived"));
  if (row.highlighted) parts.push(t("chart.selected"));
  return parts.join(", ");
}

/** Left/right: the neighbour by resources (x); up/down: the neighbour by need (y). */
function scatterMove(
  points: readonly ScatterPoint[],
): (key: string, direction: ChartDirection) => string | null {
  const byX = [...points].sort((a, b) => a.x - b.x || a.y - b.y);
  const byY = [...points].sort((a, b) => a.y - b.y || a.x - b.x);
  return (key, direction) => {
    const list = direction === "left" || direction === "right" ? byX : byY;
    const i = list.findIndex((p) => p.code === key);
    const step = direction === "right" || direction === "up" ? 1 : -1;
    return list[i + step]?.code ?? null;
  };
}

export default function ScatterChart({
  series,
  labelAll,
  countyLabel,
  height = 440,
}: ScatterChartProps) {
  const { t, locale } = useT();
  const plotHeight = useSlideBox()?.height ?? height;
  const rowOf = new Map<string, ScatterRow>(
    series.rows.map((r) => [r.code, r]),
  );
  const others = series.points.filter((p) => !p.highlighted);
  const selected = withSharedLabels(
    series.points.filter((p) => p.highlighted),
    decimalsOf(series.resource.format),
    decimalsOf(series.need.format),
  );
  const needCounty = series.need.county?.value ?? null;
  const resourceCounty = series.resource.county?.value ?? null;
  // Plain numbers below 100 000 ("3 000", not "3 tn"); compact ones above.
  const tick = (v: number): string =>
    Math.abs(v) < 100_000
      ? formatNumber(v, Number.isInteger(v) ? 0 : 1, locale)
      : formatAxisTick(v, locale);
  const need = (r: ScatterRow): string =>
    valueLabel(r.need, series.need.format, t, locale);
  const resource = (r: ScatterRow): string =>
    valueLabel(r.resource, series.resource.format, t, locale);

  const tooltip = ({
    active,
    payload,
  }: {
    active?: boolean;
    payload?: readonly { payload?: ScatterPoint }[];
  }) => {
    const point = payload?.[0]?.payload;
    const row = point ? rowOf.get(point.code) : undefined;
    if (!active || !row) return null;
    return (
      <div className="scatter-tooltip">
        <strong>{row.name}</strong>
        <br />
        {t("needs.tooltipNeed")}: {need(row)}
        <br />
        {t("needs.tooltipResource")}: {resource(row)}
      </div>
    );
  };

  const ordered = [...series.points].sort((a, b) => a.x - b.x || a.y - b.y);
  const keyboardPoints = ordered.flatMap((p): KeyboardPoint[] => {
    const row = rowOf.get(p.code);
    return row
      ? [
          {
            key: p.code,
            kind: "dot",
            x: p.x,
            y: p.y,
            label: dotLabel(row, series, t, locale),
          },
        ]
      : [];
  });
  const keyboard = useChartKeyboard({
    keys: keyboardPoints.map((p) => p.key),
    initial: selected[0]?.code,
    move: scatterMove(series.points),
  });

  return (
    <div
      {...keyboard.groupProps}
      className="scatter-chart"
      style={{ width: "100%" }}
    >
      <ResponsiveContainer width="100%" height={plotHeight}>
        <RechartsScatterChart
          accessibilityLayer={false}
          margin={{ top: 24, right: 56, bottom: 16, left: 24 }}
        >
          <CartesianGrid stroke={COLORS.grid} />
          <XAxis
            type="number"
            dataKey="x"
            domain={scatterAxisDomain(series.resource.uniform)}
            tickFormatter={tick}
            tick={{ fill: COLORS.axisText, fontSize: 13 }}
            stroke={COLORS.axisText}
          />
          <YAxis
            type="number"
            dataKey="y"
            domain={scatterAxisDomain(series.need.uniform)}
            tickFormatter={tick}
            tick={{ fill: COLORS.axisText, fontSize: 13 }}
            stroke={COLORS.axisText}
            width={48}
          />
          {resourceCounty !== null && series.resource.county && (
            <ReferenceLine
              x={resourceCounty}
              stroke={COLORS.county}
              strokeDasharray="5 4"
              ifOverflow="extendDomain"
              label={{
                value: countyLabel(
                  valueLabel(
                    series.resource.county,
                    series.resource.format,
                    t,
                    locale,
                  ),
                ),
                position: "insideBottomRight",
                fill: COLORS.county,
                fontSize: 13,
              }}
            />
          )}
          {needCounty !== null && series.need.county && (
            <ReferenceLine
              y={needCounty}
              stroke={COLORS.county}
              strokeDasharray="5 4"
              ifOverflow="extendDomain"
              label={{
                value: countyLabel(
                  valueLabel(series.need.county, series.need.format, t, locale),
                ),
                position: "insideBottomRight",
                fill: COLORS.county,
                fontSize: 13,
              }}
            />
          )}
          <Tooltip
            content={tooltip}
            cursor={{ strokeDasharray: "3 3" }}
            isAnimationActive={false}
          />
          <Scatter
            data={others}
            shape={<Dot />}
            isAnimationActive={false}
            className="scatter-chart__others"
          >
            {labelAll && (
              <LabelList
                dataKey="name"
                position="top"
                offset={8}
                fill={COLORS.axisText}
                fontSize={13}
              />
            )}
          </Scatter>
          <Scatter
            data={selected}
            shape={<Diamond />}
            isAnimationActive={false}
            className="scatter-chart__selected"
          >
            <LabelList
              dataKey="label"
              position="top"
              offset={12}
              fill={COLORS.highlight}
              fontSize={14}
              fontWeight={700}
            />
          </Scatter>
          <KeyboardPoints points={keyboardPoints} keyboard={keyboard} />
        </RechartsScatterChart>
      </ResponsiveContainer>
      <ChartKeysHint keyboard={keyboard} moves={t("chart.keysKommuner")} />
    </div>
  );
}
