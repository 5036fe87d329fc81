/**
 * Trender's reference lines: Riket (Kolada's value, on by default) and the kommungrupp median
 * (derived from the KPI's national dataset, loaded only when asked for). Each state passes axe;
 * the table marks the median and the CSV carries it as derived.
 */
import { expect, test, type Page } from "@playwright/test";
import Papa from "papaparse";

import { downloadText, exportFile } from "./export-files";
import { axeViolations, norm } from "./helpers";

const BASE = "./?view=trends&indicator=kolada-n74811&kommuner=0127";
const refs = (page: Page) =>
  page.getByRole("group", { name: "Referenslinjer" });
const endLabels = (page: Page) => page.locator(".trend-chart__labels text");

/** The national files the page has asked for so far. */
function nationalRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (r) => {
    if (/kolada-sverige-|kommungrupper-2017/.test(r.url())) urls.push(r.url());
  });
  return urls;
}

test("the median of Botkyrka's kommungrupp: loaded on demand, drawn, summarised, in the table and CSV; Riket off; axe", async ({
  page,
}) => {
  // Several states, each checked with axe: more than the default 20 s on a loaded machine.
  test.setTimeout(60_000);
  const national = nationalRequests(page);
  await page.goto(BASE);
  await expect(endLabels(page)).toHaveCount(3);
  await expect(
    refs(page).getByRole("checkbox", { name: "Riket" }),
  ).toBeChecked();
  expect(national).toEqual([]);

  await refs(page)
    .getByRole("checkbox", { name: "Kommungruppens median (beräknat)" })
    .check();
  await expect(page).toHaveURL(/lines=sweden\.group/);
  await expect(
    endLabels(page).filter({ hasText: "Median A2 (beräknat)" }),
  ).toHaveCount(1);
  expect(national.some((u) => u.includes("kolada-sverige-n74811"))).toBe(true);
  const frame = page.locator(".chart-frame").first();
  await expect(frame.locator(".chart-frame__summary")).toContainText(
    "Medianen i kommungrupp A2 (Pendlingskommun nära storstad) var 49,6",
  );
  await expect(frame).toContainText(
    "medianen av de 43 kommunerna i landet i kommungrupp 2017 A2",
  );
  expect(await axeViolations(page)).toEqual([]);

  await refs(page).getByRole("checkbox", { name: "Riket" }).uncheck();
  await expect(page).toHaveURL(/lines=group(&|$)/);
  await expect(endLabels(page).filter({ hasText: "Riket" })).toHaveCount(0);
  await page.reload();
  await expect(
    endLabels(page).filter({ hasText: "Median A2 (beräknat)" }),
  ).toHaveCount(1);

  await page.getByRole("button", { name: "Visa tabell" }).click();
  const table = page.locator("table.trends-table");
  await expect(table).toBeVisible();
  const headings = (await table.locator("thead th").allTextContents()).map(
    norm,
  );
  const median = headings.indexOf("Median A2 (beräknat)");
  expect(median).toBeGreaterThan(0);
  await expect(
    table
      .locator("tbody tr", { hasText: /^2022/ })
      .locator("td")
      .nth(median - 1),
  ).toHaveText(/^49,6\s%$/);
  await expect(page.locator(".table-note")).toContainText(
    "Kolumnerna Median är beräknade",
  );
  expect(await axeViolations(page)).toEqual([]);

  const csv = await downloadText(await exportFile(page, "csv-plain", 0));
  const rows = Papa.parse<Record<string, string>>(csv, {
    header: true,
    skipEmptyLines: true,
  }).data;
  const row = rows.find(
    (r) => r.area_name === "Median A2 (beräknat)" && r.period === "2022",
  );
  expect(row).toMatchObject({ value: "49.6", status: "derived" });
});

test("no kommun selected: the median is disabled and the hint says why; axe", async ({
  page,
}) => {
  const national = nationalRequests(page);
  await page.goto("./?view=trends&indicator=kolada-n74811&lines=sweden.group");
  const box = refs(page).getByRole("checkbox", {
    name: "Kommungruppens median (beräknat)",
  });
  await expect(box).toBeDisabled();
  await expect(refs(page)).toContainText(
    "Markera en kommun för att se medianen för dess kommungrupp.",
  );
  await expect(page.locator(".trend-chart svg.recharts-surface")).toBeVisible();
  expect(national).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
});

test("kommuner in two kommungrupper: one median and one note per group, how it is computed said once", async ({
  page,
}) => {
  test.setTimeout(60_000);
  // Botkyrka (A2, pendlingskommun nära storstad) and Stockholm (A1, storstad).
  await page.goto(
    "./?view=trends&indicator=kolada-n74811&kommuner=0127,0180&lines=group",
  );
  await expect(
    page.locator(".trend-chart__labels text", { hasText: /^Median A\d/ }),
  ).toHaveCount(2);
  await expect(
    page.locator(".trends-note--median", { hasText: /^Median A\d/ }),
  ).toHaveCount(2);
  await expect(page.getByText(/^Medianen räknas av appen/)).toHaveCount(1);
});
