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
import { useT } from "@/i18n/i18n";
import { useElementWidth } from "@/ui/use-element-width";

import { ChartKeysHint } from "./chart-keys-hint";
import { HatchPattern } from "./hatch-pattern";
import {
  BOTTOM,
  drawnRows,
  rankingLayout,
  TOP,
  type RankingLayout,
} from "./ranking-bar-layout";
import { RankingBarRow } from "./ranking-bar-row";
import { RankingReferences } from "./ranking-bar-references";
import type { RankingSeries } from "./series/ranking-series";
import { slideRowHeight, useSlideBox } from "./slide-box";
import { TopAxis } from "./top-axis";
import { COLORS, SIZES } from "./theme";
import { useChartKeyboard } from "./use-chart-keyboard";
import { rankingPointLabel, valueLabel } from "./value-label";

export interface RankingBarChartProps {
  readonly series: RankingSeries;
  /** Fixed width (tests); by default the chart fills its container. */
  readonly width?: number;
  /** Clicking a kommun's row (or Enter on it) opens it (the Kommunprofil). */
  readonly onOpen?: (code: AreaCode) => void;
}

const HATCH_ID = "ranking-hatch";

type DrawnRow = ReturnType<typeof drawnRows>[number];

/** The chart's width (measured unless fixed), its rows and their layout. */
function useRankingLayout(
  series: RankingSeries,
  allLabel: string,
  width: number | undefined,
) {
  const [ref, measured] = useElementWidth(width ?? 720);
  const total = width ?? measured;
  const rows = drawnRows(series, allLabel);
  // On a slide the rows share the slide's height (slide-box.ts).
  const rowHeight = slideRowHeight(
    useSlideBox(),
    rows.length,
    TOP + BOTTOM,
    SIZES.barRow,
  );
  const layout = rankingLayout(series, rows.length, total, rowHeight);
  return { ref, total, rows, rowHeight, layout };
}

/** The zero line, drawn when some value is negative (bars then grow from it both ways). */
function ZeroLine({ layout }: { layout: RankingLayout }) {
  const x0 = layout.plotLeft + layout.x(0);
  return (
    <line
      className="ranking-chart__zero"
      x1={x0}
      x2={x0}
      y1={TOP - 4}
      y2={layout.height - BOTTOM}
      stroke={COLORS.axisText}
      aria-hidden="true"
    />
  );
}

export default function RankingBarChart({
  series,
  width,
  onOpen,
}: RankingBarChartProps) {
  const { t, locale } = useT();
  const [hover, setHover] = useState<string | null>(null);
  const { ref, total, rows, rowHeight, layout } = useRankingLayout(
    series,
    t("chart.allKommuner", { count: series.rows.length }),
    width,
  );
  const { plotLeft, x, height } = layout;
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
  const label = (row: DrawnRow): string =>
    valueLabel(row, series.format, t, locale);
  // The row's accessible name: all kommuner share one range, or kommun, value, status and rank.
  const name = (row: DrawnRow): string =>
    series.uniformRange
      ? `${row.name}: ${label(row)}, ${t("status.range-only")}`
      : rankingPointLabel(row, series, t, locale);

  return (
    <div ref={ref} className="ranking-chart">
      <div {...keyboard.groupProps} className="ranking-chart__group">
        <svg
          width={total}
          height={height}
          viewBox={`0 0 ${total} ${height}`}
          className="ranking-chart__svg"
        >
          <HatchPattern id={HATCH_ID} />
          <TopAxis
            ticks={layout.ticks}
            x={x}
            left={plotLeft}
            top={TOP - 10}
            bottom={height - BOTTOM}
          />
          {layout.negative && <ZeroLine layout={layout} />}
          {rows.map((row, i) => (
            <RankingBarRow
              key={row.code}
              row={row}
              y={TOP + i * rowHeight}
              rowHeight={rowHeight}
              labelWidth={layout.labelWidth}
              plotLeft={plotLeft}
              x={x}
              width={total}
              titleId={`${idPrefix}${row.code}`}
              hatchId={HATCH_ID}
              label={label(row)}
              name={name(row)}
              hovered={hover === row.code}
              focused={keyboard.focused === row.code}
              point={keyboard.pointProps(row.code)}
              onHover={setHover}
              onOpen={open}
            />
          ))}
          <RankingReferences series={series} layout={layout} />
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
