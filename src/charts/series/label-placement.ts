/**
 * Direct labels next to dots without overlaps, by a fixed rule: labels are placed one by one in
 * the order given (the most important first); each tries eight spots around its dot in a fixed
 * order (right, left, above, below, then the four diagonals) and takes the first that stays inside
 * the plot and overlaps no label placed before it and no fixed text (obstacles). A first pass also
 * keeps clear of the other dots; only when no spot does, a second pass lets the label cover a dot.
 * A label with no free spot is dropped (the table still holds every value), except a forced one
 * (a selected kommun, the dot the user points at), which may then cover fixed text, and as a last
 * resort anything inside the plot. Text width is
 * estimated from the number of characters, so the result is the same in every browser and in
 * tests. Pure.
 */

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export interface LabelRequest {
  readonly key: string;
  readonly text: string;
  /** The dot's centre and radius, in pixels. */
  readonly x: number;
  readonly y: number;
  readonly r: number;
  /**
   * A label that must be shown (a selected kommun, the dot under the pointer or focus): with no
   * free spot it may cover fixed text, then anything but other labels, then anything inside the
   * plot, instead of being dropped.
   */
  readonly force?: boolean;
}

export type Anchor = "start" | "middle" | "end";

export interface PlacedLabel {
  readonly key: string;
  readonly text: string;
  /** Where to draw the text: x at its anchor, y at its baseline. */
  readonly x: number;
  readonly y: number;
  readonly anchor: Anchor;
  readonly box: Box;
  /** True when it covers fixed text or another label (draw it on a background). */
  readonly covers: boolean;
}

export interface PlacementArea {
  readonly bounds: Box;
  /** Text already there (reference-line labels, quadrant words). */
  readonly obstacles: readonly Box[];
  /** Every dot on the chart. */
  readonly dots: readonly {
    readonly x: number;
    readonly y: number;
    readonly r: number;
  }[];
}

/** Average glyph width of the system sans-serif as a share of the font size (bold, generous). */
const GLYPH = 0.62;
const GAP = 3;

/** The estimated box of a text of `fontSize` px. */
export function textSize(
  text: string,
  fontSize: number,
): { w: number; h: number } {
  return { w: text.length * fontSize * GLYPH, h: fontSize * 1.2 };
}

const overlaps = (a: Box, b: Box): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

const inside = (a: Box, b: Box): boolean =>
  a.left >= b.left &&
  a.right <= b.right &&
  a.top >= b.top &&
  a.bottom <= b.bottom;

/** The eight spots around a dot, in the order they are tried. */
function spots(
  req: LabelRequest,
  w: number,
  h: number,
): { box: Box; anchor: Anchor }[] {
  const d = req.r + GAP;
  const { x, y } = req;
  const rows = {
    mid: { top: y - h / 2, bottom: y + h / 2 },
    above: { top: y - d - h, bottom: y - d },
    below: { top: y + d, bottom: y + d + h },
    high: { top: y - d * 0.7 - h, bottom: y - d * 0.7 },
    low: { top: y + d * 0.7, bottom: y + d * 0.7 + h },
  };
  const right = { left: x + d, right: x + d + w };
  const left = { left: x - d - w, right: x - d };
  const centre = { left: x - w / 2, right: x + w / 2 };
  const diagonalRight = { left: x + d * 0.7, right: x + d * 0.7 + w };
  const diagonalLeft = { left: x - d * 0.7 - w, right: x - d * 0.7 };
  return [
    { box: { ...right, ...rows.mid }, anchor: "start" },
    { box: { ...left, ...rows.mid }, anchor: "end" },
    { box: { ...centre, ...rows.above }, anchor: "middle" },
    { box: { ...centre, ...rows.below }, anchor: "middle" },
    { box: { ...diagonalRight, ...rows.high }, anchor: "start" },
    { box: { ...diagonalLeft, ...rows.high }, anchor: "end" },
    { box: { ...diagonalRight, ...rows.low }, anchor: "start" },
    { box: { ...diagonalLeft, ...rows.low }, anchor: "end" },
  ];
}

function anchorX(box: Box, anchor: Anchor): number {
  if (anchor === "start") return box.left;
  if (anchor === "end") return box.right;
  return (box.left + box.right) / 2;
}

/** Places the labels in order; returns those placed (in the same order) and the keys dropped. */
export function placeLabels(
  requests: readonly LabelRequest[],
  area: PlacementArea,
  fontSize: number,
): { placed: PlacedLabel[]; dropped: string[] } {
  const placed: PlacedLabel[] = [];
  const dropped: string[] = [];
  for (const req of requests) {
    const { w, h } = textSize(req.text, fontSize);
    const others = area.dots
      .filter((d) => d.x !== req.x || d.y !== req.y)
      .map((d) => ({
        left: d.x - d.r,
        top: d.y - d.r,
        right: d.x + d.r,
        bottom: d.y + d.r,
      }));
    const clear = (box: Box, avoid: "all" | "text" | "labels"): boolean =>
      inside(box, area.bounds) &&
      !placed.some((p) => overlaps(p.box, box)) &&
      (avoid === "labels" || !area.obstacles.some((o) => overlaps(o, box))) &&
      (avoid !== "all" || !others.some((o) => overlaps(o, box)));
    const candidates = spots(req, w, h);
    const spot =
      candidates.find((c) => clear(c.box, "all")) ??
      candidates.find((c) => clear(c.box, "text")) ??
      (req.force
        ? (candidates.find((c) => clear(c.box, "labels")) ??
          candidates.find((c) => inside(c.box, area.bounds)))
        : undefined);
    if (!spot) {
      dropped.push(req.key);
      continue;
    }
    placed.push({
      key: req.key,
      text: req.text,
      x: anchorX(spot.box, spot.anchor),
      y: spot.box.bottom - h * 0.25,
      anchor: spot.anchor,
      box: spot.box,
      covers:
        area.obstacles.some((o) => overlaps(o, spot.box)) ||
        placed.some((p) => overlaps(p.box, spot.box)),
    });
  }
  return { placed, dropped };
}
