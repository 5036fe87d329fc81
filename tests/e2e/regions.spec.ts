/** Län och regioner: the county among Sweden's 21 regions, Kolada's own values, Riket the reference; axe. */
import { expect, test } from "@playwright/test";

import { axeViolations } from "./helpers";

test("ranks Stockholms län among the 21 regions for the latest year, with Riket; axe", async ({
  page,
}) => {
  await page.goto("/?view=regions&indicator=kolada-n74811");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Län och regioner",
  );
  await expect(page.getByRole("combobox", { name: "År" })).toHaveValue("2022");
  await expect(
    page.locator(".chart-frame").getByRole("heading", { level: 2 }),
  ).toHaveText(/^Stockholms län: 50,3\s% 2022, plats 4 av 21 regioner$/);
  await expect(page.locator(".chart-frame")).toContainText(
    /Riket har 49,5\s%\./,
  );
  expect(await axeViolations(page)).toEqual([]);
});

test("the table and the English page say regions and Sweden", async ({
  page,
}) => {
  await page.goto("/?view=regions&indicator=kolada-n74811&table=1&lang=en");
  await expect(page.locator("table.data-table tbody tr")).toHaveCount(21);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Counties and regions",
  );
  expect(await axeViolations(page)).toEqual([]);
});
