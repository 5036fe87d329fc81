/**
 * Offline: after one visit the service worker (Workbox, precaching the app and the published
 * data) serves everything, so the app reloads and presents with the network off.
 */
import { expect, test } from "@playwright/test";

import { BOTKYRKA, openCompare } from "./helpers";

// The only spec that lets the service worker run (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: "allow" });

test("after one visit the app reloads and presents with the network off", async ({
  page,
  context,
}) => {
  await openCompare(page, `?kommuner=${BOTKYRKA.code}`);
  await page.getByRole("button", { name: "Lägg till i presentation" }).click();
  await expect(page.getByText(/Tillagd som bild 1/)).toBeVisible();
  // The worker registers after the first render and precaches everything before it activates.
  await expect
    .poll(
      () =>
        page.evaluate(
          async () => (await navigator.serviceWorker.ready).active?.state,
        ),
      { timeout: 15_000 },
    )
    .toBe("activated");
  await page.reload();
  await expect
    .poll(() =>
      page.evaluate(() => navigator.serviceWorker.controller !== null),
    )
    .toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(
    page.locator(".ranking-chart svg .ranking-chart__row"),
  ).toHaveCount(26);

  // A view not opened before, with its own datasets, comes from the precache too.
  await page.goto(`./?view=trends&kommuner=0180`);
  await expect(page.locator(".recharts-surface")).toBeVisible();

  await page.goto("./?view=presentation");
  await page.getByRole("button", { name: "Visa presentationen" }).click();
  await expect(
    page.locator(".chart-frame--slide .ranking-chart__row"),
  ).toHaveCount(26);
  await page.keyboard.press("Escape");
  await context.setOffline(false);
});
