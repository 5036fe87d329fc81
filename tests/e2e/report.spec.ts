/**
 * Kommunrapport: one click from the Kommunprofil; every chart and table of the kommun with its
 * sources and dataset versions; printed, no navigation or controls, A4 pages, no axe violations.
 */
import { expect, test } from "@playwright/test";

import { axeViolations, BOTKYRKA, latest } from "./helpers";

test("the Kommunprofil leads to a print-ready Kommunrapport", async ({
  page,
}) => {
  await page.goto(`./?view=profile&kommuner=${BOTKYRKA.code}`);
  await page
    .getByRole("link", { name: "Kommunrapport för utskrift (PDF)" })
    .click();
  await expect(page).toHaveURL(/view=report/);
  await expect(page).toHaveURL(new RegExp(`kommuner=${BOTKYRKA.code}`));

  const report = page.locator("article.report");
  await expect(
    report.getByRole("heading", { name: "Kommunprofil: Botkyrka" }).first(),
  ).toBeVisible();
  // Charts (spine charts per theme) and the same numbers as tables.
  const charts = report.locator(".report__charts figure.chart-frame");
  const tables = report.locator(".report__tables table.data-table");
  await expect(tables.first()).toBeVisible();
  expect(await tables.count()).toBeGreaterThanOrEqual(3);
  expect(await charts.count()).toBeGreaterThan(await tables.count());
  // Sources and dataset versions.
  const sources = report.locator(".report__sources");
  await expect(sources).toContainText(
    `kolada-psykisk-ohalsa@${latest("kolada-psykisk-ohalsa").version}`,
  );
  await expect(sources).toContainText("kommuner@1");
  await expect(sources).toContainText("Kolada");
  // No export menus or share buttons in a report.
  await expect(
    report.locator(".chart-frame__actions").filter({ visible: true }),
  ).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);

  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".site-header")).toBeHidden();
  await expect(page.locator(".site-footer")).toBeHidden();
  await expect(page.locator(".report__toolbar")).toBeHidden();
  // No controls on paper (a table's column headers stay, as plain headings).
  await expect(
    report.locator("button:not(.sort-button)").filter({ visible: true }),
  ).toHaveCount(0);
  // Each chart after the first starts a new page.
  const breaks = await charts.evaluateAll((frames) =>
    frames.map((f) => getComputedStyle(f).breakBefore),
  );
  expect(breaks.slice(1).every((b) => b === "page")).toBe(true);
  expect(await axeViolations(page)).toEqual([]);

  const pdf = await page.pdf({ format: "A4", printBackground: true });
  const pages = pdf.toString("latin1").match(/\/Type\s*\/Page\b/g) ?? [];
  expect(pages.length).toBeGreaterThan(4);
});
