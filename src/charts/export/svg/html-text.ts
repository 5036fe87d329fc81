/**
 * The text of HTML parts of a chart as SVG <text>. Each character's place comes from a DOM Range;
 * characters are grouped into the lines the browser laid out (a soft hyphen where a line broke is
 * written as "-"). The baseline comes from the font's metrics (a canvas measures them), the anchor
 * from the text's alignment. Pieces of text side by side on one line (a legend's label and its
 * count) become one <text> with a <tspan> each, so a renderer whose font is a little wider or
 * narrower than the browser's still sets them as one line, without gaps or overlaps.
 */
import { stripBidi } from "@/domain/bidi";

import { element, escapeText, type Attributes } from "./svg-markup";
import { measureContext } from "./wrap";

/** One line of one text node, in page coordinates. */
export interface Fragment {
  readonly text: string;
  readonly left: number;
  readonly right: number;
  readonly baseline: number;
  readonly anchor: "start" | "middle" | "end";
  readonly size: number;
  readonly paint: Attributes;
}

interface Line {
  text: string;
  left: number;
  right: number;
  top: number;
  height: number;
}

const SOFT_HYPHEN = "\u00ad";

/** The lines of a text node as the browser laid them out. */
function textLines(node: Text): Line[] {
  const range = document.createRange();
  const lines: Line[] = [];
  let line: Line | null = null;
  for (let i = 0; i < node.data.length; i++) {
    const char = node.data.charAt(i);
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    // A character next to a line break may report the break's box first: its own is the last.
    const rects = range.getClientRects();
    const r = rects[rects.length - 1];
    if (!r || r.width === 0) {
      // Collapsed white space, or a soft hyphen where no line broke: one space at most.
      if (line && /\s/.test(char) && !line.text.endsWith(" ")) line.text += " ";
      continue;
    }
    const shown = char === SOFT_HYPHEN ? "-" : /\s/.test(char) ? " " : char;
    if (line && Math.abs(r.top - line.top) < r.height / 2) {
      line.text += shown;
      line.right = Math.max(line.right, r.right);
    } else {
      line = {
        text: shown,
        left: r.left,
        right: r.right,
        top: r.top,
        height: r.height,
      };
      lines.push(line);
    }
  }
  return lines;
}

/** Ascent and descent of a font (CSS shorthand), from the font's own metrics. */
function fontMetrics(
  font: string,
  size: number,
): { ascent: number; descent: number } {
  const context = measureContext();
  if (!context) return { ascent: 0.8 * size, descent: 0.2 * size };
  context.font = font;
  const m = context.measureText("Hg");
  return { ascent: m.fontBoundingBoxAscent, descent: m.fontBoundingBoxDescent };
}

function anchorOf(style: CSSStyleDeclaration): Fragment["anchor"] {
  const align = style.textAlign;
  if (align === "center") return "middle";
  const rtl = style.direction === "rtl";
  if (
    align === "right" ||
    (align === "end" && !rtl) ||
    (align === "start" && rtl)
  )
    return "end";
  return "start";
}

/** The lines of a text node as fragments, styled as its element `style`. */
export function textFragments(
  node: Text,
  style: CSSStyleDeclaration,
): Fragment[] {
  const size = Number.parseFloat(style.fontSize);
  const font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  const { ascent, descent } = fontMetrics(font, size);
  const paint: Attributes = {
    "font-size": size,
    "font-weight": style.fontWeight === "400" ? null : style.fontWeight,
    "font-style": style.fontStyle === "normal" ? null : style.fontStyle,
    fill: style.color,
  };
  return textLines(node)
    .map((l) => ({ ...l, text: stripBidi(l.text).replace(/\s+/g, " ") }))
    .filter((l) => l.text.trim() !== "")
    .map((l) => ({
      text: l.text,
      left: l.left,
      right: l.right,
      baseline: l.top + (l.height - ascent - descent) / 2 + ascent,
      anchor: anchorOf(style),
      size,
      paint,
    }));
}

/** A fragment continues `line` when it starts just after it on the same baseline. */
function continues(line: Fragment[], next: Fragment): boolean {
  const last = line[line.length - 1];
  if (!last || last.anchor !== "start" || next.anchor !== "start") return false;
  const gap = next.left - last.right;
  return (
    Math.abs(next.baseline - last.baseline) < 1 &&
    gap > -1 &&
    gap < 1.5 * last.size
  );
}

function sameValue(a: Attributes, b: Attributes, name: string): boolean {
  return a[name] === b[name];
}

function lineSvg(line: Fragment[], origin: { x: number; y: number }): string {
  const [first] = line;
  if (!first) return "";
  const x =
    first.anchor === "start"
      ? first.left
      : first.anchor === "end"
        ? first.right
        : (first.left + first.right) / 2;
  const pieces = line.map((f, i) => {
    const before = line[i - 1];
    // The browser's gap between two pieces becomes one space (pieces' own spaces are kept).
    const space =
      before &&
      f.left - before.right > 0.15 * f.size &&
      !before.text.endsWith(" ") &&
      !f.text.startsWith(" ")
        ? " "
        : "";
    const text = escapeText(i === 0 ? f.text.trimStart() : f.text);
    if (i === 0) return text;
    const own = Object.fromEntries(
      Object.keys(f.paint)
        .filter((name) => !sameValue(f.paint, first.paint, name))
        .map((name) => [
          name,
          f.paint[name] ?? (name === "font-weight" ? "400" : "normal"),
        ]),
    );
    return Object.keys(own).length === 0
      ? `${space}${text}`
      : `${space}${element("tspan", own, text)}`;
  });
  return element(
    "text",
    {
      x: x - origin.x,
      y: first.baseline - origin.y,
      "text-anchor": first.anchor === "start" ? null : first.anchor,
      ...first.paint,
    },
    pieces.join("").trimEnd(),
  );
}

/** The fragments as <text>, pieces on one line joined, relative to `origin` (page coordinates). */
export function fragmentsSvg(
  fragments: readonly Fragment[],
  origin: { x: number; y: number },
): string {
  const sorted = [...fragments].sort(
    (a, b) => a.baseline - b.baseline || a.left - b.left,
  );
  const lines: Fragment[][] = [];
  for (const f of sorted) {
    const line = lines.find((l) => continues(l, f));
    if (line) line.push(f);
    else lines.push([f]);
  }
  return lines.map((l) => lineSvg(l, origin)).join("");
}
