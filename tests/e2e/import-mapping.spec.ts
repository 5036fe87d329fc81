/**
 * Importera's "Kolumner" step in Chromium, with the keyboard only after the upload: a file
 * detection cannot read is described column by column (area, periods in the headings, two value
 * columns, one group kept, an indicator name), the report turns usable with 4 figures, the data
 * is saved and appears as Egen data. axe finds nothing on the open step.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

import { expect, test, type Locator, type Page } from "@playwright/test";

import { axeViolations, norm } from "./helpers";

const CSV = readFileSync(
  resolve(import.meta.dirname, "..", "fixtures", "import", "needs-mapping.csv"),
);

/** Tabs until `target` has focus (at most `limit` presses), failing if it never does. */
async function tabTo(page: Page, target: Locator, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
}

/** Moves a focused closed <select> with the arrow keys until it shows `label`. */
async function arrowTo(
  page: Page,
  select: Locator,
  label: string,
): Promise<void> {
  await expect(select).toBeFocused();
  const labels = await select
    .locator("option")
    .evaluateAll((os) => os.map((o) => o.textContent));
  const from = await select.evaluate(
    (el) => (el as HTMLSelectElement).selectedIndex,
  );
  const to = labels.indexOf(label);
  expect(to).toBeGreaterThanOrEqual(0);
  const key = to > from ? "ArrowDown" : "ArrowUp";
  for (let i = 0; i < Math.abs(to - from); i++) await page.keyboard.press(key);
  await expect(select.locator("option:checked")).toHaveText(label);
}

test("describes the columns of a file detection cannot read, with the keyboard only, and uses it", async ({
  page,
}) => {
  await page.goto("./?view=import");
  await page.getByLabel("Välj fil …").setInputFiles({
    name: "needs-mapping.csv",
    mimeType: "text/csv",
    buffer: CSV,
  });
  const report = page.getByRole("region", {
    name: "Kontroll av needs-mapping.csv",
  });
  const decision = report.locator(".import-decision");
  await expect(decision).toContainText("Filen kan inte användas.");

  const step = page.getByRole("region", { name: "Kolumner" });
  await expect(step).toContainText(
    "Verktyget kunde inte avgöra vad kolumnerna innehåller.",
  );
  const toggle = step.getByRole("button", {
    name: "Ändra vad kolumnerna betyder",
  });
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await expect(
    step.getByRole("table", {
      name: "De första 3 raderna i needs-mapping.csv",
    }),
  ).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // From here on: keyboard only.
  await toggle.focus();
  const column = (name: string) => step.getByRole("combobox", { name });
  await tabTo(page, column("Kolumn 1: Enhet"));
  await arrowTo(page, column("Kolumn 1: Enhet"), "Kommun eller kommunkod");
  await page.keyboard.press("Tab");
  await arrowTo(page, column("Kolumn 2: Grupp"), "Uppdelning");
  // "Behåll bara" appears right after the column it belongs to.
  await page.keyboard.press("Tab");
  const keep = step.getByRole("combobox", { name: "Behåll bara (”Grupp”)" });
  await arrowTo(page, keep, "Alla");
  await page.keyboard.press("Tab");
  await arrowTo(page, column("Kolumn 3: 2019"), "Värde");
  await page.keyboard.press("Tab");
  await arrowTo(page, column("Kolumn 4: 2020"), "Värde");

  // The period: a radio group, moved with the arrow keys.
  await page.keyboard.press("Tab");
  const inColumn = step.getByRole("radio", { name: /^I en egen kolumn/ });
  await expect(inColumn).toBeFocused();
  await page.keyboard.press("ArrowDown");
  const inHeadings = step.getByRole("radio", {
    name: /^I värdekolumnernas rubriker/,
  });
  await expect(inHeadings).toBeFocused();
  await expect(inHeadings).toBeChecked();

  const name = step.getByRole("textbox", { name: "Indikatorns namn" });
  await tabTo(page, name, 5);
  await page.keyboard.type("Andel med stöd (%)");

  await expect(decision).toHaveText("✓ Filen kan användas.");
  await expect(step.locator(".import-mapping__status")).toHaveText(
    "Filen är läst igen: 4 uppgifter kan användas, 0 rader har fel.",
  );
  const facts = report.locator(".import-facts");
  expect(norm(await facts.textContent())).toContain(
    "Uppgifter som kan användas4",
  );
  await expect(
    report.getByRole("table", { name: /De första 4 av 4 uppgifterna/ }),
  ).toContainText("Andel med stöd (%)");
  expect(await axeViolations(page)).toEqual([]);

  // Save with the keyboard: Tab to the button and press Enter.
  const use = page.getByRole("button", { name: "Använd uppgifterna" });
  await tabTo(page, use);
  await page.keyboard.press("Enter");
  await expect(
    page.getByRole("heading", { name: /needs-mapping är sparad/ }),
  ).toBeVisible();
  const local = page.getByRole("region", {
    name: "Egen data i den här webbläsaren",
  });
  await expect(local).toContainText("needs-mapping");
  await expect(local).toContainText("Andel med stöd (%)");

  const compare = page.getByRole("link", { name: "Visa i Jämför kommuner" });
  await compare.focus();
  await page.keyboard.press("Enter");
  const indicator = page.getByRole("combobox", { name: "Indikator" });
  await expect(
    indicator.locator('optgroup[label="Egen data"] option'),
  ).toHaveText(["Andel med stöd (%)"]);
  await expect(page.locator(".chart-frame__source")).toContainText("Egen data");
});
