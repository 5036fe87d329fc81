/** axe-core, WCAG 2.0/2.1 A and AA: no violations in any state a visitor can reach. */
import { expect, test, type Page } from "@playwright/test";

import { axeViolations, BOTKYRKA, expectChart, openCompare } from "./helpers";

async function expectNoViolations(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

test("compare view, chart", async ({ page }) => {
  await openCompare(page, `?kommuner=${BOTKYRKA.code}`);
  await expectNoViolations(page);
});

test("compare view, table", async ({ page }) => {
  await page.goto(`./?view=compare&kommuner=${BOTKYRKA.code}&table=1`);
  await expect(page.locator("table.data-table")).toBeVisible();
  await expectNoViolations(page);
});

test("compare view in English, with “Om uppgifterna” open", async ({
  page,
}) => {
  await openCompare(page, `?kommuner=${BOTKYRKA.code}&lang=en`);
  await page.getByText("About the figures").click();
  await expectNoViolations(page);
});

test("per-capita mode", async ({ page }) => {
  await openCompare(page, `?kommuner=${BOTKYRKA.code}&mode=per-capita`);
  await expectNoViolations(page);
});

test("a malformed link, with its notice", async ({ page }) => {
  await openCompare(
    page,
    "?view=compare&indicator=does-not-exist&kommuner=9999,0127&mode=weird",
  );
  await expect(page.locator(".notice").first()).toBeVisible();
  await expectNoViolations(page);
});

test("the combobox while open", async ({ page }) => {
  await openCompare(page);
  await page.getByRole("combobox", { name: "Markera kommuner" }).fill("s");
  await expect(page.getByRole("listbox")).toBeVisible();
  await expectNoViolations(page);
});

test("sources view", async ({ page }) => {
  // The longest page (every dataset and version, and the versions in use): axe takes its time.
  test.slow();
  await page.goto("./?view=sources");
  await expect(page.locator("section.dataset").first()).toBeVisible();
  await expectNoViolations(page);
});

test("the error state of a broken dataset", async ({ page }) => {
  await page.route("**/data/stimulansmedel-2018.v1.csv", (route) =>
    route.fulfill({ status: 404, body: "Not found" }),
  );
  await page.goto("./?view=compare");
  await expect(page.getByRole("alert")).toBeVisible({ timeout: 10_000 });
  await expectNoViolations(page);
});

test("a Kolada indicator with missing values", async ({ page }) => {
  await page.goto("./?view=compare&indicator=kolada-n74811");
  await expectChart(page);
  await expectNoViolations(page);
});

/**
 * Every view in the states a visitor reaches — table instead of chart, other scales and modes,
 * English — and the accessibility statement: axe finds nothing. (Import, presentation and the
 * printed Kommunrapport are checked in their own specs.)
 */
const STATES: readonly (readonly [string, string, string])[] = [
  ["Översikt, English", "./?view=overview&lang=en", ".figure-card"],
  [
    "Kommunprofil, tables",
    "./?view=profile&kommuner=0127&table=1",
    "table.data-table",
  ],
  [
    "Kommunprofil, English",
    "./?view=profile&kommuner=0127&lang=en",
    ".spine-row",
  ],
  ["Finansiering, all tables", "./?view=funding&table=1", "table.data-table"],
  ["Finansiering, English", "./?view=funding&lang=en", ".stacked-chart"],
  [
    "Behov och resurser, table",
    "./?view=needs&kommuner=0127&table=1",
    "table.data-table",
  ],
  [
    "Behov och resurser, English",
    "./?view=needs&kommuner=0127&lang=en",
    ".scatter-chart",
  ],
  [
    "Karta, diverging",
    "./?view=map&kommuner=0127&scale=diverging",
    ".county-map svg",
  ],
  [
    "Karta, tiles, diverging",
    "./?view=map&layout=tiles&kommuner=0127&scale=diverging",
    ".tile-map",
  ],
  ["Karta, table, English", "./?view=map&table=1&lang=en", "table.data-table"],
  [
    "Trender, women and men, English",
    "./?view=trends&kommuner=0127&group=kon&lang=en",
    ".trend-chart svg",
  ],
  [
    "Trender, table",
    "./?view=trends&kommuner=0127&table=1",
    "table.data-table",
  ],
  ["Data och källor, English", "./?view=sources&lang=en", "section.dataset"],
  ["Tillgänglighetsredogörelse", "./?view=accessibility", ".statement"],
  ["Accessibility statement", "./?view=accessibility&lang=en", ".statement"],
];

for (const [name, url, ready] of STATES) {
  test(`every view and state: ${name}`, async ({ page }) => {
    // Data och källor is the longest page: axe takes its time there.
    if (url.includes("view=sources")) test.slow();
    await page.goto(url);
    await expect(page.locator(ready).first()).toBeVisible({ timeout: 10_000 });
    await expectNoViolations(page);
  });
}

test("a keyboard chart with focus on a point, its hint shown", async ({
  page,
}) => {
  await openCompare(page, `?kommuner=${BOTKYRKA.code}`);
  await page.locator(".ranking-chart [data-chart-point][tabindex='0']").focus();
  await page.keyboard.press("ArrowDown");
  await expect(page.locator(".ranking-chart .chart-keys")).toBeVisible();
  await expectNoViolations(page);
});

test("compare view printed", async ({ page }) => {
  await openCompare(page, `?kommuner=${BOTKYRKA.code}`);
  await page.emulateMedia({ media: "print" });
  await expectNoViolations(page);
});

test("the axe setup does report violations when there are some", async ({
  page,
}) => {
  await openCompare(page);
  await page.evaluate(() => {
    const img = document.createElement("img");
    img.src = "data:image/gif;base64,R0lGODlhAQABAAAAACw=";
    document.querySelector("main")?.append(img);
  });
  const ids = (await axeViolations(page)).map((v) => v.id);
  expect(ids).toContain("image-alt");
});
