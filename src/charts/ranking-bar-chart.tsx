/**
 * Ranked horizontal bars for the 26 kommuner, drawn as plain SVG. Gets a ready-made series:
 * highlighted kommuner in the highlight colour, the county (and Sweden) as labelled dashed
 * reference lines, range-only values as hatched spans, missing values as a grey "uppgift saknas"
 * label — never a zero-length bar. The value stands at the end of every bar (direct labels).
 *
 * Keyboard: the chart is one tab stop (use-chart-keyboard); the arrow keys move between the
 * kommuner, each announced with name, value, status and rank; Enter opens a kommun where a click
 * does; T shows the table. Name and description come from the frame's title and summary.
 *
 * Why not recharts here: this is the first chart every visitor sees. recharts is ~105 KB gzip
 * and would put the first view far over its budget (see README "Performance"); the ranked bar is
 * simple enough to draw directly, and doing so gives full control over the conventions above.
 */
import { useId, useState } from "react";

import type { AreaCode } from "@/domain/areas";
import { formatValue } from "@/domain/format";
import { domainScale, niceDomainTicks, zeroBasedDomain } from "@/domain/scale";
import { useT } from "@/i18n/i18n";
import { useElementWidth } from "@/ui/use-element-width";

import { ChartKeysHint } from "./chart-keys-hint";
import type { RankingRow, RankingSeries } from "./series/ranking-series";
import { slideRowHeight, useSlideBox } from "./slide-box";
import { TopAxis } from "./top-axis";
import { COLORS, SIZES } from "./theme";
import { useChartKeyboard, type ChartKeyboard } from "./use-chart-keyboard";
import { rankingPointLabel, valueLabel } from "./value-label";

export interface RankingBarChartProps {
  readonly series: RankingSeries;
  /** Fixed width (tests); by default the chart fills its container. */
  readonly width?: number;
  /** Clicking a kommun's row (or Enter on it) opens it (the Kommunprofil). */
  readonly onOpen?: (code: AreaCode) => void;
}

const TOP = 34;
const BOTTOM = 40;
const BAR = 18;
const HATCH_ID = "ranking-hatch";

/** Every value the chart draws: bars, both ends of ranges, the reference lines. */
function drawnValues(series: RankingSeries): number[] {
  const values = series.rows.flatMap((r) =>
    [r.value, r.low, r.high].filter((v): v is number => v !== null),
  );
  if (series.countyIsComparable && series.county)
    values.push(series.county.value);
  if (series.countyIsComparable && series.sweden)
    values.push(series.sweden.value);
  return values;
}

export default function RankingBarChart({
  series,
  width,
  onOpen,
}: RankingBarChartProps) {
  const { t, locale } = useT();
  const [ref, measured] = useElementWidth(width ?? 720);
  const [hover, setHover] = useState<string | null>(null);
  const total = width ?? measured;
  // 26 identical range-only rows say nothing: draw one row for all kommuner instead.
  const [firstRow] = series.rows;
  const rows: readonly RankingRow[] =
    series.uniformRange && firstRow
      ? [
          {
            ...firstRow,
            name: t("chart.allKommuner", { count: series.rows.length }),
            highlighted: false,
          },
        ]
      : series.rows;
  const labelWidth = Math.min(
    SIZES.categoryAxisWidth + 12,
    Math.round(total * 0.34),
  );
  const [low, high] = zeroBasedDomain(drawnValues(series));
  // Negative bars grow left from the zero line with their value beyond their end: keep room for
  // those labels between the names and the plot too. Two value columns share what one had on a
  // phone, so the plot keeps a usable width.
  const valueRoom = Math.min(112, Math.round(total * (low < 0 ? 0.2 : 0.28)));
  const negativeRoom = low < 0 ? valueRoom : 0;
  const plotLeft = labelWidth + negativeRoom;
  const plot = Math.max(40, total - plotLeft - valueRoom);
  // About one tick per 90 px, so labels never collide on a phone.
  const ticks = niceDomainTicks(
    [low, high],
    Math.max(2, Math.floor(plot / 90)),
  );
  const x = domainScale([ticks[0] ?? 0, ticks[ticks.length - 1] ?? 1], plot);
  // On a slide the rows share the slide's height (slide-box.ts).
  const rowHeight = slideRowHeight(
    useSlideBox(),
    rows.length,
    TOP + BOTTOM,
    SIZES.barRow,
  );
  const height = TOP + rows.length * rowHeight + BOTTOM;
  const county = series.countyIsComparable ? series.county : null;
  const sweden = series.countyIsComparable ? series.sweden : null;
  const fmt = (n: number): string => formatValue(n, series.format, locale);
  const idPrefix = useId();
  const open = series.uniformRange ? undefined : onOpen;
  const keyboard = useChartKeyboard({
    keys: rows.map((r) => r.code),
    initial: rows.find((r) => r.highlighted)?.code,
    onOpen: open
      ? (code) => {
          open(code as AreaCode);
        }
      : undefined,
  });

  return (
    <div ref={ref} className="ranking-chart">
      <div {...keyboard.groupProps} className="ranking-chart__group">
        <svg
          width={total}
          height={height}
          viewBox={`0 0 ${total} ${height}`}
          className="ranking-chart__svg"
        >
          <defs>
            <pattern
              id={HATCH_ID}
              width="6"
              height="6"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect width="6" height="6" fill={COLORS.background} />
              <line
                x1="0"
                y1="0"
                x2="0"
                y2="6"
                stroke={COLORS.bar}
                strokeWidth="2.5"
              />
            </pattern>
          </defs>
          <TopAxis
            ticks={ticks}
            x={x}
            left={plotLeft}
            top={TOP - 10}
            bottom={height - BOTTOM}
          />
          {low < 0 && (
            <line
              className="ranking-chart__zero"
              x1={plotLeft + x(0)}
              x2={plotLeft + x(0)}
              y1={TOP - 4}
              y2={height - BOTTOM}
              stroke={COLORS.axisText}
              aria-hidden="true"
            />
          )}
          {rows.map((row, i) => (
            <Row
              key={row.code}
              row={row}
              y={TOP + i * rowHeight}
              rowHeight={rowHeight}
              labelWidth={labelWidth}
              plotLeft={plotLeft}
              x={x}
              width={total}
              titleId={`${idPrefix}${row.code}`}
              label={valueLabel(row, series.format, t, locale)}
              name={
                series.uniformRange
                  ? `${row.name}: ${valueLabel(row, series.format, t, locale)}, ${t("status.range-only")}`
                  : rankingPointLabel(row, series, t, locale)
              }
              hovered={hover === row.code}
              focused={keyboard.focused === row.code}
              point={keyboard.pointProps(row.code)}
              onHover={setHover}
              onOpen={open}
            />
          ))}
          {county && (
            <Reference
              x={plotLeft + x(county.value)}
              top={TOP - 4}
              bottom={height - BOTTOM}
              label={`${t("chart.county")} ${fmt(county.value)}`}
              color={COLORS.county}
              dash="6 4"
              labelAt="bottom"
            />
          )}
          {sweden && (
            <Reference
              x={plotLeft + x(sweden.value)}
              top={TOP - 4}
              bottom={height - BOTTOM}
              label={`${t("chart.sweden")} ${fmt(sweden.value)}`}
              color={COLORS.sweden}
              dash="2 3"
              labelAt="bottom2"
            />
          )}
        </svg>
        <ChartKeysHint
          keyboard={keyboard}
          moves={t("chart.keysKommuner")}
          opens={open !== undefined}
        />
      </div>
    </div>
  );
}

interface RowProps {
  readonly row: RankingRow;
  readonly y: number;
  readonly rowHeight: number;
  /** Right edge of the name column. */
  readonly labelWidth: number;
  /** Left edge of the plot: `x` positions are measured from here. */
  readonly plotLeft: number;
  readonly x: (value: number) => number;
  readonly width: number;
  readonly titleId: string;
  readonly label: string;
  /** Accessible name: kommun, value with unit, status, rank. */
  readonly name: string;
  readonly hovered: boolean;
  /** Has keyboard focus: draw the focus mark. */
  readonly focused: boolean;
  readonly point: ReturnType<ChartKeyboard["pointProps"]>;
  readonly onHover: (code: string | null) => void;
  readonly onOpen?: ((code: AreaCode) => void) | undefined;
}

function Row({
  row,
  y,
  rowHeight,
  labelWidth,
  plotLeft,
  x,
  width,
  titleId,
  label,
  name,
  hovered,
  focused,
  point,
  onHover,
  onOpen,
}: RowProps) {
  const bar = (BAR * rowHeight) / SIZES.barRow;
  const barY = y + (rowHeight - bar) / 2;
  const mid = y + rowHeight / 2;
  const range: readonly [number, number] | null =
    row.value === null && row.low !== null && row.high !== null
      ? [row.low, row.high]
      : null;
  const isRange = range !== null;
  // A bar runs from the zero line to its value, leftwards for a negative value.
  const base = range ? x(range[0]) : x(0);
  const end = row.value !== null ? x(row.value) : range ? x(range[1]) : x(0);
  const start = Math.min(base, end);
  const hasMark = row.value !== null || isRange;
  // The label stands beyond the bar's end: left of a negative bar (in the room kept for it
  // between the names and the plot), right of every other mark.
  const labelLeft = row.value !== null && row.value < 0;
  const color = row.highlighted ? COLORS.highlight : COLORS.bar;
  return (
    <g
      {...point}
      role="img"
      aria-labelledby={titleId}
      className={
        onOpen ? "ranking-chart__row is-clickable" : "ranking-chart__row"
      }
      onClick={
        onOpen
          ? () => {
              onOpen(row.code);
            }
          : undefined
      }
      onMouseEnter={() => {
        onHover(row.code);
      }}
      onMouseLeave={() => {
        onHover(null);
      }}
    >
      <title id={titleId}>{name}</title>
      {hovered && (
        <rect
          x={0}
          y={y}
          width="100%"
          height={rowHeight}
          fill="rgba(0,0,0,0.05)"
        />
      )}
      <text
        x={labelWidth - 8}
        y={mid}
        dy="0.35em"
        textAnchor="end"
        className="rc-name"
        fontWeight={row.highlighted ? 700 : 400}
        fill={row.highlighted ? COLORS.highlight : COLORS.axisText}
      >
        {row.name}
      </text>
      {hasMark && (
        <rect
          x={plotLeft + start}
          y={barY}
          width={Math.max(
            Math.abs(end - base),
            row.value !== null && row.value !== 0 ? 1 : 0,
          )}
          height={bar}
          fill={isRange ? `url(#${HATCH_ID})` : color}
          stroke={isRange ? color : "none"}
        />
      )}
      <text
        x={
          hasMark ? plotLeft + (labelLeft ? end - 6 : end + 6) : labelWidth + 4
        }
        y={mid}
        dy="0.35em"
        textAnchor={labelLeft ? "end" : undefined}
        className="rc-value"
        fontStyle={hasMark ? "normal" : "italic"}
        fontWeight={row.highlighted ? 700 : 400}
        fill={hasMark ? COLORS.axisText : COLORS.missingText}
      >
        {label}
      </text>
      {focused && (
        <rect
          className="chart-focus"
          x={1.5}
          y={y + 1.5}
          width={Math.max(0, width - 3)}
          height={rowHeight - 3}
          rx={3}
        />
      )}
    </g>
  );
}

interface ReferenceProps {
  readonly x: number;
  readonly top: number;
  readonly bottom: number;
  readonly label: string;
  readonly color: string;
  readonly dash: string;
  readonly labelAt: "bottom" | "bottom2";
}

function Reference({
  x,
  top,
  bottom,
  label,
  color,
  dash,
  labelAt,
}: ReferenceProps) {
  const y = labelAt === "bottom" ? bottom + 14 : bottom + 26;
  return (
    <g aria-hidden="true">
      <line
        x1={x}
        x2={x}
        y1={top}
        y2={bottom}
        stroke={color}
        strokeWidth={2}
        strokeDasharray={dash}
      />
      <text
        x={x}
        y={y}
        textAnchor="middle"
        className="rc-reference"
        fill={color}
      >
        {label}
      </text>
    </g>
  );
}
