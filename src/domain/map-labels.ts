/**
 * Labels on the county map that do not overlap: each label's box estimated from its text (a
 * name over a value), then placed in order of priority, a label that would cover one already
 * placed left out. A left-out kommun keeps its colour, its accessible name and its table row.
 * Map units. Pure.
 */

export interface Rect {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** Average advance of a character as a share of the font size (bold, system sans-serif). */
const CHAR_WIDTH = 0.7;
/** Two lines, the name's baseline 0.15 em above the label point and the value's 1.05 em below. */
const ABOVE = 1.0;
const BELOW = 1.3;

/** The box a label of these lines takes, anchored at (x, y), in the units of `fontSize`. */
export function labelRect(
  x: number,
  y: number,
  anchor: "start" | "middle" | "end",
  lines: readonly string[],
  fontSize: number,
): Rect {
  const width =
    Math.max(0, ...lines.map((line) => line.length)) * CHAR_WIDTH * fontSize;
  const x0 =
    anchor === "start" ? x : anchor === "end" ? x - width : x - width / 2;
  const height = lines.length > 1 ? BELOW : BELOW - 1.05;
  return {
    x0,
    y0: y - ABOVE * fontSize,
    x1: x0 + width,
    y1: y + height * fontSize,
  };
}

/** How far to move a rectangle sideways and up or down so that it lies inside the box. */
export function shiftInto(
  rect: Rect,
  box: readonly [number, number, number, number],
): readonly [number, number] {
  const [x, y, w, h] = box;
  const shift = (lo: number, hi: number, min: number, max: number): number =>
    lo < min ? min - lo : hi > max ? Math.max(min - lo, max - hi) : 0;
  return [shift(rect.x0, rect.x1, x, x + w), shift(rect.y0, rect.y1, y, y + h)];
}

const overlaps = (a: Rect, b: Rect): boolean =>
  a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** The point of the rectangle nearest to p (where a leader line meets its label). */
export function nearestOnRect(
  rect: Rect,
  p: readonly [number, number],
): readonly [number, number] {
  return [
    Math.min(rect.x1, Math.max(rect.x0, p[0])),
    Math.min(rect.y1, Math.max(rect.y0, p[1])),
  ];
}

/**
 * The keys of the labels that are drawn: in order of `priority` (highest first), each label that
 * does not overlap one already placed. Ties keep the input order.
 */
export function placeLabels(
  items: readonly {
    readonly key: string;
    readonly rect: Rect;
    readonly priority: number;
  }[],
): Set<string> {
  const order = items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => b.item.priority - a.item.priority || a.i - b.i);
  const placed: Rect[] = [];
  const keys = new Set<string>();
  for (const { item } of order) {
    if (placed.some((r) => overlaps(r, item.rect))) continue;
    placed.push(item.rect);
    keys.add(item.key);
  }
  return keys;
}
