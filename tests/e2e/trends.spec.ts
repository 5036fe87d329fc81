/** Trender in Chromium: open by URL, add a kommun, switch to women and men, reload, table, axe. */
import { expect, test, type Page } from "@playwright/test";

import { axeViolations, kommunCombobox, pickKommun } from "./helpers";

const chart = (page: Page) => page.locator(".trend-chart [role='group']");
/** recharts draws one path per line (class recharts-line-curve); gaps split it with moves. */
const curves = (page: Page) =>
  page.locator(".trend-chart path.recharts-line-curve");

test("opens by URL, adds a kommun, splits by sex, reload restores, table, axe", async ({
  page,
}) => {
  await page.goto("./?view=trends&indicator=kolada-n74811&kommuner=0127");
  await expect(chart(page)).toBeVisible();
  await expect(page.locator(".chart-frame__title")).toHaveText(
    "Långa sjukfall med psykiatrisk diagnos, andel, 2005–2022",
  );
  // Botkyrka, the county and Sweden: three drawn lines with direct labels.
  await expect(curves(page)).toHaveCount(3);
  const labels = page.locator(".trend-chart__labels text");
  await expect(labels).toHaveCount(3);
  for (const name of ["Botkyrka", "Länet", "Riket"])
    await expect(labels.filter({ hasText: name })).toHaveCount(1);
  // The chart is a group named by the title and described by the summary.
  await expect(chart(page)).toHaveAccessibleName(
    "Långa sjukfall med psykiatrisk diagnos, andel, 2005–2022",
  );
  await expect(chart(page)).toHaveAccessibleDescription(
    /^Länet gick från 35,5\s%\s2005 till 50,3\s%\s2022/,
  );
  expect(await axeViolations(page)).toEqual([]);

  await pickKommun(page, "Söder");
  await expect(page).toHaveURL(/kommuner=0127%2C0181|kommuner=0127,0181/);
  await expect(curves(page)).toHaveCount(4);

  await page.getByRole("radio", { name: "Kvinnor och män" }).check();
  await expect(page).toHaveURL(/group=kon/);
  await expect(curves(page)).toHaveCount(8);
  await expect(
    page.locator(".trend-chart__labels text", { hasText: "Botkyrka, kvinnor" }),
  ).toHaveCount(1);

  await page.reload();
  await expect(chart(page)).toBeVisible();
  await expect(
    page.getByRole("radio", { name: "Kvinnor och män" }),
  ).toBeChecked();
  await expect(curves(page)).toHaveCount(8);
  await expect(
    kommunCombobox(page)
      .locator("xpath=ancestor::div[contains(@class,'combo')]")
      .first(),
  ).toContainText("Södertälje");
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole("button", { name: "Visa tabell" }).click();
  const table = page.locator("table.trends-table");
  await expect(table).toBeVisible();
  await expect(table.locator("tbody tr")).toHaveCount(18);
  await expect(table.locator("thead th").nth(1)).toHaveText(
    "Botkyrka, kvinnor",
  );
  await expect(page).toHaveURL(/table=1/);
  expect(await axeViolations(page)).toEqual([]);
  await page.reload();
  await expect(page.locator("table.trends-table")).toBeVisible();
});

test("Sweden's N74811 line has no points before 2019 (a gap, not zero)", async ({
  page,
}) => {
  await page.goto("./?view=trends&indicator=kolada-n74811&table=1");
  const table = page.locator("table.trends-table");
  const row2005 = table.locator("tbody tr").first();
  await expect(row2005.locator("th")).toHaveText("2005");
  // The table holds every line (the 26 kommuner too): find Riket's column by its heading.
  const headings = await table.locator("thead th").allTextContents();
  const riket = headings.indexOf("Riket");
  expect(riket).toBeGreaterThan(0);
  await expect(row2005.locator("td").nth(riket - 1)).toHaveText(
    "–uppgift saknas",
  );
  await expect(
    table
      .locator("tbody tr", { hasText: /^2019/ })
      .locator("td")
      .nth(riket - 1),
  ).toHaveText(/^\d+,\d\s%$/);
});

test("English, a definition change marked on the chart, axe", async ({
  page,
}) => {
  await page.goto(
    "./?view=trends&indicator=kolada-n15428&kommuner=0127&lang=en",
  );
  await expect(page.locator(".trend-chart svg.recharts-surface")).toBeVisible();
  await expect(page.locator(".recharts-reference-line")).toHaveCount(1);
  await expect(page.getByText("Changed 2012")).toBeVisible();
  await page.getByText("About the figures").click();
  expect(await axeViolations(page)).toEqual([]);
});
