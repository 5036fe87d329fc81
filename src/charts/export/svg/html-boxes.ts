/**
 * The boxes of an HTML element as SVG shapes: its background colour (or a hatch for a striped
 * background), its border, its outline and inset box-shadow rings (the tile map's "selected"
 * ring), with rounded corners. Enough for the app's HTML chart parts (tiles, legend swatches,
 * notes); other decoration is left out.
 */
import { element } from "./svg-markup";

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const TRANSPARENT = /^(transparent|rgba\(0, 0, 0, 0\))$/;
const COLOR = /rgba?\([^)]*\)|#[0-9a-f]{3,8}\b/gi;

function visible(color: string): boolean {
  return color !== "" && !TRANSPARENT.test(color);
}

/**
 * A striped background (repeating-linear-gradient) as a diagonal hatch pattern in its two
 * colours; `id` names the pattern. Returns the pattern's definition, or null.
 */
export function hatchPattern(
  backgroundImage: string,
  id: string,
): string | null {
  if (!backgroundImage.startsWith("repeating-linear-gradient")) return null;
  const colors = backgroundImage.match(COLOR) ?? [];
  const [ground = "#ffffff", stripe = "#b0b0b0"] = [...new Set(colors)];
  return element(
    "pattern",
    {
      id,
      width: 7,
      height: 7,
      patternUnits: "userSpaceOnUse",
      patternTransform: "rotate(45)",
    },
    element("rect", { width: 7, height: 7, fill: ground }) +
      element("line", {
        x1: 0,
        y1: 0,
        x2: 0,
        y2: 7,
        stroke: stripe,
        "stroke-width": 2,
      }),
  );
}

function rect(
  box: Box,
  inset: number,
  radius: number,
  paint: Record<string, string | number>,
): string {
  return element("rect", {
    x: box.x + inset,
    y: box.y + inset,
    width: Math.max(0, box.width - 2 * inset),
    height: Math.max(0, box.height - 2 * inset),
    rx: radius > 0 ? Math.max(0, radius - inset) : null,
    ...paint,
  });
}

/** "rgb(179, 64, 0) 0px 0px 0px 5px inset, …" → the inset rings, outermost last. */
function insetRings(shadow: string): { color: string; spread: number }[] {
  if (shadow === "none") return [];
  return shadow
    .split(/,(?![^(]*\))/)
    .filter((s) => s.includes("inset"))
    .map((s) => {
      const color = s.match(COLOR)?.[0] ?? "#000000";
      const lengths = s.replace(COLOR, "").match(/-?[\d.]+px/g) ?? [];
      return { color, spread: Number.parseFloat(lengths[3] ?? "0") };
    })
    .filter((r) => r.spread > 0);
}

type Side = "Top" | "Right" | "Bottom" | "Left";
const SIDES: readonly Side[] = ["Top", "Right", "Bottom", "Left"];

function sideOf(style: CSSStyleDeclaration, side: Side) {
  const width =
    Number.parseFloat(
      style.getPropertyValue(`border-${side.toLowerCase()}-width`),
    ) || 0;
  const color = style.getPropertyValue(`border-${side.toLowerCase()}-color`);
  const line = style.getPropertyValue(`border-${side.toLowerCase()}-style`);
  return { width: line === "none" || !visible(color) ? 0 : width, color };
}

/** The border: one stroked outline when every side is alike, else a bar per side. */
function borders(box: Box, style: CSSStyleDeclaration, radius: number): string {
  const sides = SIDES.map((side) => sideOf(style, side));
  const [top] = sides;
  if (!top) return "";
  if (sides.every((s) => s.width === top.width && s.color === top.color))
    return top.width > 0
      ? rect(box, top.width / 2, radius, {
          fill: "none",
          stroke: top.color,
          "stroke-width": top.width,
        })
      : "";
  const [, right, bottom, left] = sides;
  const bars: [number, number, number, number, string][] = [];
  if (top.width) bars.push([box.x, box.y, box.width, top.width, top.color]);
  if (right?.width)
    bars.push([
      box.x + box.width - right.width,
      box.y,
      right.width,
      box.height,
      right.color,
    ]);
  if (bottom?.width)
    bars.push([
      box.x,
      box.y + box.height - bottom.width,
      box.width,
      bottom.width,
      bottom.color,
    ]);
  if (left?.width)
    bars.push([box.x, box.y, left.width, box.height, left.color]);
  return bars
    .map(([x, y, width, height, fill]) =>
      element("rect", { x, y, width, height, fill }),
    )
    .join("");
}

/** The element's box as shapes; `fill` overrides the background (a hatch pattern's url). */
export function boxShapes(
  box: Box,
  style: CSSStyleDeclaration,
  fill: string | null,
): string {
  const radius = Number.parseFloat(style.borderTopLeftRadius) || 0;
  let out = "";
  const background =
    fill ?? (visible(style.backgroundColor) ? style.backgroundColor : null);
  if (background) out += rect(box, 0, radius, { fill: background });
  // Rings drawn from the innermost up, so the first (outermost on screen) lies on top.
  for (const ring of insetRings(style.boxShadow).reverse())
    out += rect(box, ring.spread / 2, radius, {
      fill: "none",
      stroke: ring.color,
      "stroke-width": ring.spread,
    });
  out += borders(box, style, radius);
  const outline = Number.parseFloat(style.outlineWidth) || 0;
  if (
    outline > 0 &&
    style.outlineStyle !== "none" &&
    visible(style.outlineColor)
  ) {
    const offset = Number.parseFloat(style.outlineOffset) || 0;
    out += rect(box, -offset - outline / 2, radius, {
      fill: "none",
      stroke: style.outlineColor,
      "stroke-width": outline,
    });
  }
  return out;
}
