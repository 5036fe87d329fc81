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
  ["?view=map&kommuner=0127", ".tile-map"],
  ["?view=trends&kommuner=0127", ".trend-chart svg"],
  ["?view=sources", "section.dataset"],
  ["?view=import", "h1"],
  ["?view=accessibility", ".statement"],
];

/** Elements wider than the page that are not inside a scrolling region of their own. */
async function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    if (document.documentElement.scrollWidth > width + 1)
      found.push(`page ${String(document.documentElement.scrollWidth)}px`);
    for (const el of document.querySelectorAll("body *")) {
      if (el.getBoundingClientRect().right <= width + 1) continue;
      let parent = el.parentElement;
      let contained = false;
      while (parent) {
        const x = getComputedStyle(parent).overflowX;
        if (x === "auto" || x === "scroll" || x === "hidden") {
          contained = true;
          break;
        }
        parent = parent.parentElement;
      }
      if (!contained) found.push(`${el.tagName.toLowerCase()}.${el.className}`);
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
