/**
 * A dumbbell chart drawn as plain SVG: one row per item, two values on a shared axis that holds
 * zero (and reaches below it for negative values) — `a` as a hollow ring (expected, planned) and
 * `b` as a filled dot (actual, reported) — joined by a line. The row's label stands right of its
 * rightmost mark, so it never meets the name. Shape tells them apart, not colour alone. A row with only one of the two shows only that
 * mark and says so in its label. Heading rows (target groups) carry no marks.
 *
 * Keyboard: one tab stop; the arrow keys move between the rows with marks, each announced with
 * its full text (use-chart-keyboard); T shows the table. Name and description come from the
 * frame's title and summary.
 */
import "@/i18n/views/chart-keys";
import { useId } from "react";

import { domainScale, niceDomainTicks, zeroBasedDomain } from "@/domain/scale";
import { useT } from "@/i18n/i18n";
import { useElementWidth } from "@/ui/use-element-width";

import { ChartKeysHint } from "./chart-keys-hint";
import { slideRowHeight, useSlideBox } from "./slide-box";
import { TopAxis } from "./top-axis";
import { COLORS, SIZES } from "./theme";
import { useChartKeyboard } from "./use-chart-keyboard";

export interface DumbbellRow {
  readonly key: string;
  readonly name: string;
  readonly a: number | null;
  readonly b: number | null;
  /** Text at the right end of the row (e.g. the difference). */
  readonly label: string;
  /** Full text of the row for its tooltip. */
  readonly title: string;
  readonly heading?: boolean;
}

export interface DumbbellChartProps {
  readonly rows: readonly DumbbellRow[];
  readonly aLabel: string;
  readonly bLabel: string;
  /** Fixed width (tests); by default the chart fills its container. */
  readonly width?: number;
}

const TOP = 34;
const BOTTOM = 12;
const R = 6;
/** Average width of a label character at a 16 px root size, generous so names are never clipped. */
const CHAR_AT_16 = 7.8;

/** Labels are sized in rem (.rc-name), so their width follows the root font size. */
function charWidth(): number {
  if (typeof window === "undefined") return CHAR_AT_16;
  const root = Number.parseFloat(
    window.getComputedStyle(document.documentElement).fontSize,
  );
  return Number.isFinite(root) && root > 0
    ? (CHAR_AT_16 * root) / 16
    : CHAR_AT_16;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1))}…`;
}

/** Below this width each row's name stands on its own line above the marks. */
const STACK_BELOW = 560;
const STACKED_ROW = 46;

export default function DumbbellChart({
  rows,
  aLabel,
  bLabel,
  width,
}: DumbbellChartProps) {
  const { t } = useT();
  const idPrefix = useId();
  const [ref, measured] = useElementWidth(width ?? 720);
  const keyboard = useChartKeyboard({
    keys: rows.filter((r) => !r.heading).map((r) => r.key),
  });
  const total = width ?? measured;
  const stacked = total < STACK_BELOW;
  const CHAR = charWidth();
  const longest = Math.max(
    0,
    ...rows.filter((r) => !r.heading).map((r) => r.name.length),
  );
  const labelWidth = stacked
    ? 8
    : Math.min(Math.round(longest * CHAR + 16), Math.round(total * 0.4));
  const valueRoom = stacked ? 150 : Math.min(150, Math.round(total * 0.26));
  const plot = Math.max(40, total - labelWidth - valueRoom - 12);
  // From zero (or below it, for negative values) to the largest value.
  const domain = zeroBasedDomain(
    rows.flatMap((r) => [r.a, r.b].filter((v): v is number => v !== null)),
  );
  const ticks = niceDomainTicks(domain, Math.max(2, Math.floor(plot / 90)));
  const x = domainScale([ticks[0] ?? 0, ticks[ticks.length - 1] ?? 1], plot);
  // On a slide the rows share the slide's height (slide-box.ts).
  const slideRow = slideRowHeight(
    useSlideBox(),
    rows.length,
    TOP + BOTTOM,
    SIZES.barRow,
  );
  const rowHeight = (row: DumbbellRow): number =>
    stacked && !row.heading ? STACKED_ROW : slideRow;
  const tops: number[] = [];
  let y = TOP;
  for (const row of rows) {
    tops.push(y);
    y += rowHeight(row);
  }
  const height = y + BOTTOM;
  const maxChars = stacked
    ? Math.floor((total - 8) / CHAR)
    : Math.max(8, Math.floor((labelWidth - 12) / CHAR));
  return (
    <div ref={ref} className="dumbbell-chart">
      <ul className="dumbbell-chart__legend" aria-hidden="true">
        <li>
          <svg width="16" height="16" aria-hidden="true">
            <circle
              cx="8"
              cy="8"
              r={R - 1}
              fill={COLORS.background}
              stroke={COLORS.county}
              strokeWidth={2}
            />
          </svg>
          {aLabel}
        </li>
        <li>
          <svg width="16" height="16" aria-hidden="true">
            <circle cx="8" cy="8" r={R - 1} fill={COLORS.bar} />
          </svg>
          {bLabel}
        </li>
      </ul>
      <div {...keyboard.groupProps}>
        <svg width={total} height={height} viewBox={`0 0 ${total} ${height}`}>
          <TopAxis
            ticks={ticks}
            x={x}
            left={labelWidth}
            top={TOP - 10}
            bottom={height - BOTTOM}
          />
          {rows.map((row, i) => {
            const top = tops[i] ?? TOP;
            if (row.heading)
              return (
                <g
                  key={row.key}
                  className="dumbbell-chart__heading"
                  aria-hidden="true"
                >
                  <title>{row.title}</title>
                  <text
                    x={4}
                    y={top + SIZES.barRow / 2}
                    dy="0.35em"
                    fontWeight={700}
                    className="rc-name"
                    fill={COLORS.county}
                  >
                    {truncate(row.name, Math.floor(total / CHAR))}
                  </text>
                </g>
              );
            const nameY = stacked ? top + 12 : top + SIZES.barRow / 2;
            const mid = stacked ? top + 32 : top + SIZES.barRow / 2;
            const xa = row.a === null ? null : labelWidth + x(row.a);
            const xb = row.b === null ? null : labelWidth + x(row.b);
            const end = Math.max(xa ?? labelWidth, xb ?? labelWidth);
            const titleId = `${idPrefix}${row.key}`;
            return (
              <g
                key={row.key}
                className="dumbbell-chart__row"
                {...keyboard.pointProps(row.key)}
                role="img"
                aria-labelledby={titleId}
              >
                <title id={titleId}>
                  {row.label === "" ? row.title : `${row.title}, ${row.label}`}
                </title>
                {keyboard.focused === row.key && (
                  <rect
                    className="chart-focus"
                    x={1.5}
                    y={top + 1.5}
                    width={Math.max(0, total - 3)}
                    height={(stacked ? STACKED_ROW : SIZES.barRow) - 3}
                    rx={3}
                  />
                )}
                <text
                  x={stacked ? 4 : labelWidth - 8}
                  y={nameY}
                  dy="0.35em"
                  textAnchor={stacked ? "start" : "end"}
                  className="rc-name"
                  fill={COLORS.axisText}
                >
                  {truncate(row.name, maxChars)}
                </text>
                {xa !== null && xb !== null && (
                  <line
                    x1={xa}
                    x2={xb}
                    y1={mid}
                    y2={mid}
                    stroke={COLORS.sweden}
                    strokeWidth={2}
                  />
                )}
                {xb !== null && (
                  <circle cx={xb} cy={mid} r={R} fill={COLORS.bar} />
                )}
                {xa !== null && (
                  <circle
                    cx={xa}
                    cy={mid}
                    r={R}
                    fill="none"
                    stroke={COLORS.county}
                    strokeWidth={2}
                  />
                )}
                <text
                  x={end + R + 6}
                  y={mid}
                  dy="0.35em"
                  className="rc-value"
                  fill={COLORS.axisText}
                >
                  {row.label}
                </text>
              </g>
            );
          })}
        </svg>
        <ChartKeysHint keyboard={keyboard} moves={t("chartKeys.rows")} />
      </div>
    </div>
  );
}
