/** A broken or missing data file: a plain-language error in the chart's place, the rest still works. */
import { expect, test, type Page } from "@playwright/test";

import { expectChart, norm } from "./helpers";

const FILE = "stimulansmedel-2018.v1.csv";
const FILE_ROUTE = `**/data/${FILE}`;

/** Serves the real file with Botkyrka's 3174063 changed to 3174064: same size, other checksum. */
async function serveTampered(page: Page): Promise<void> {
  await page.route(FILE_ROUTE, async (route) => {
    const response = await route.fetch();
    const original = await response.text();
    expect(original).toContain(",3174063,");
    await route.fulfill({
      response,
      body: original.replace(",3174063,", ",3174064,"),
    });
  });
}

const errorBox = (page: Page) => page.locator(".chart-placeholder--error");

test("a tampered data file shows the checksum error, naming file and version", async ({
  page,
}) => {
  await serveTampered(page);
  await page.goto("./?view=compare&kommuner=0127");

  const alert = page.getByRole("alert");
  await expect(alert).toBeVisible({ timeout: 10_000 });
  await expect(alert).toHaveClass(/chart-placeholder--error/);
  const text = norm(await alert.textContent());
  expect(text).toContain("Datasetet stimulansmedel-2018 kunde inte läsas");
  expect(text).toContain(
    "Filens kontrollsumma stämmer inte med förteckningen.",
  );
  expect(text).toContain(`Fil ${FILE}, version 1`);
  await expect(page.locator(".ranking-chart")).toHaveCount(0);
  // A checksum error will not go away by trying again, so no retry button is offered.
  await expect(page.getByRole("button", { name: "Försök igen" })).toHaveCount(
    0,
  );
  // The error stands in the chart's frame, and the controls stay.
  await expect(page.locator("figure.chart-frame [role=alert]")).toHaveCount(1);
  await expect(page.getByRole("combobox", { name: "Indikator" })).toBeVisible();

  // The shell still works: header, navigation and language switch.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Jämför kommuner",
  );
  await page.getByRole("link", { name: "Data och källor" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Data och källor",
  );
  await expect(page.locator("section.dataset").first()).toBeVisible();
  await page.getByRole("link", { name: "Switch to English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Data and sources",
  );
  await page.getByRole("link", { name: "Compare municipalities" }).click();
  await expect(page.getByRole("alert")).toContainText(
    "The dataset stimulansmedel-2018 could not be read",
  );
  await expect(page.getByRole("alert")).toContainText(
    `File ${FILE}, version 1`,
  );

  // An indicator from another file still draws. (While the error shows, the view has no
  // indicator picker, so a link is the only way there.)
  await page.goto("./?view=compare&indicator=kolada-n74811&lang=en");
  await expectChart(page);
  await expect(errorBox(page)).toHaveCount(0);
});

test("a missing data file says it could not be fetched, and “Försök igen” recovers", async ({
  page,
}) => {
  await page.route(FILE_ROUTE, (route) =>
    route.fulfill({ status: 404, body: "Not found" }),
  );
  await page.goto("./?view=compare");
  const alert = page.getByRole("alert");
  await expect(alert).toBeVisible({ timeout: 10_000 });
  const text = norm(await alert.textContent());
  expect(text).toContain("Datasetet stimulansmedel-2018 kunde inte läsas");
  expect(text).toContain("Filen kunde inte hämtas");
  expect(text).toContain(`Fil ${FILE}, version 1`);
  expect(text).toContain("HTTP 404");
  await expect(page.getByRole("navigation", { name: "Vyer" })).toBeVisible();

  await page.unroute(FILE_ROUTE);
  await page.getByRole("button", { name: "Försök igen" }).click();
  await expectChart(page);
  await expect(errorBox(page)).toHaveCount(0);
});
