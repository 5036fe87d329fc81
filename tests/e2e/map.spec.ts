/** Karta: open by URL, switch the colour scale, open a kommun's profile with Enter, axe. */
import { expect, test, type Page } from "@playwright/test";

import { axeViolations, norm } from "./helpers";

const tiles = (page: Page) => page.locator(".tile-map__tile");
const tile = (page: Page, code: string) =>
  page.locator(`.tile-map__tile[data-code="${code}"]`);

async function openMap(page: Page, query: string): Promise<void> {
  await page.goto(`./${query}`);
  await expect(tiles(page)).toHaveCount(26);
}

test("opens by URL, switches scale, and the reload restores it", async ({
  page,
}) => {
  await openMap(page, "?view=map&indicator=kolada-n66077&kommuner=0127");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Karta");
  await expect(page.locator(".chart-frame__title")).toHaveText(
    "Barn 0–19 år med låg ekonomisk standard 2022",
  );
  await expect(page.locator(".chart-frame__coverage")).toHaveText(
    "Värde för 26 av 26 kommuner",
  );
  await expect(page.locator(".chart-frame__source")).toContainText(
    "Dataversion kolada-behov v1",
  );
  await expect(tile(page, "0127")).toHaveClass(/tile-map__tile--selected/);
  expect(norm(await tile(page, "0127").getAttribute("aria-label"))).toBe(
    "Botkyrka: 22,0 %, 16,0 % – 22,0 % (grupp 5 av 5), markerad",
  );

  await page.getByRole("radio", { name: "Jämfört med länet" }).check();
  await expect(page).toHaveURL(/scale=diverging/);
  await expect(tile(page, "0127")).toHaveAttribute(
    "aria-label",
    /mycket högre än länet \(sämre\)/,
  );
  await page.reload();
  await expect(tiles(page)).toHaveCount(26);
  await expect(
    page.getByRole("radio", { name: "Jämfört med länet" }),
  ).toBeChecked();
  await expect(tile(page, "0127")).toHaveAttribute(
    "aria-label",
    /mycket högre än länet \(sämre\)/,
  );
  expect(await axeViolations(page)).toEqual([]);
});

test("one tab stop, arrow keys move, Enter opens the Kommunprofil; back returns", async ({
  page,
}) => {
  await openMap(page, "?view=map&kommuner=0180");
  await tile(page, "0180").focus();
  await page.keyboard.press("ArrowRight");
  await expect(tile(page, "0182")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/view=profile/);
  expect(new URL(page.url()).searchParams.get("kommuner")).toBe("0182,0180");
  await page.reload();
  await expect(page).toHaveURL(/view=profile/);
  expect(new URL(page.url()).searchParams.get("kommuner")).toBe("0182,0180");
  await page.goBack();
  await expect(tiles(page)).toHaveCount(26);
});

test("table state and missing values: axe reports no violations", async ({
  page,
}) => {
  await openMap(page, "?view=map&indicator=barn-ekonomiskt-utsatta");
  await expect(page.locator(".tile-map__tile--missing")).toHaveCount(22);
  await expect(page.getByText("Kommuner utan värde (22)")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Visa tabell" }).click();
  await expect(page.locator("table.data-table")).toBeVisible();
  await expect(page).toHaveURL(/table=1/);
  await page.reload();
  await expect(page.locator("table.data-table")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test("English, per inhabitant, diverging: axe reports no violations", async ({
  page,
}) => {
  await openMap(
    page,
    "?view=map&indicator=stimulansmedel&mode=per-capita&scale=diverging&lang=en",
  );
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Map");
  expect(await axeViolations(page)).toEqual([]);
});
