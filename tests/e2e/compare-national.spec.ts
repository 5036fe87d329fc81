/**
 * Jämför kommuner's "Jämför med": the county (default), similar municipalities in Sweden (the
 * selected kommun's kommungrupp 2017) and all municipalities in Sweden; unavailable where the
 * indicator has no national data. Each state passes axe; the CSV carries the reference.
 */
import { expect, test } from "@playwright/test";
import Papa from "papaparse";

import { downloadText, exportFile } from "./export-files";
import { axeViolations } from "./helpers";

const BASE = "?view=compare&indicator=kolada-n74811&kommuner=0127";
const control = (page: import("@playwright/test").Page) =>
  page.getByRole("group", { name: "Jämför med" });

test("liknande kommuner: Botkyrka's kommungrupp 2017, its median and range in words; CSV with the reference; axe", async ({
  page,
}) => {
  await page.goto(`/${BASE}&ref=group`);
  await expect(
    control(page).getByRole("radio", { name: "Liknande kommuner i landet" }),
  ).toBeChecked();
  const frame = page.locator(".chart-frame", {
    has: page.locator(".national-strip"),
  });
  await expect(frame.getByRole("heading", { level: 2 })).toHaveText(
    "Botkyrka bland liknande kommuner i landet",
  );
  await expect(frame).toContainText("Pendlingskommun nära storstad (A2)");
  await expect(frame).toContainText(
    "43 kommuner i landet, varav 43 har värde. Gruppens median är 49,6 % och värdena går från 39,9 % till 58,1 % (beräknat).",
  );
  await expect(frame).toContainText("Botkyrka har 42,0 %, under medianen.");
  expect(await axeViolations(page)).toEqual([]);

  const csv = await downloadText(await exportFile(page, "csv-plain", 0));
  const rows = Papa.parse<Record<string, string>>(csv, {
    header: true,
    skipEmptyLines: true,
  }).data;
  expect(rows.filter((r) => (r.area_code ?? "").length === 4)).toHaveLength(43);
  const median = rows.find((r) => (r.area_name ?? "").startsWith("Median"));
  expect(median).toMatchObject({ value: "49.6", status: "derived" });
});

test("alla kommuner i landet: the 26 placed among 290, Botkyrka named; axe; English says municipalities", async ({
  page,
}) => {
  await page.goto(`/${BASE}`);
  await control(page)
    .getByRole("radio", { name: "Alla kommuner i landet" })
    .check();
  await expect(page).toHaveURL(/ref=sweden/);
  const strip = page.locator(".national-strip");
  await expect(strip.locator("circle")).toHaveCount(290);
  await expect(strip).toContainText("Botkyrka: 42,0 %");
  const frame = page.locator(".chart-frame", { has: strip });
  await expect(frame).toContainText("290 av 290 kommuner i landet har värde");
  await expect(frame).toContainText(
    "47 kommuner har ett lägre och 242 ett högre värde.",
  );
  expect(await axeViolations(page)).toEqual([]);

  await page.goto(`/${BASE}&ref=sweden&lang=en`);
  const en = page.locator(".chart-frame", {
    has: page.locator(".national-strip"),
  });
  await expect(en.getByRole("heading", { level: 2 })).toHaveText(
    "Botkyrka among all municipalities in Sweden",
  );
  await expect(en).not.toContainText(/kommun/i);
});

test("unavailable without national data: the control says why and the county chart stays; axe", async ({
  page,
}) => {
  await page.goto("/?view=compare&indicator=stimulansmedel&ref=sweden");
  const group = control(page);
  await expect(
    group.getByRole("radio", { name: "Länets kommuner" }),
  ).toBeChecked();
  await expect(
    group.getByRole("radio", { name: "Alla kommuner i landet" }),
  ).toBeDisabled();
  await expect(
    page.getByText(
      /finns inga värden för landets kommuner \(ur Kolada eller en importerad fil\)/,
    ),
  ).toBeVisible();
  await expect(page.locator(".national-strip")).toHaveCount(0);
  await expect(page.locator(".ranking-chart svg")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test("liknande kommuner needs a selected kommun: the control says so", async ({
  page,
}) => {
  await page.goto("/?view=compare&indicator=kolada-n74811&ref=group");
  await expect(
    control(page).getByRole("radio", { name: "Liknande kommuner i landet" }),
  ).toBeDisabled();
  await expect(
    page.getByText(/Markera en kommun för att jämföra den/),
  ).toBeVisible();
});
