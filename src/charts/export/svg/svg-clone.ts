/**
 * An SVG drawn on the page as standalone SVG text: every element with its geometry and, as
 * presentation attributes, the paint and font its stylesheet classes gave it (a file has no
 * stylesheet, and <style> blocks are not read by every program). What the reader does not see
 * is left out: hidden elements, keyboard focus marks, tooltips' <title>, classes, ARIA, events.
 */
import { stripBidi } from "@/domain/bidi";

import { element, escapeText, num } from "./svg-markup";

/** Properties written as attributes, and whether an element inherits them from its parent. */
const PROPERTIES: readonly (readonly [string, boolean])[] = [
  ["fill", true],
  ["fill-opacity", true],
  ["fill-rule", true],
  ["stroke", true],
  ["stroke-width", true],
  ["stroke-dasharray", true],
  ["stroke-dashoffset", true],
  ["stroke-opacity", true],
  ["stroke-linecap", true],
  ["stroke-linejoin", true],
  ["font-size", true],
  ["font-weight", true],
  ["font-style", true],
  ["text-anchor", true],
  ["letter-spacing", true],
  ["dominant-baseline", false],
  ["opacity", false],
  ["clip-path", false],
  ["marker-start", true],
  ["marker-mid", true],
  ["marker-end", true],
];

/** Initial values: a property with this value needs no attribute on an element without parent. */
const INITIAL: Readonly<Record<string, string>> = {
  "fill-opacity": "1",
  "fill-rule": "nonzero",
  stroke: "none",
  "stroke-width": "1px",
  "stroke-dasharray": "none",
  "stroke-dashoffset": "0px",
  "stroke-opacity": "1",
  "stroke-linecap": "butt",
  "stroke-linejoin": "miter",
  "font-style": "normal",
  "text-anchor": "start",
  "letter-spacing": "normal",
  "dominant-baseline": "auto",
  opacity: "1",
  "clip-path": "none",
  "marker-start": "none",
  "marker-mid": "none",
  "marker-end": "none",
};

/** Attributes that are about the page, not the picture. */
const DROPPED_ATTRIBUTE =
  /^(class|style|role|tabindex|focusable|aria-.*|data-.*|on.*)$/i;
/** Elements that define paint (patterns, clip paths): copied even though they are not drawn. */
const RESOURCES =
  "defs, pattern, clipPath, mask, marker, linearGradient, radialGradient, symbol";

/** `url("#id")` → `url(#id)`; px lengths as plain numbers. */
function attributeValue(value: string): string {
  return value
    .replace(/url\("([^"]*)"\)/g, "url($1)")
    .replace(/^(-?[\d.]+)px$/, (_, n: string) => num(Number(n)));
}

function paint(
  style: CSSStyleDeclaration,
  parent: CSSStyleDeclaration | null,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, inherited] of PROPERTIES) {
    const value = style.getPropertyValue(name);
    if (value === "") continue;
    const same =
      inherited && parent !== null
        ? parent.getPropertyValue(name) === value
        : INITIAL[name] === value;
    if (!same) out[name] = attributeValue(value);
  }
  return out;
}

function isHidden(el: Element, style: CSSStyleDeclaration): boolean {
  if (el.closest(RESOURCES)) return false;
  return (
    style.display === "none" ||
    style.visibility === "hidden" ||
    el.classList.contains("chart-focus")
  );
}

function ownAttributes(el: Element): Record<string, string> {
  const out: Record<string, string> = {};
  for (const attr of el.attributes) {
    if (!DROPPED_ATTRIBUTE.test(attr.name)) out[attr.name] = attr.value;
  }
  return out;
}

/** The element and what it contains, as SVG text (`parent`: the computed style it inherits). */
export function cloneSvg(
  el: Element,
  parent: CSSStyleDeclaration | null,
): string {
  const name = el.tagName;
  if (name === "title" || name === "desc" || name === "foreignObject")
    return "";
  const style = getComputedStyle(el);
  if (isHidden(el, style)) return "";
  let children = "";
  for (const node of el.childNodes) {
    if (node instanceof Element) children += cloneSvg(node, style);
    else if (node instanceof Text) children += escapeText(stripBidi(node.data));
  }
  return element(
    name,
    { ...ownAttributes(el), ...paint(style, parent) },
    children,
  );
}

/**
 * An <svg> of the page as a group in the exported picture: moved to `at` (its place relative to
 * the picture) and scaled from its viewBox to the size it is drawn at, with its paint and font
 * on the group so its elements inherit them as on the page.
 */
export function cloneSvgRoot(
  svg: SVGSVGElement,
  at: { readonly x: number; readonly y: number },
  size: { readonly width: number; readonly height: number },
): string {
  const style = getComputedStyle(svg);
  if (isHidden(svg, style)) return "";
  const box = svg.viewBox.baseVal;
  const hasBox = box.width > 0 && box.height > 0;
  const sx = hasBox ? size.width / box.width : 1;
  const sy = hasBox ? size.height / box.height : 1;
  const origin = hasBox ? ` translate(${num(-box.x)},${num(-box.y)})` : "";
  let children = "";
  for (const node of svg.children) children += cloneSvg(node, style);
  return element(
    "g",
    {
      transform: `translate(${num(at.x)},${num(at.y)}) scale(${num(sx)},${num(sy)})${origin}`,
      ...paint(style, null),
    },
    children,
  );
}
