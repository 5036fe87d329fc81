/**
 * Importera in Chromium: a file is checked in the Web Worker, the report names the bad line, the
 * data is used in Jämför kommuner, survives a reload (IndexedDB), and is deleted again.
 */
import { expect, test, type Page } from "@playwright/test";

import { axeViolations, chartRows, chartTitle, norm } from "./helpers";

/** Made-up figures in Excel's Swedish CSV style: semicolons, decimal commas, one unknown area. */
const CSV = [
  "Kommunkod;Kommun;Indikator;År;Värde",
  "0127;Botkyrka;Andel unga som oroar sig (%);2023;12,5",
  "0180;Stockholm;Andel unga som oroar sig (%);2023;9,8",
  "0114;Upplands Väsby;Andel unga som oroar sig (%);2023;..",
  "9999;Okänd;Andel unga som oroar sig (%);2023;7,1",
  "0120;Värmdö;Andel unga som oroar sig (%);2023;11,0",
].join("\r\n");

async function chooseFile(page: Page, name: string, content: string | Buffer) {
  await page.getByLabel("Välj fil …").setInputFiles({
    name,
    mimeType: "text/csv",
    buffer: typeof content === "string" ? Buffer.from(content) : content,
  });
}

test("imports a file, uses it in Jämför kommuner, keeps it across a reload and deletes it", async ({
  page,
}) => {
  await page.goto("./?view=import");
  await expect(
    page.getByRole("heading", { level: 1, name: "Importera egen data" }),
  ).toBeVisible();
  await chooseFile(page, "ungas-oro.csv", CSV);

  const report = page.getByRole("region", {
    name: "Kontroll av ungas-oro.csv",
  });
  await expect(report).toBeVisible();
  await expect(report.locator(".import-decision")).toContainText(
    "Filen kan användas, men 1 rader har fel",
  );
  const issues = report.getByRole("table", { name: "Problem i ungas-oro.csv" });
  const errorRow = issues.locator("tr.import-issue--error").first();
  await expect(errorRow).toContainText("5");
  await expect(errorRow).toContainText("9999");
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole("button", { name: "Använd uppgifterna" }).click();
  await expect(
    page.getByRole("heading", { name: /ungas-oro är sparad/ }),
  ).toBeVisible();
  await page.getByRole("link", { name: "Visa i Jämför kommuner" }).click();

  await expect(chartTitle(page)).toContainText("Andel unga som oroar sig");
  await expect(chartRows(page)).toHaveCount(26);
  const botkyrka = chartRows(page).filter({ hasText: "Botkyrka" });
  await expect(botkyrka).toContainText("12,5");
  await expect(page.locator(".chart-frame__source")).toContainText("Egen data");

  const compareUrl = page.url();
  await page.reload();
  await expect(chartTitle(page)).toContainText("Andel unga som oroar sig");
  await expect(chartRows(page).filter({ hasText: "Botkyrka" })).toContainText(
    "12,5",
  );

  await page.getByRole("link", { name: "Data och källor" }).click();
  const local = page.getByRole("region", {
    name: "Egen data i den här webbläsaren",
  });
  await expect(local).toContainText("ungas-oro");
  page.once("dialog", (dialog) => {
    void dialog.accept();
  });
  await local.getByRole("button", { name: "Ta bort ungas-oro" }).click();
  await expect(local).toContainText(
    "Du har inte läst in några egna uppgifter.",
  );

  // The link to the deleted data now says so and shows a published indicator instead.
  await page.goto(compareUrl);
  await expect(page.locator("main")).toContainText(
    /Indikatorn "egen-[0-9a-f]{10}:[a-z0-9-]+" finns inte/,
  );
  await expect(chartRows(page)).toHaveCount(26);
});

test("refuses an Excel workbook with a message that says what to do", async ({
  page,
}) => {
  await page.goto("./?view=import");
  // The first bytes of every .xlsx: a ZIP archive.
  await chooseFile(
    page,
    "siffror.xlsx",
    Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]),
  );
  const report = page.getByRole("region", { name: "Kontroll av siffror.xlsx" });
  await expect(report.locator(".import-decision")).toContainText(
    "Filen kan inte användas.",
  );
  expect(norm(await report.textContent())).toMatch(/CSV/);
  await expect(
    page.getByRole("button", { name: "Använd uppgifterna" }),
  ).toHaveCount(0);
});
