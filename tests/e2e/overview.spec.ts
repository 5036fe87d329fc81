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
  // One year per card, comparisons in words with a symbol, a better/worse word by polarity.
  const sickLeave = cards.filter({ hasText: "långa sjukfall" });
  await expect(sickLeave.locator(".figure-card__period")).toHaveText(
    "Avser 2022",
  );
  await expect(sickLeave.locator(".figure-card__compare li")).toHaveText([
    /▲\s*0,8\sprocentenheter högre än riket \(49,5\s%\)\s*liten skillnad/,
    /▲\s*Ökning med 0,2\sprocentenheter sedan 2021 \(50,1\s%\)\s*liten skillnad/,
  ]);
  await expect(sickLeave.getByRole("img")).toHaveAttribute(
    "aria-label",
    /^Länet över åren, från 2005: 35,5\s% till 2022: 50,3\s%\.$/,
  );
  await expect(
    cards
      .filter({ hasText: "överenskommelsen" })
      .locator(".figure-card__compare"),
  ).toHaveText(/▼\s*Minskning med 17\smnkr sedan 2020 \(369\smnkr\)$/);
  await expect(page.locator(".figure-card__compare--none")).toHaveCount(3);
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
  const cards = page.locator(".figure-card:not(.figure-card--loading)");
  await expect(cards).toHaveCount(6);
  await expect(
    cards
      .filter({ hasText: "long sick-leave" })
      .locator(".figure-card__compare li"),
  ).toHaveText([
    /0\.8\spercentage points higher than Sweden \(49\.5\s?%\)\s*small difference/,
    /Up 0\.2\spercentage points since 2021 \(50\.1\s?%\)\s*small difference/,
  ]);
  await expect(
    page.getByRole("link", { name: "see Data and sources" }),
  ).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
