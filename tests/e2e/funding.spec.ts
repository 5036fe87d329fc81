/** Finansiering: open by URL, toggle kr / per inhabitant, open a table, reload restores, axe. */
import { expect, test, type Page } from "@playwright/test";

import { axeViolations, loose, norm } from "./helpers";

const frame = (page: Page, title: string | RegExp) =>
  page.locator("figure.chart-frame").filter({
    has: page.locator(".chart-frame__title", { hasText: title }),
  });

async function openFunding(page: Page, query = ""): Promise<void> {
  await page.goto(`./?view=funding${query}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Finansiering",
  );
  await expect(page.locator(".chart-placeholder")).toHaveCount(0);
}

test("opens by URL with the four sections and their key figures", async ({
  page,
}) => {
  await openFunding(page);
  await expect(
    page.getByRole("link", { name: "Finansiering" }),
  ).toHaveAttribute("aria-current", "page");
  const agreements = frame(page, "överenskommelserna");
  await expect(agreements.locator(".stacked-chart svg").first()).toBeVisible();
  await expect(agreements).toContainText(
    "Fördelningen på mottagare 2023 är delvis tolkad, se anmärkning",
  );
  await expect(agreements).toContainText(loose("368 977 236 kr"));
  // Every bar carries its total, also 2018 (which has no joint-county part).
  const totals = agreements.locator(".stacked-chart svg");
  await expect(totals).toContainText(loose("307,6 mnkr"));
  await expect(totals).toContainText(loose("352,4 mnkr"));
  expect(norm(await totals.textContent())).toMatch(/369(,0)? mnkr/);
  const stimulus = frame(page, "Stockholm fick");
  await expect(stimulus.locator(".ranking-chart__row")).toHaveCount(26);
  await expect(stimulus).toContainText(loose("79 789 498 kr"));
  await expect(frame(page, "följde befolkningen")).toContainText(
    "alla kommuner inom ±0,1",
  );
  await expect(frame(page, "Botkyrka 2020")).toContainText(
    loose("redovisade 3 160 593 kr, planerade 2 739 877 kr"),
  );
  expect(await axeViolations(page)).toEqual([]);
});

test("kr / per inhabitant and an open table survive a reload", async ({
  page,
}) => {
  await openFunding(page);
  await page.getByRole("radio", { name: "Kronor per invånare" }).check();
  await expect(page).toHaveURL(/[?&]mode=per-capita(?:&|$)/);
  const stimulus = frame(page, "per invånare");
  await expect(stimulus.locator(".chart-frame__title")).toHaveText(
    loose("Alla 26 kommuner fick 34,64 kr per invånare 2018"),
  );

  await stimulus.getByRole("button", { name: "Visa tabell" }).click();
  await expect(page).toHaveURL(/[?&]tables=stimulans(?:&|$)/);
  const table = stimulus.locator("table.data-table");
  await expect(table).toBeVisible();
  const botkyrka = table.getByRole("row", { name: /Botkyrka/ });
  expect(norm(await botkyrka.textContent())).toContain("34,64 kr");
  expect(await axeViolations(page)).toEqual([]);

  await page.reload();
  await expect(page.locator(".chart-placeholder")).toHaveCount(0);
  const restored = frame(page, "per invånare");
  await expect(restored.locator("table.data-table")).toBeVisible();
  await expect(
    restored.getByRole("radio", { name: "Kronor per invånare" }),
  ).toBeChecked();
  // The other sections still show their charts.
  await expect(
    frame(page, "överenskommelserna").locator("table.data-table"),
  ).toHaveCount(0);

  // Back to kr, table closed.
  await restored.getByRole("button", { name: "Visa diagram" }).click();
  await expect(page).not.toHaveURL(/table=1/);
  await page.getByRole("radio", { name: "Kronor", exact: true }).check();
  await expect(frame(page, "Stockholm fick")).toBeVisible();
});

test("every table open at once, and in English: axe 0 violations", async ({
  page,
}) => {
  await openFunding(page, "&table=1");
  await expect(page.locator("table.data-table")).toHaveCount(5);
  expect(await axeViolations(page)).toEqual([]);
  await page.goto("./?view=funding&lang=en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Funding");
  await expect(page.locator(".chart-placeholder")).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
});
