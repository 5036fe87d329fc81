/**
 * Reflow (WCAG 1.4.10) and resize (1.4.4): every view at 320 CSS px wide, and at 200 % zoom of a
 * 1280 px screen (640 CSS px at device scale 2), scrolls only vertically — wide tables scroll
 * inside their own region, nothing else sticks out.
 */
import { expect, test, type Page } from "@playwright/test";

const VIEWS: readonly (readonly [string, string])[] = [
  ["?view=overview", ".figure-card"],
  ["?view=compare&kommuner=0127", ".ranking-chart svg"],
  ["?view=compare&kommuner=0127&table=1", "table.data-table"],
  ["?view=profile&kommuner=0127", ".spine-row"],
  ["?view=funding", ".stacked-chart svg"],
  ["?view=needs&kommuner=0127", ".scatter-chart svg"],
  ["?view=map&kommuner=0127", ".county-map svg"],
  ["?view=map&layout=tiles&kommuner=0127", ".tile-map"],
  ["?view=trends&kommuner=0127", ".trend-chart svg"],
  ["?view=sources", "section.dataset"],
  ["?view=import", "h1"],
  ["?view=accessibility", ".statement"],
];

/**
 * Elements that stick out of the page, or out of an ancestor that cuts them off, and are not
 * inside a region the user can scroll. `overflow: auto/scroll` (a wide table's region) is fine;
 * `overflow: hidden` or `clip` that hides real content is not: the content is lost, not reflowed.
 * Visually hidden text (the 1 px `.visually-hidden` pattern) is meant to be clipped.
 */
async function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    if (document.documentElement.scrollWidth > width + 1)
      found.push(`page ${String(document.documentElement.scrollWidth)}px`);
    const name = (el: Element): string =>
      `${el.tagName.toLowerCase()}.${String(el.getAttribute("class"))}`;
    const said = (el: Element): string =>
      el.children.length === 0 && el.textContent
        ? ` "${el.textContent.slice(0, 40)}"`
        : "";
    for (const el of document.querySelectorAll("body *")) {
      const box = el.getBoundingClientRect();
      // Not shown (a closed menu's items, visibility: hidden): nothing to reach.
      if (box.width === 0 || box.height === 0) continue;
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      let right = width;
      let left = 0;
      let clipper: Element | null = null;
      for (let p = el.parentElement; p; p = p.parentElement) {
        const x = getComputedStyle(p).overflowX;
        // Inside a region the user can scroll: whatever is wider is reachable.
        if (x === "auto" || x === "scroll") {
          clipper = null;
          right = Infinity;
          left = -Infinity;
          break;
        }
        if (x === "hidden" || x === "clip") {
          const r = p.getBoundingClientRect();
          // A 1 px clip box is the visually-hidden pattern: text for screen readers only.
          if (r.width <= 1 || r.height <= 1) {
            right = Infinity;
            left = -Infinity;
            break;
          }
          if (r.right < right || r.left > left) {
            clipper = p;
            right = Math.min(right, r.right);
            left = Math.max(left, r.left);
          }
        }
      }
      // A map window (the inset) crops the kommuner around it on purpose: their shapes (and the
      // groups holding them) may run past its edge; their names (text, checked one by one) may not.
      if (clipper?.matches(".county-map__svg") && !el.matches("text, tspan"))
        continue;
      if (box.right > right + 1 || box.left < left - 1)
        found.push(
          clipper
            ? `${name(el)}${said(el)} cut off by ${name(clipper)}`
            : `${name(el)}${said(el)} past the page`,
        );
    }
    return found.slice(0, 5);
  });
}

for (const [name, size] of [
  ["320 px", { viewport: { width: 320, height: 720 }, deviceScaleFactor: 1 }],
  [
    "200 % zoom",
    { viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 },
  ],
] as const) {
  test.describe(name, () => {
    test.use(size);
    test("no view needs horizontal scrolling", async ({ page }) => {
      test.setTimeout(60_000);
      for (const [query, ready] of VIEWS) {
        await page.goto(`./${query}`);
        await expect(page.locator(ready).first()).toBeVisible({
          timeout: 10_000,
        });
        expect(await overflow(page), query).toEqual([]);
      }
    });
  });
}
