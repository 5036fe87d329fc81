/**
 * Developer tool: screenshots of a running app at laptop, projector and phone sizes.
 *   npx tsx scripts/screenshots.ts http://127.0.0.1:4173/ out-dir "?view=compare" …
 */
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";

import { chromium } from "@playwright/test";

const [base = "http://127.0.0.1:4173/", outDir = "screenshots", ...queries] =
  process.argv.slice(2);
const SIZES = {
  laptop: [1366, 768],
  projector: [1920, 1080],
  phone: [390, 844],
} as const;

mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
for (const [name, [width, height]] of Object.entries(SIZES)) {
  const page = await browser.newPage({ viewport: { width, height } });
  for (const [i, query] of (queries.length > 0 ? queries : [""]).entries()) {
    await page.goto(new URL(query, base).toString());
    await page
      .waitForSelector(
        ".ranking-chart svg, .recharts-surface, .tile-map, .county-map svg, .figure-card, .data-table, .chart-placeholder--error, .dataset",
        {
          timeout: 15_000,
        },
      )
      .catch(() => undefined);
    await page.screenshot({
      path: resolve(outDir, `${i}-${name}.png`),
      fullPage: true,
    });
  }
  await page.close();
}
await browser.close();
