/**
 * Negative values in Chromium, with real text measurement: an imported percent change ("Egen
 * data") in Jämför kommuner draws a negative bar left of the zero line with a width, and its value
 * label overlaps neither the bar nor the kommun's name.
 */
import { expect, test, type Locator } from "@playwright/test";

import { chartRows, chartTitle, norm } from "./helpers";

/** Made-up figures: a change in percent, falling in two kommuner. Semicolons, decimal commas. */
const CSV = [
  "Kommunkod;Kommun;Indikator;År;Värde",
  "0127;Botkyrka;Förändring av väntetid (%);2023;-12,5",
  "0180;Stockholm;Förändring av väntetid (%);2023;8,4",
  "0120;Värmdö;Förändring av väntetid (%);2023;−3,0",
  "0114;Upplands Väsby;Förändring av väntetid (%);2023;4,1",
].join("\r\n");

interface Box {
  readonly x: number;
  readonly width: number;
}

async function box(locator: Locator): Promise<Box> {
  const b = await locator.boundingBox();
  if (!b) throw new Error("not drawn");
  return { x: b.x, width: b.width };
}

const right = (b: Box): number => b.x + b.width;

test("an imported negative change draws left of zero, its label clear of bar and name", async ({
  page,
}) => {
  await page.goto("./?view=import");
  await page.getByLabel("Välj fil …").setInputFiles({
    name: "vantetid.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(CSV),
  });
  await page.getByRole("button", { name: "Använd uppgifterna" }).click();
  await page.getByRole("link", { name: "Visa i Jämför kommuner" }).click();
  await expect(chartTitle(page)).toContainText("Förändring av väntetid");

  const row = (name: string): Locator =>
    chartRows(page).filter({ hasText: name });
  const bar = (name: string): Locator =>
    row(name).locator("rect:not(.chart-focus)").first();
  const botkyrka = row("Botkyrka");
  await expect(botkyrka.locator(".rc-value")).toHaveText(/12,5/);
  expect(norm(await botkyrka.locator(".rc-value").textContent())).toMatch(
    /^[-\u2212]12,5 %$/,
  );

  // Positive bars start at the zero line; the negative ones end there.
  const zero = (await box(bar("Stockholm"))).x;
  const negative = await box(bar("Botkyrka"));
  expect(negative.width).toBeGreaterThan(10);
  expect(right(negative)).toBeCloseTo(zero, 0);
  // −3,0 is a shorter bar than −12,5, so it starts nearer the zero line.
  expect((await box(bar("Värmdö"))).x).toBeGreaterThan(negative.x);

  // The value stands left of the bar, and right of the name: nothing overlaps.
  const label = await box(botkyrka.locator(".rc-value"));
  const name = await box(botkyrka.locator(".rc-name"));
  expect(right(label)).toBeLessThanOrEqual(negative.x);
  expect(label.x).toBeGreaterThanOrEqual(right(name));

  // The axis reaches below zero and has 0 as a tick.
  const ticks = (
    await page.locator(".ranking-chart .rc-tick").allTextContents()
  )
    .map(norm)
    .map((t) => t.replace("\u2212", "-"));
  expect(ticks).toContain("0");
  expect(ticks.some((t) => t.startsWith("-"))).toBe(true);
});
