/** Behov och resurser: open by URL, switch the resources axis, highlight a kommun, reload, table, axe. */
import { expect, test, type Page } from "@playwright/test";

import { axeViolations, chartTitle, norm, pickKommun } from "./helpers";

const HIGHLIGHT = "#b34000";
const URL_QUERY =
  "?view=needs&indicator=kolada-n66077&x=kolada-n33001&kommuner=0127";

const scatter = (page: Page) => page.locator(".scatter-chart");
const others = (page: Page) =>
  page.locator(".scatter-chart__others .recharts-scatter-symbol");
const selectedDots = (page: Page) =>
  page.locator(".scatter-chart__selected .recharts-scatter-symbol");

async function openNeeds(page: Page, query = URL_QUERY): Promise<void> {
  await page.goto(`./${query}`);
  await expect(scatter(page).locator("svg").first()).toBeVisible();
}

test("opens by URL: one dot per kommun, Botkyrka labelled in the highlight colour", async ({
  page,
}) => {
  await openNeeds(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Behov och resurser",
  );
  await expect(chartTitle(page)).toHaveText(
    "Botkyrka jämfört med länet: högt behov, höga resurser",
  );
  await expect(
    page.getByText("Diagrammet visar samband, inte orsak."),
  ).toBeVisible();
  await expect(page.locator(".chart-frame__coverage")).toHaveText(
    "Värde för 26 av 26 kommuner",
  );
  await expect(others(page)).toHaveCount(25);
  await expect(selectedDots(page)).toHaveCount(1);
  await expect(selectedDots(page).locator("path")).toHaveAttribute(
    "fill",
    HIGHLIGHT,
  );
  await expect(
    scatter(page).locator("text", { hasText: "Botkyrka" }),
  ).toHaveAttribute("fill", HIGHLIGHT);
  // The county need value as a labelled reference line.
  await expect(
    scatter(page).locator("text", { hasText: /^Länet\s*13,0/ }),
  ).toBeVisible();
  const group = page.locator(".scatter-chart [role='group']");
  const description = norm(
    await group.evaluate((el) =>
      (el.getAttribute("aria-describedby") ?? "")
        .split(" ")
        .map((id) => document.getElementById(id)?.textContent ?? "")
        .join(" "),
    ),
  );
  // The county's resource value is computed (population-weighted) and says so.
  expect(description).toContain("länet 2 163 kr (beräknat)");
  expect(description).toContain(
    "Jämfört med länet – högt behov, låga resurser: Upplands-Bro;",
  );
  expect(description).toContain(
    "Botkyrka har behov 22,0 % och resurser 3 075 kr: högt behov, höga resurser.",
  );
});

test("hovering a dot shows the name and both values", async ({ page }) => {
  await openNeeds(page);
  await selectedDots(page).hover();
  await expect(page.locator(".scatter-tooltip")).toHaveText(
    /Botkyrka.*Behov: 22,0.*Resurser: 3.075/,
  );
});

test("switching x, highlighting a kommun, and reload restores it", async ({
  page,
}) => {
  await openNeeds(page);
  await page
    .getByRole("combobox", { name: "Resurser per invånare (vågrät axel)" })
    .selectOption("stimulansmedel");
  await expect(page).toHaveURL(/[?&]x=stimulansmedel(?:&|$)/);
  await expect(page.locator(".chart-frame__subtitle")).toContainText(
    "resurser 2018",
  );
  await expect(page.getByText(/åren skiljer sig/)).toBeVisible();
  await expect(chartTitle(page)).toHaveText(
    "Botkyrka jämfört med länet: högt behov, resurser som länet",
  );
  await pickKommun(page, "sigt");
  await expect(page).toHaveURL(/[?&]kommuner=0127,0191(?:&|$)/);
  await expect(selectedDots(page)).toHaveCount(2);
  // Same spot (22,0 %, 34,64 kr): one shared label, not two on top of each other.
  await expect(
    scatter(page).locator("text", { hasText: /Botkyrka,\s*Sigtuna/ }),
  ).toBeVisible();

  await page.reload();
  await expect(scatter(page).locator("svg").first()).toBeVisible();
  await expect(
    page.getByRole("combobox", { name: "Resurser per invånare (vågrät axel)" }),
  ).toHaveValue("stimulansmedel");
  await expect(selectedDots(page)).toHaveCount(2);
  await expect(
    page.getByRole("button", { name: "Ta bort Sigtuna" }),
  ).toBeVisible();
});

test("Visa tabell shows the numbers and the URL keeps it", async ({ page }) => {
  await openNeeds(page);
  await page.getByRole("button", { name: "Visa tabell" }).click();
  await expect(page).toHaveURL(/[?&]table=1/);
  const row = page
    .locator(".chart-frame table.data-table tbody tr")
    .filter({ hasText: "Botkyrka" });
  await expect(row).toContainText(/22,0\s%/);
  await expect(row).toContainText(/3\s075\skr/);
  await page.reload();
  await expect(page.locator(".chart-frame table.data-table")).toBeVisible();
  await expect(
    page.getByRole("button", { name: "Visa diagram" }),
  ).toHaveAttribute("aria-pressed", "true");
});

test("a need indicator the source gives for only a few kommuner shows those dots, labelled", async ({
  page,
}) => {
  await openNeeds(page, "?view=needs&indicator=ej-behoriga-gymnasiet");
  await expect(
    page.locator(".needs-note", { hasText: /Källan nämner bara 4 av 26/ }),
  ).toBeVisible();
  await expect(others(page)).toHaveCount(4);
  await expect(
    scatter(page).locator("text", { hasText: "Sigtuna" }),
  ).toBeVisible();
});

test("axe: no violations, chart and table", async ({ page }) => {
  await openNeeds(page);
  expect(await axeViolations(page)).toEqual([]);
  await page.goto(`./${URL_QUERY}&table=1`);
  await expect(page.locator(".chart-frame table.data-table")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await openNeeds(page, "?view=needs&indicator=ej-behoriga-gymnasiet&lang=en");
  expect(await axeViolations(page)).toEqual([]);
});

test("the county's access measures for children and young people: as the source gives them, axe", async ({
  page,
}) => {
  await openNeeds(page);
  const section = page.getByRole("region", {
    name: "Tillgång till vård för barn och unga i länet",
  });
  const bup = section.getByRole("row", { name: /första bedömning på BUP/ });
  await expect(bup).toContainText("91 %");
  await expect(bup).toContainText("de första sju månaderna 2018");
  await expect(
    section.getByRole("row", { name: /^Barn och unga som får stöd/ }),
  ).toContainText("cirka 2 %(år anges inte i källan, publicerad 2018)");
  await expect(section.getByRole("row", { name: /Väntetid/ })).toContainText(
    "från mindre än 1 upp till 4 månader",
  );
  await expect(section).not.toContainText(/seed \d/);
  expect(await axeViolations(page)).toEqual([]);
});
