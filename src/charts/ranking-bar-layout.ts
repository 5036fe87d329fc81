/**
 * The geometry of the ranked bars (ranking-bar-chart): which rows are drawn, the name column, the
 * room kept for value labels on both sides of the zero line, the ticks and the scale. Pure.
 */
import { domainScale, niceDomainTicks, zeroBasedDomain } from "@/domain/scale";

import type { RankingRow, RankingSeries } from "./series/ranking-series";
import { SIZES } from "./theme";

export const TOP = 34;
export const BOTTOM = 40;
export const BAR = 18;

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

/** 26 identical range-only rows say nothing: one row for all kommuner (named `allName`) instead. */
export function drawnRows(
  series: RankingSeries,
  allName: string,
): readonly RankingRow[] {
  const [firstRow] = series.rows;
  return series.uniformRange && firstRow
    ? [{ ...firstRow, name: allName, highlighted: false }]
    : series.rows;
}

export interface RankingLayout {
  /** Right edge of the name column. */
  readonly labelWidth: number;
  /** Left edge of the plot: `x` positions are measured from here. */
  readonly plotLeft: number;
  readonly ticks: readonly number[];
  readonly x: (value: number) => number;
  readonly height: number;
  /** The data reach below zero: the zero line is drawn. */
  readonly negative: boolean;
}

export function rankingLayout(
  series: RankingSeries,
  rowCount: number,
  total: number,
  /** A row's height: the screen's bar row, or a slide's share of its height (slide-box.ts). */
  rowHeight: number = SIZES.barRow,
): RankingLayout {
  const labelWidth = Math.min(
    SIZES.categoryAxisWidth + 12,
    Math.round(total * 0.34),
  );
  const [low, high] = zeroBasedDomain(drawnValues(series));
  // Negative bars grow left from the zero line with their value beyond their end: keep room for
  // those labels between the names and the plot too. Two value columns share what one had on a
  // phone, so the plot keeps a usable width.
  const valueRoom = Math.min(112, Math.round(total * (low < 0 ? 0.2 : 0.28)));
  const plotLeft = labelWidth + (low < 0 ? valueRoom : 0);
  const plot = Math.max(40, total - plotLeft - valueRoom);
  // About one tick per 90 px, so labels never collide on a phone.
  const ticks = niceDomainTicks(
    [low, high],
    Math.max(2, Math.floor(plot / 90)),
  );
  const x = domainScale([ticks[0] ?? 0, ticks[ticks.length - 1] ?? 1], plot);
  const height = TOP + rowCount * rowHeight + BOTTOM;
  return { labelWidth, plotLeft, ticks, x, height, negative: low < 0 };
}
