/**
 * Importera with a national file (Kolada's N00926 for all of Sweden, shared/corpus-real r06):
 * the report says the rows for the rest of Sweden are kept for national comparison, the county
 * chart still shows the 26, and "Jämför med: Alla kommuner i landet" places them among 290
 * kommuner from the file's own rows. Each state passes axe.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

import { expect, test } from "@playwright/test";

import { axeViolations, chartRows, norm } from "./helpers";

const FILE = resolve(
  import.meta.dirname,
  "../../../shared/corpus-real/r06_kolada_ddf_n00926_tidy.csv",
);

test("a national CSV: rows for the rest of Sweden kept, the strip of 290 kommuner from the file; axe", async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto("./?view=import");
  await page.getByLabel("Välj fil …").setInputFiles({
    name: "n00926-sverige.csv",
    mimeType: "text/csv",
    buffer: readFileSync(FILE),
  });
  const report = page.getByRole("region", {
    name: "Kontroll av n00926-sverige.csv",
  });
  const decision = report.locator(".import-decision");
  await expect(decision).toBeVisible();
  expect(norm(await decision.textContent())).toContain(
    "2 840 rader gäller kommuner och regioner i resten av Sverige: deras 2 840 värden sparas för jämförelser med hela landet",
  );
  expect(norm(await decision.textContent())).toContain(
    "270 värden gäller Stockholms län, dess kommuner och riket.",
  );
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole("button", { name: "Använd uppgifterna" }).click();
  await page.getByRole("link", { name: "Visa i Jämför kommuner" }).click();
  // The county's chart: the 26 kommuner, as before.
  await expect(chartRows(page)).toHaveCount(26);

  await page
    .getByRole("group", { name: "Jämför med" })
    .getByRole("radio", { name: "Alla kommuner i landet" })
    .check();
  await expect(page).toHaveURL(/ref=sweden/);
  const strip = page.locator(".national-strip");
  await expect(strip.locator("circle")).toHaveCount(290);
  const frame = page.locator(".chart-frame", { has: strip });
  await expect(frame).toContainText("290 av 290 kommuner i landet har värde");
  await expect(frame.locator(".chart-frame__source")).toContainText(
    "Egen data",
  );
  expect(await axeViolations(page)).toEqual([]);

  // Län och regioner lists the imported indicator: 21 regions from the file.
  const indicator = new URL(page.url()).searchParams.get("indicator") ?? "";
  await page.goto(`./?view=regions&indicator=${indicator}`);
  await expect(page.locator(".chart-frame")).toContainText(
    "Värde för 21 av 21 regioner",
  );
  expect(await axeViolations(page)).toEqual([]);
});
