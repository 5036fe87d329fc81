/**
 * No motion that delays reading (WCAG 2.3.3): the charts draw at once, with no CSS animation or
 * transition on them or their tooltips, and under prefers-reduced-motion nothing on the page moves
 * at all. recharts' own JavaScript animations are kept off by a lint rule (eslint.config.js,
 * isAnimationActive={false}); this checks what the browser actually computes.
 */
import { expect, test, type Page } from "@playwright/test";

/** Each chart view, the chart to wait for, and a point to hover so a tooltip shows. */
const CHARTS: readonly (readonly [string, string, string])[] = [
  ["?view=compare&kommuner=0127", ".ranking-chart svg", ".ranking-chart__row"],
  ["?view=funding", ".stacked-chart svg", ".stacked-chart [data-chart-point]"],
  [
    "?view=needs&kommuner=0127",
    ".scatter-chart svg",
    ".scatter-chart [data-chart-point]",
  ],
  [
    "?view=trends&kommuner=0127",
    ".trend-chart svg",
    ".trend-chart [data-chart-point]",
  ],
  [
    "?view=map&kommuner=0127",
    ".county-map svg",
    ".county-map [data-chart-point]",
  ],
  ["?view=map&layout=tiles&kommuner=0127", ".tile-map", ".tile-map__tile"],
  ["?view=profile&kommuner=0127", ".spine-row", ".spine-row"],
];

/** Elements under `scope` that animate or have a transition, and the animations running. */
async function moving(page: Page, scope: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const found: string[] = [];
    for (const root of document.querySelectorAll(selector))
      for (const el of [root, ...root.querySelectorAll("*")]) {
        const style = getComputedStyle(el);
        const durations = `${style.transitionDuration},${style.animationDuration}`;
        const moves =
          style.animationName !== "none" ||
          durations.split(",").some((d) => parseFloat(d) > 0);
        if (moves)
          found.push(
            `${el.tagName.toLowerCase()}.${String(el.getAttribute("class"))}: animation ${style.animationName} ${style.animationDuration}, transition ${style.transitionProperty} ${style.transitionDuration}`,
          );
      }
    for (const animation of document.getAnimations())
      found.push(`running: ${animation.constructor.name}`);
    return found.slice(0, 5);
  }, scope);
}

for (const reducedMotion of ["no-preference", "reduce"] as const) {
  test.describe(`prefers-reduced-motion: ${reducedMotion}`, () => {
    test.use({ reducedMotion });
    test("the charts and their tooltips do not move", async ({ page }) => {
      test.setTimeout(60_000);
      for (const [query, ready, point] of CHARTS) {
        await page.goto(`./${query}`);
        await expect(page.locator(ready).first()).toBeVisible();
        // force: a label drawn over the point may take the pointer; the chart still sees it.
        await page
          .locator(point)
          .first()
          .hover({ force: true, timeout: 5_000 });
        // Under reduced motion nothing on the page moves; otherwise the charts do not.
        const scope =
          reducedMotion === "reduce" ? "body" : ".chart-frame__body";
        expect(await moving(page, scope), query).toEqual([]);
      }
    });
  });
}
