/**
 * Kommunprofil's "Jämför med: länet och liknande kommuner i landet": nothing national loads until
 * the reader asks; then Botkyrka's kommungrupp 2017 is named, each Kolada indicator gets its
 * group's median and range in words (beräknat) under the spine row and in the table's column.
 * Each state passes axe.
 */
import { expect, test, type Page } from "@playwright/test";

import { axeViolations, BOTKYRKA, recordRequests } from "./helpers";

const control = (page: Page) => page.getByRole("group", { name: "Jämför med" });
const national = (urls: readonly string[]) =>
  urls.filter((u) => /kolada-sverige-|kommungrupper-2017/.test(u));
const firstRow = (page: Page) => page.locator(".spine-row").first();

test("off by default with no national file loaded; on, Botkyrka against Pendlingskommun nära storstad in words; axe", async ({
  page,
}) => {
  test.slow(); // about 20 national files (one per Kolada KPI) load and parse
  const urls = recordRequests(page);
  await page.goto(`./?view=profile&kommuner=${BOTKYRKA.code}`);
  await expect(firstRow(page)).toBeVisible({ timeout: 15_000 });
  await expect(
    control(page).getByRole("radio", { name: "Länet", exact: true }),
  ).toBeChecked();
  await expect(page.locator(".spine-row__group")).toHaveCount(0);
  expect(national(urls)).toEqual([]);

  await control(page)
    .getByRole("radio", { name: "Länet och liknande kommuner" })
    .check();
  await expect(page).toHaveURL(/ref=group/);
  await expect(page.locator(".profile-group-intro")).toContainText(
    "Botkyrka tillhör SKR:s kommungrupp 2017 Pendlingskommun nära storstad (A2), 43 kommuner i landet.",
  );
  // Långa sjukfall med psykiatrisk diagnos (N74811) 2022, the same figures as Jämför kommuner's.
  await expect(firstRow(page).locator(".spine-row__group")).toHaveText(
    "Under medianen för Pendlingskommun nära storstad (43 kommuner med värde): 42,0 % mot 49,6 % (spann 39,9 %–58,1 %, beräknat).",
    { timeout: 30_000 },
  );
  await expect(
    page.locator(".spine-row__group", { hasText: "Hämtar" }),
  ).toHaveCount(0, {
    timeout: 60_000,
  });
  expect(national(urls).length).toBeGreaterThan(1);
  await expect(
    page
      .locator(".chart-frame")
      .filter({ has: firstRow(page) })
      .first(),
  ).toContainText("SKR, Kommungruppsindelning 2017");
  expect(await axeViolations(page)).toEqual([]);
});

test("the table has the kommungrupp's median and range; a reload keeps it; axe", async ({
  page,
}) => {
  test.slow();
  await page.goto(
    `./?view=profile&kommuner=${BOTKYRKA.code}&ref=group&table=1`,
  );
  const table = page.locator("table.profile-table").first();
  await expect(
    table.getByRole("columnheader", {
      name: "Kommungrupp A2: median (spann), beräknat",
    }),
  ).toBeVisible({ timeout: 30_000 });
  await expect(table.locator("tbody tr").first()).toContainText(
    "49,6 % (39,9 %–58,1 %), Botkyrka under",
    { timeout: 30_000 },
  );
  await page.reload();
  await expect(
    control(page).getByRole("radio", {
      name: "Länet och liknande kommuner",
    }),
  ).toBeChecked({ timeout: 15_000 });
  await expect(
    page.locator("table.profile-table").first().locator("tbody tr").first(),
  ).toContainText("49,6 % (39,9 %–58,1 %)", { timeout: 30_000 });
  expect(await axeViolations(page)).toEqual([]);
});
