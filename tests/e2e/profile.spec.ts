/**
 * Kommunprofil in Chromium: the 26 to choose from, open by URL, the verdict first, choose another
 * kommun, reload restores, table, axe.
 */
import { expect, test, type Page } from "@playwright/test";

import { axeViolations, BOTKYRKA, loose } from "./helpers";

const facts = (page: Page) => page.locator(".profile-facts");
const spineRows = (page: Page) => page.locator(".spine-row");

async function openProfile(page: Page, query: string): Promise<void> {
  await page.goto(`./${query}`);
  await expect(facts(page)).toBeVisible({ timeout: 15_000 });
}

test("opens Botkyrka's profile by URL, with funds, kr per inhabitant and ranked rows", async ({
  page,
}) => {
  await openProfile(page, `?view=profile&kommuner=${BOTKYRKA.code}`);
  await expect(
    page.getByRole("heading", { level: 1, name: "Kommunprofil: Botkyrka" }),
  ).toBeVisible();
  await expect(facts(page)).toContainText(loose(`${BOTKYRKA.funds} kr`));
  await expect(facts(page)).toContainText(loose("34,64 kr"));
  await expect(facts(page)).toContainText("beräknat");
  expect(await spineRows(page).count()).toBeGreaterThan(10);
  await expect(spineRows(page).first()).toContainText(/plats \d+ av \d+/);
  expect(await axeViolations(page)).toEqual([]);
});

test("choosing another kommun updates the URL, and a reload restores it", async ({
  page,
}) => {
  await openProfile(page, `?view=profile&kommuner=${BOTKYRKA.code}`);
  await page
    .getByRole("combobox", { name: "Välj kommun" })
    .selectOption({ label: "Danderyd" });
  await expect(page).toHaveURL(/kommuner=0162(?:%2C|,)0127/);
  await expect(
    page.getByRole("heading", { level: 1, name: "Kommunprofil: Danderyd" }),
  ).toBeVisible();
  await page.reload();
  await expect(
    page.getByRole("heading", { level: 1, name: "Kommunprofil: Danderyd" }),
  ).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole("combobox", { name: "Välj kommun" })).toHaveValue(
    "0162",
  );
});

test("the table toggle shows the same numbers, survives a reload and passes axe", async ({
  page,
}) => {
  await openProfile(page, `?view=profile&kommuner=${BOTKYRKA.code}`);
  await page.getByRole("button", { name: "Visa tabell" }).click();
  await expect(page).toHaveURL(/table=1/);
  const table = page.locator("table.profile-table").first();
  await expect(table).toBeVisible();
  await expect(table.locator("caption")).toContainText(
    "Botkyrka jämfört med länet",
  );
  await page.reload();
  await expect(page.locator("table.profile-table").first()).toBeVisible({
    timeout: 15_000,
  });
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Visa diagram" }).click();
  await expect(spineRows(page).first()).toBeVisible();
});

test("without a kommun: the 26 to choose from, by keyboard too; the verdict comes first", async ({
  page,
}) => {
  await page.goto("./?view=profile");
  const chooser = page.locator(".kommun-chooser");
  await expect(chooser.getByRole("link")).toHaveCount(26, { timeout: 15_000 });
  expect(await axeViolations(page)).toEqual([]);
  const botkyrka = chooser.getByRole("link", { name: "Botkyrka" });
  await botkyrka.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/kommuner=0127/);
  await expect(facts(page)).toBeVisible({ timeout: 15_000 });
  // The verdict on health and need is the first thing under the heading, above the fold.
  const verdict = page.locator(".profile-verdict");
  await expect(verdict).toContainText("Botkyrka är sämre än länet på 4 av 4");
  const [verdictTop, factsTop] = await Promise.all([
    verdict.evaluate((el) => el.getBoundingClientRect().top),
    facts(page).evaluate((el) => el.getBoundingClientRect().top),
  ]);
  expect(verdictTop).toBeLessThan(factsTop);
  expect(verdictTop).toBeLessThan(900);
});

test("in English, Botkyrka's profile shows the data notes and sources in English", async ({
  page,
}) => {
  await openProfile(page, `?view=profile&kommuner=${BOTKYRKA.code}&lang=en`);
  await expect(
    page.getByRole("heading", {
      level: 1,
      name: "Municipality profile: Botkyrka",
    }),
  ).toBeVisible();
  await expect(page.locator("#profile-statements")).toBeVisible();
  await expect(page.locator("#profile-gaps")).toBeVisible();
  await expect(page.locator("main")).toContainText(
    "Named among the municipalities",
  );
  // Everything on the page, folded sources included.
  const text = (await page.locator("main").textContent()) ?? "";
  for (const swedish of [
    "Uppgift saknas i källan",
    "ursprunglig producent",
    "Nämns bland",
  ])
    expect(text, swedish).not.toContain(swedish);
});
