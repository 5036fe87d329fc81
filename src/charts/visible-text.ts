/**
 * The text a reader sees inside an element: SVG <text>/<tspan> and HTML elements with text of
 * their own, skipping what is not drawn (display none, visibility hidden, transparent, clipped to
 * a pixel like .visually-hidden). SlideFit sizes a slide's chart by the smallest of them.
 */

function hasOwnText(el: Element): boolean {
  for (const node of el.childNodes)
    if (node.nodeType === Node.TEXT_NODE && (node.textContent ?? "").trim())
      return true;
  return false;
}

/** Clipped away, like .visually-hidden (the element or one of its ancestors up to root). */
function isClipped(el: Element, root: Element): boolean {
  for (let e: Element | null = el; e && e !== root; e = e.parentElement) {
    const style = getComputedStyle(e);
    const clip = style.getPropertyValue("clip");
    if (clip !== "auto" && clip !== "") return true;
    if (style.getPropertyValue("clip-path").startsWith("inset(50%"))
      return true;
  }
  return false;
}

function isDrawn(el: Element, root: Element): boolean {
  const rect = el.getBoundingClientRect();
  if (rect.width <= 1 || rect.height <= 1) return false;
  const style = getComputedStyle(el);
  if (style.visibility !== "visible" || Number(style.opacity) === 0)
    return false;
  return !isClipped(el, root);
}

/** Every element in `root` (itself included) that draws text of its own. */
export function visibleTextElements(root: Element): Element[] {
  return [root, ...root.querySelectorAll("*")].filter(
    (el) => hasOwnText(el) && isDrawn(el, root),
  );
}

/**
 * CSS px per user unit of the SVG that draws `el` (1 outside SVG): a map drawn in a viewBox
 * of its own scales its text with it (preserveAspectRatio "meet": the smaller of the two ratios).
 * The SVG's box is measured on screen (zoomed); dividing by its zoom gives CSS px before zoom,
 * like the font sizes of HTML text.
 */
function svgScale(el: Element): number {
  if (!(el instanceof SVGElement)) return 1;
  const svg = el.ownerSVGElement;
  const view = svg?.viewBox.baseVal;
  if (!svg || !view || view.width === 0 || view.height === 0) return 1;
  const box = svg.getBoundingClientRect();
  // (jsdom has no currentCSSZoom)
  const zoom = (svg.currentCSSZoom as number | undefined) ?? 1;
  return Math.min(box.width / view.width, box.height / view.height) / zoom;
}

/** The smallest font size (CSS px, before any zoom) of the text drawn inside `root`, or null. */
export function smallestTextSize(root: Element): number | null {
  let smallest: number | null = null;
  for (const el of visibleTextElements(root)) {
    const size =
      Number.parseFloat(getComputedStyle(el).fontSize) * svgScale(el);
    if (
      Number.isFinite(size) &&
      size > 0 &&
      (smallest === null || size < smallest)
    )
      smallest = size;
  }
  return smallest;
}
