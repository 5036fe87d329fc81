/**
 * The geometry of the dumbbell chart: the name column sized to the longest name (or names on
 * their own line on a narrow screen), room for the row labels, the shared axis from zero, each
 * row's top and the truncation of long names. Pure, but for the root font size it reads.
 */
import { domainScale, niceDomainTicks, zeroBasedDomain } from "@/domain/scale";

import { SIZES } from "./theme";

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

export const TOP = 34;
export const BOTTOM = 12;
/** Average width of a label character at a 16 px root size, generous so names are never clipped. */
const CHAR_AT_16 = 7.8;
/** Below this width each row's name stands on its own line above the marks. */
const STACK_BELOW = 560;
export const STACKED_ROW = 46;

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

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1))}…`;
}

export interface DumbbellLayout {
  /** Names on their own line above the marks (a narrow screen). */
  readonly stacked: boolean;
  /** Right edge of the name column; the plot starts here. */
  readonly labelWidth: number;
  readonly ticks: readonly number[];
  readonly x: (value: number) => number;
  /** Each row's top, in order. */
  readonly tops: readonly number[];
  readonly height: number;
  /** The longest name that fits a data row, and a heading row, in characters. */
  readonly maxChars: number;
  readonly headingChars: number;
}

/**
 * `rowHeight` is the room of a row with its name beside the marks and of a heading: the screen's
 * bar row, or a slide's share of its height (slide-box.ts); the marks keep their screen size.
 */
export function dumbbellLayout(
  rows: readonly DumbbellRow[],
  total: number,
  rowHeight: number = SIZES.barRow,
): DumbbellLayout {
  const stacked = total < STACK_BELOW;
  const char = charWidth();
  const data = rows.filter((r) => !r.heading);
  const longest = Math.max(0, ...data.map((r) => r.name.length));
  const labelWidth = stacked
    ? 8
    : Math.min(Math.round(longest * char + 16), Math.round(total * 0.4));
  const valueRoom = stacked ? 150 : Math.min(150, Math.round(total * 0.26));
  const plot = Math.max(40, total - labelWidth - valueRoom - 12);
  // From zero (or below it, for negative values) to the largest value.
  const domain = zeroBasedDomain(
    rows.flatMap((r) => [r.a, r.b].filter((v): v is number => v !== null)),
  );
  const ticks = niceDomainTicks(domain, Math.max(2, Math.floor(plot / 90)));
  const x = domainScale([ticks[0] ?? 0, ticks[ticks.length - 1] ?? 1], plot);
  const tops: number[] = [];
  let y = TOP;
  for (const row of rows) {
    tops.push(y);
    y += stacked && !row.heading ? STACKED_ROW : rowHeight;
  }
  return {
    stacked,
    labelWidth,
    ticks,
    x,
    tops,
    height: y + BOTTOM,
    maxChars: stacked
      ? Math.floor((total - 8) / char)
      : Math.max(8, Math.floor((labelWidth - 12) / char)),
    headingChars: Math.floor(total / char),
  };
}
