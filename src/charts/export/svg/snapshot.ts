/**
 * A chart as it stands on the page, drawn again as SVG shapes and text (no foreignObject): every
 * <svg> of the chart with its styles written out (svg-clone.ts), every HTML part as boxes
 * (html-boxes.ts) and lines of text (html-text.ts), in the order the page paints them, placed
 * relative to the chart's box. What the reader does not see is left out: hidden parts, text
 * clipped away for screen readers (.visually-hidden), keyboard help.
 */
import { boxShapes, hatchPattern, type Box } from "./html-boxes";
import { fragmentsSvg, textFragments, type Fragment } from "./html-text";
import { visibleTextElements } from "../../visible-text";

import { cloneSvgRoot } from "./svg-clone";

export interface Snapshot {
  /** The shapes, in the chart's coordinates (0,0 = its top left corner). */
  readonly body: string;
  /** Patterns the shapes refer to. */
  readonly defs: string;
  readonly width: number;
  readonly height: number;
}

interface Walk {
  readonly origin: DOMRect;
  defs: string;
  patterns: number;
  /** HTML text, set last (on top) with pieces on one line joined (html-text.ts). */
  readonly text: Fragment[];
}

function hidden(style: CSSStyleDeclaration): boolean {
  if (style.display === "none") return true;
  // Clipped to nothing (.visually-hidden): a screen reader's text, not the picture's.
  const clip = style.getPropertyValue("clip");
  return (
    (clip !== "" && clip !== "auto") ||
    style.getPropertyValue("clip-path").startsWith("inset(50%")
  );
}

function relative(r: DOMRect, origin: DOMRect): Box {
  return {
    x: r.left - origin.left,
    y: r.top - origin.top,
    width: r.width,
    height: r.height,
  };
}

function htmlShapes(
  el: HTMLElement,
  style: CSSStyleDeclaration,
  walk: Walk,
): string {
  if (style.visibility !== "visible") return "";
  const rect = el.getBoundingClientRect();
  if (rect.width < 1 || rect.height < 1) return "";
  const id = `export-hatch-${String(walk.patterns + 1)}`;
  const hatch = hatchPattern(style.backgroundImage, id);
  if (hatch) {
    walk.patterns += 1;
    walk.defs += hatch;
  }
  return boxShapes(
    relative(rect, walk.origin),
    style,
    hatch ? `url(#${id})` : null,
  );
}

function visit(
  node: Node,
  walk: Walk,
  parentStyle: CSSStyleDeclaration,
): string {
  if (node instanceof Text) {
    if (parentStyle.visibility === "visible")
      walk.text.push(...textFragments(node, parentStyle));
    return "";
  }
  if (!(node instanceof Element)) return "";
  // The keyboard help shows only while the chart has focus: not part of the picture.
  if (node.classList.contains("chart-keys")) return "";
  const style = getComputedStyle(node);
  if (hidden(style)) return "";
  if (node instanceof SVGSVGElement) {
    const r = node.getBoundingClientRect();
    const at = relative(r, walk.origin);
    return cloneSvgRoot(node, at, { width: r.width, height: r.height });
  }
  if (!(node instanceof HTMLElement)) return "";
  let out = htmlShapes(node, style, walk);
  for (const child of node.childNodes) out += visit(child, walk, style);
  return out;
}

/**
 * The box around what the parts draw (their pictures and text), or null when they draw nothing:
 * a chart narrower than its box is not set in empty space.
 */
function bounds(parts: readonly Node[]): DOMRect | null {
  const drawn = parts
    .filter((n): n is Element => n instanceof Element)
    .flatMap((el) => [
      ...(el instanceof SVGSVGElement ? [el] : el.querySelectorAll("svg")),
      ...visibleTextElements(el),
    ]);
  const rects = drawn
    .map((el) => el.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0);
  if (rects.length === 0) return null;
  const left = Math.min(...rects.map((r) => r.left));
  const top = Math.min(...rects.map((r) => r.top));
  const right = Math.max(...rects.map((r) => r.right));
  const bottom = Math.max(...rects.map((r) => r.bottom));
  return new DOMRect(left, top, right - left, bottom - top);
}

/**
 * Notes beside the chart in its body (caveats, totals stated in the source): the same parts the
 * slide show leaves off a slide (views/presentation/slide-show.css).
 */
const NOTES = ":scope > :is(p, section, aside), .needs-notes";

/**
 * The chart's body (the element the chart frame draws it in) as SVG; `notes: false` leaves the
 * notes beside the chart out (a 16:9 picture for a slide).
 */
export function snapshot(
  chart: HTMLElement,
  options: { readonly notes: boolean },
): Snapshot {
  const notes = new Set(options.notes ? [] : chart.querySelectorAll(NOTES));
  const parts = [...chart.childNodes].filter((n) => !notes.has(n as Element));
  const origin = bounds(parts) ?? chart.getBoundingClientRect();
  const walk: Walk = { origin, defs: "", patterns: 0, text: [] };
  const style = getComputedStyle(chart);
  let body = "";
  for (const child of parts) body += visit(child, walk, style);
  body += fragmentsSvg(walk.text, { x: origin.left, y: origin.top });
  return { body, defs: walk.defs, width: origin.width, height: origin.height };
}
