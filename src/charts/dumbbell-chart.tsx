/**
 * A dumbbell chart drawn as plain SVG: one row per item, two values on a shared axis that holds
 * zero (and reaches below it for negative values) — `a` as a hollow ring (expected, planned) and
 * `b` as a filled dot (actual, reported) — joined by a line. The row's label stands right of its
 * rightmost mark, so it never meets the name. Shape tells them apart, not colour alone. A row
 * with only one of the two shows only that mark and says so in its label. Heading rows (target groups) carry no marks.
 *
 * Keyboard: one tab stop; the arrow keys move between the rows with marks, each announced with
 * its full text (use-chart-keyboard); T shows the table. Name and description come from the
 * frame's title and summary.
 */
import "@/i18n/views/chart-keys";
import { useId } from "react";

import { useT } from "@/i18n/i18n";
import { useElementWidth } from "@/ui/use-element-width";

import { ChartKeysHint } from "./chart-keys-hint";
import {
  BOTTOM,
  dumbbellLayout,
  TOP,
  type DumbbellRow,
} from "./dumbbell-layout";
import { DumbbellHeading, DumbbellItem, R } from "./dumbbell-row";
import { slideRowHeight, useSlideBox } from "./slide-box";
import { TopAxis } from "./top-axis";
import { COLORS, SIZES } from "./theme";
import { useChartKeyboard } from "./use-chart-keyboard";

export type { DumbbellRow } from "./dumbbell-layout";

export interface DumbbellChartProps {
  readonly rows: readonly DumbbellRow[];
  readonly aLabel: string;
  readonly bLabel: string;
  /** Fixed width (tests); by default the chart fills its container. */
  readonly width?: number;
}

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
  // On a slide the rows share the slide's height (slide-box.ts).
  const slideRow = slideRowHeight(
    useSlideBox(),
    rows.length,
    TOP + BOTTOM,
    SIZES.barRow,
  );
  const layout = dumbbellLayout(rows, total, slideRow);
  const { height } = layout;
  return (
    <div ref={ref} className="dumbbell-chart">
      <Legend aLabel={aLabel} bLabel={bLabel} />
      <div {...keyboard.groupProps}>
        <svg width={total} height={height} viewBox={`0 0 ${total} ${height}`}>
          <TopAxis
            ticks={layout.ticks}
            x={layout.x}
            left={layout.labelWidth}
            top={TOP - 10}
            bottom={height - BOTTOM}
          />
          {rows.map((row, i) => {
            const top = layout.tops[i] ?? TOP;
            return row.heading ? (
              <DumbbellHeading
                key={row.key}
                row={row}
                top={top}
                layout={layout}
              />
            ) : (
              <DumbbellItem
                key={row.key}
                row={row}
                top={top}
                layout={layout}
                width={total}
                titleId={`${idPrefix}${row.key}`}
                keyboard={keyboard}
              />
            );
          })}
        </svg>
        <ChartKeysHint keyboard={keyboard} moves={t("chartKeys.rows")} />
      </div>
    </div>
  );
}

/** What the ring and the dot stand for (the rows' titles say it in words too). */
function Legend({ aLabel, bLabel }: { aLabel: string; bLabel: string }) {
  return (
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
  );
}
