/**
 * Kommunrapport: one click from the Kommunprofil; on screen no table spills out of the report
 * column (Swedish and English); printed to PDF in Chromium (A4) every table cell and chart lies
 * inside the page box, Botkyrka's report has at most 8 pages, each with the kommun's name and
 * "sida N av M" (read back with poppler's pdftotext, which .ci/run installs), and no axe violations.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { expect, test, type Page } from "@playwright/test";

import { axeViolations, BOTKYRKA, latest } from "./helpers";

/** A4 is 210 mm wide; print.css's @page leaves 13 mm each side: the page box is 184 mm. */
const A4_CONTENT_PX = Math.floor((184 / 25.4) * 96);
const MAX_PAGES = 8;

async function openReport(page: Page, query = ""): Promise<void> {
  await page.goto(`./?view=report&kommuner=${BOTKYRKA.code}${query}`);
  await expect(page.locator(".report__sources li").first()).toBeVisible({
    timeout: 15_000,
  });
}

/** Cells and drawings whose box reaches past `right` (or left of 0), with their text. */
async function outside(page: Page, right: number): Promise<string[]> {
  return page
    .locator("article.report :is(th, td, .spine-row__drawing)")
    .evaluateAll(
      (nodes, limit) =>
        nodes.flatMap((n) => {
          const box = n.getBoundingClientRect();
          return box.right > limit + 0.5 || box.left < -0.5
            ? [
                `${n.textContent.slice(0, 40)} ${String(box.left)}–${String(box.right)}`,
              ]
            : [];
        }),
      right,
    );
}

function pdfText(pdf: Buffer): string[] {
  const file = join(mkdtempSync(join(tmpdir(), "report-")), "report.pdf");
  writeFileSync(file, pdf);
  // pdftotext separates pages with a form feed.
  return execFileSync("pdftotext", ["-layout", file, "-"], {
    encoding: "utf8",
  })
    .split("\f")
    .filter((p) => p.trim() !== "");
}

test.describe.configure({ timeout: 90_000 });

test("the Kommunprofil leads to the Kommunrapport; its tables stay inside the column in both languages", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(`./?view=profile&kommuner=${BOTKYRKA.code}`);
  await page
    .getByRole("link", { name: "Kommunrapport för utskrift (PDF)" })
    .click();
  await expect(page).toHaveURL(/view=report/);
  await expect(page).toHaveURL(new RegExp(`kommuner=${BOTKYRKA.code}`));
  const report = page.locator("article.report");
  await expect(
    report.getByRole("heading", { level: 1, name: "Kommunrapport: Botkyrka" }),
  ).toBeVisible({ timeout: 15_000 });
  await expect(report.locator(".report__sources li").first()).toBeVisible();
  await expect(report.locator(".report__sources")).toContainText(
    `kolada-psykisk-ohalsa v${latest("kolada-psykisk-ohalsa").version}`,
  );
  await expect(
    report.locator(".chart-frame__actions").filter({ visible: true }),
  ).toHaveCount(0);

  for (const query of ["", "&lang=en"]) {
    if (query !== "") await openReport(page, query);
    const column = await report.evaluate(
      (el) => el.getBoundingClientRect().right,
    );
    expect(await report.locator("table").count()).toBeGreaterThanOrEqual(3);
    expect(await outside(page, column), `spills out (${query})`).toEqual([]);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth),
    ).toBeLessThanOrEqual(1366);
  }
  expect(await axeViolations(page)).toEqual([]);
});

test("printed on A4 nothing is cut, Botkyrka fits 8 pages, each named and numbered", async ({
  page,
}) => {
  // The page box of A4 with print.css's margins, under print media.
  await page.setViewportSize({ width: A4_CONTENT_PX, height: 1000 });
  await openReport(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".site-header")).toBeHidden();
  await expect(page.locator(".report__toolbar")).toBeHidden();
  await expect(
    page.locator("article.report button").filter({ visible: true }),
  ).toHaveCount(0);
  expect(await page.locator("article.report td").count()).toBeGreaterThan(50);
  expect(await outside(page, A4_CONTENT_PX)).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);

  const pdf = await page.pdf({ format: "A4", printBackground: true });
  const pages = pdfText(pdf);
  const objects = pdf.toString("latin1").match(/\/Type\s*\/Page\b/g) ?? [];
  expect(objects.length).toBe(pages.length);
  console.log(
    `Kommunrapport ${BOTKYRKA.code}: ${String(pages.length)} A4 pages`,
  );
  expect(pages.length).toBeGreaterThanOrEqual(4);
  expect(pages.length).toBeLessThanOrEqual(MAX_PAGES);
  pages.forEach((text, i) => {
    expect(text, `page ${String(i + 1)}`).toContain("Kommunrapport: Botkyrka");
    expect(text, `page ${String(i + 1)}`).toContain(
      `sida ${String(i + 1)} av ${String(pages.length)}`,
    );
    // No blank page: more than the running head and the page number.
    expect(text.trim().split("\n").length).toBeGreaterThan(10);
  });
  expect(pages[0]).toContain("Botkyrka i korthet");
  expect(pages[0]).toContain("Störst skillnad mot länet");
  expect(pages.join("\n")).not.toMatch(/SHA-256|seed \d/);
});
