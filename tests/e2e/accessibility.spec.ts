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
