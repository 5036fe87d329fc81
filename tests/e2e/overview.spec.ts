/** Översikt, the start page: key figures with sources, theme links, dataset versions, axe. */
import { expect, test } from "@playwright/test";

import { axeViolations, norm } from "./helpers";

test("the app opens on Översikt with the county's key figures and their sources", async ({
  page,
}) => {
  await page.goto("./");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Översikt");
  const cards = page.locator(".figure-card:not(.figure-card--loading)");
  await expect(cards).toHaveCount(6);
  const text = norm((await cards.allTextContents()).join(" | "));
  expect(text).toContain("79,8 mnkr");
  expect(text).toContain("34,64 kr per invånare");
  expect(text).toContain("cirka 320");
  expect(text).toContain("Källa: Kolada (RKA), KPI N74811; Försäkringskassan");
  await expect(
    page.getByRole("region", { name: "Dataversioner som används" }),
  ).toHaveCount(0);
  await page.getByRole("link", { name: "se Data och källor" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Data och källor",
  );
  await expect(
    page.getByRole("region", { name: "Dataversioner som används" }),
  ).toContainText("stimulansmedel-2018");
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Översikt");
  expect(await axeViolations(page)).toEqual([]);
});

test("a theme link opens its view, and back returns to Översikt", async ({
  page,
}) => {
  await page.goto("./");
  await page
    .getByRole("region", { name: "Teman" })
    .getByRole("link", { name: /långa sjukfall/ })
    .click();
  await expect(page).toHaveURL(/view=compare&indicator=kolada-n74811/);
  await expect(
    page.locator(".ranking-chart svg .ranking-chart__row"),
  ).toHaveCount(26);
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Översikt");
});

test("Översikt in English has no accessibility violations", async ({
  page,
}) => {
  await page.goto("./?lang=en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Overview");
  await expect(
    page.locator(".figure-card:not(.figure-card--loading)"),
  ).toHaveCount(6);
  expect(await axeViolations(page)).toEqual([]);
});
