/**
 * Need against resources as a recharts scatter: one dot per kommun with both values, the county
 * values as dashed reference lines labelled "Länet …", selected kommuner as larger diamonds in
 * the highlight colour with their names, the others as calm grey-blue dots. Hover shows the
 * name and both values. The chart is one image for assistive technology (role="img" + a
 * description); the table is the keyboard path. Load it lazily: recharts stays out of the shell.
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
import { useT } from "@/i18n/i18n";

import type {
  ScatterPoint,
  ScatterRow,
  ScatterSeries,
} from "./series/scatter-series";
import { COLORS } from "./theme";
import { valueLabel } from "./value-label";

export interface ScatterChartProps {
  readonly series: ScatterSeries;
  /** Accessible description: what is shown, the county, where the selected kommuner sit. */
  readonly description: string;
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

/** A round upper bound above `max` (34,64 → 50), for axes that start at zero. */
function roundUp(max: number): number {
  if (max <= 0) return 1;
  const step = 10 ** Math.floor(Math.log10(max));
  return Math.ceil((max * 1.2) / step) * step;
}

export default function ScatterChart({
  series,
  description,
  labelAll,
  countyLabel,
  height = 440,
}: ScatterChartProps) {
  const { t, locale } = useT();
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

  return (
    <div
      className="scatter-chart"
      role="img"
      aria-label={description}
      style={{ width: "100%", height }}
    >
      <ResponsiveContainer width="100%" height={height}>
        <RechartsScatterChart
          accessibilityLayer={false}
          margin={{ top: 24, right: 56, bottom: 16, left: 24 }}
        >
          <CartesianGrid stroke={COLORS.grid} />
          <XAxis
            type="number"
            dataKey="x"
            domain={
              // One shared value: start at zero so rounding noise is not spread over the axis.
              series.resource.uniform === null ? ["auto", "auto"] : [0, roundUp]
            }
            tickFormatter={tick}
            tick={{ fill: COLORS.axisText, fontSize: 13 }}
            stroke={COLORS.axisText}
          />
          <YAxis
            type="number"
            dataKey="y"
            domain={
              series.need.uniform === null ? ["auto", "auto"] : [0, roundUp]
            }
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
        </RechartsScatterChart>
      </ResponsiveContainer>
    </div>
  );
}
