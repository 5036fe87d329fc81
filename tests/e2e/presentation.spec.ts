/**
 * Presentation mode: a deck built from two views, reordered, presented with the keyboard (large
 * type, slide number, black screen), saved to a file and opened again, shared as a link that
 * reproduces the same charts with the same dataset versions; broken files and links get a clear
 * message; axe finds nothing in the editor or the slide show.
 */
import { readFile } from "node:fs/promises";

import { expect, test, type Page } from "@playwright/test";

import { axeViolations, BOTKYRKA, latest, openCompare } from "./helpers";

const dialog = (page: Page) => page.locator("dialog.slide-show");
const number = (page: Page) => page.locator(".slide-show__number");

async function addSlide(page: Page): Promise<void> {
  await page
    .getByRole("button", { name: "Lägg till i presentation" })
    .first()
    .click();
  await expect(page.getByText(/Tillagd som bild \d+ i/)).toBeVisible();
}

/** Compare (Botkyrka) and Trender (Stockholm): two slides, in that order. */
async function buildDeck(page: Page): Promise<void> {
  await openCompare(page, `?kommuner=${BOTKYRKA.code}`);
  await addSlide(page);
  await page.goto("./?view=trends&kommuner=0180");
  await expect(page.locator(".recharts-surface")).toBeVisible();
  await addSlide(page);
  await page.goto("./?view=presentation");
  await expect(page.getByRole("heading", { name: "Bilder (2)" })).toBeVisible();
}

const slideTitles = (page: Page) =>
  page.locator(".deck-slide__label").allTextContents();

test("build, reorder, present with the keyboard, leave", async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await buildDeck(page);
  const [first = "", second = ""] = await slideTitles(page);
  expect(first).toMatch(/^Bild 1: Botkyrka/);
  expect(second).toMatch(/^Bild 2: .*sjukfall/i);
  expect(await axeViolations(page)).toEqual([]);

  await page
    .getByRole("group", { name: "Bild 1" })
    .getByRole("button", { name: "Flytta ned" })
    .click();
  expect((await slideTitles(page))[0]).toMatch(/^Bild 1: .*sjukfall/i);
  await page
    .getByLabel("Talarmanus", { exact: true })
    .first()
    .fill("Peka på Stockholm.");

  await page.getByRole("button", { name: "Visa presentationen" }).click();
  await expect(dialog(page)).toBeVisible();
  await expect(number(page)).toHaveText(/1 \/ 2/);
  await expect(
    page.locator(".chart-frame--slide .recharts-surface"),
  ).toBeVisible();
  // Nothing interactive on a slide: no export menu, no table toggle, no filters.
  await expect(
    dialog(page)
      .locator("button, select, input, details")
      .filter({ visible: true }),
  ).toHaveCount(0);
  // Body text at least 24 px on a 1920×1080 screen: font size × the stage's scale.
  const screenPx = (selector: string) =>
    page.locator(selector).evaluate((el: HTMLElement) => {
      const scale = el.getBoundingClientRect().width / el.offsetWidth;
      return parseFloat(getComputedStyle(el).fontSize) * scale;
    });
  const subtitle = await screenPx(".chart-frame--slide .chart-frame__subtitle");
  expect(subtitle).toBeGreaterThanOrEqual(24);
  expect(await axeViolations(page)).toEqual([]);

  await page.keyboard.press("ArrowRight");
  await expect(number(page)).toHaveText(/2 \/ 2/);
  await expect(
    page.locator(".chart-frame--slide .ranking-chart svg"),
  ).toBeVisible();
  // The 26 ranked bars need the full height; the text still reaches 24 px.
  await expect
    .poll(() => screenPx(".chart-frame--slide .chart-frame__subtitle"))
    .toBeGreaterThanOrEqual(24);
  await page.keyboard.press("ArrowRight"); // stays on the last slide
  await expect(number(page)).toHaveText(/2 \/ 2/);
  await page.keyboard.press("Home");
  await expect(number(page)).toHaveText(/1 \/ 2/);
  await page.keyboard.press("End");
  await expect(number(page)).toHaveText(/2 \/ 2/);
  await page.keyboard.press("PageUp");
  await expect(number(page)).toHaveText(/1 \/ 2/);
  await page.keyboard.press("PageDown");
  await expect(number(page)).toHaveText(/2 \/ 2/);
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("Space");
  await expect(number(page)).toHaveText(/2 \/ 2/);
  await page.keyboard.press("1");
  await page.keyboard.press("Enter");
  await expect(number(page)).toHaveText(/1 \/ 2/);

  await page.keyboard.press("b");
  await expect(page.locator(".slide-show__black")).toBeVisible();
  await page.keyboard.press("b");
  await expect(page.locator(".slide-show__black")).toHaveCount(0);

  await page.keyboard.press("Escape");
  await expect(dialog(page)).toHaveCount(0);
  await expect(
    page.getByRole("heading", { name: "Presentation" }),
  ).toBeVisible();
});

test("speaker notes in a second window follow the slides", async ({ page }) => {
  await buildDeck(page);
  await page
    .getByLabel("Talarmanus", { exact: true })
    .nth(1)
    .fill("Trenden: Stockholm över länet.");
  const [notes] = await Promise.all([
    page.waitForEvent("popup"),
    page.getByRole("button", { name: /talarmanus i eget fönster/ }).click(),
  ]);
  await expect(notes.locator(".notes-panel__position")).toContainText(
    "Bild 1 av 2",
  );
  await page.keyboard.press("ArrowRight");
  await expect(notes.locator(".notes-panel__position")).toContainText(
    "Bild 2 av 2",
  );
  await expect(notes.locator(".notes-panel__notes")).toHaveText(
    "Trenden: Stockholm över länet.",
  );
  // The notes window's own buttons move the show too.
  await notes.getByRole("button", { name: "Föregående" }).click();
  await expect(number(page)).toHaveText(/1 \/ 2/);
});

test("a deck saved as a file opens again, a broken file gets a clear message", async ({
  page,
}) => {
  await buildDeck(page);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Spara som fil" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.presentation\.json$/);
  const path = await download.path();
  const deck = JSON.parse(await readFile(path, "utf8")) as {
    format: string;
    slides: {
      query: string;
      chart: string;
      versions: { id: string; version: number }[];
    }[];
  };
  expect(deck.format).toBe("psykisk-halsa-presentation");
  expect(deck.slides.map((s) => s.chart)).toEqual(["compare", "trends"]);
  expect(deck.slides[0]?.query).toContain(`kommuner=${BOTKYRKA.code}`);
  expect(deck.slides[0]?.versions).toContainEqual({
    id: "stimulansmedel-2018",
    version: 1,
  });
  expect(deck.slides[1]?.versions).toContainEqual({
    id: "kolada-psykisk-ohalsa",
    version: latest("kolada-psykisk-ohalsa").version,
  });

  const before = await slideTitles(page);
  await page.getByRole("button", { name: "Ta bort presentationen" }).click();
  await page.getByRole("button", { name: /^Ja, ta bort/ }).click();
  await expect(
    page.getByText("Du har inga sparade presentationer."),
  ).toBeVisible();

  const input = page.locator('input[type="file"]');
  await input.setInputFiles(path);
  await expect(page.getByText(/är öppnad/)).toBeVisible();
  expect(await slideTitles(page)).toEqual(before);

  await input.setInputFiles({
    name: "trasig.json",
    mimeType: "application/json",
    buffer: Buffer.from(
      '{\n  "format": "psykisk-halsa-presentation",\n  oops\n}',
    ),
  });
  await expect(page.getByRole("alert")).toContainText(
    // The file's name is outside text: isolated (FSI … PDI), so it cannot reorder the sentence.
    "Filen \u2068trasig.json\u2069 kunde inte öppnas. Filen är inte giltig JSON: rad 3, kolumn",
  );
  await input.setInputFiles({
    name: "fel.json",
    mimeType: "application/json",
    buffer: Buffer.from(
      JSON.stringify(
        {
          ...deck,
          slides: [{ ...deck.slides[0], query: "javascript:alert(1)" }],
        },
        null,
        2,
      ),
    ),
  });
  await expect(page.getByRole("alert")).toContainText("Fältet slides.0.query");
});

test("a shared link reproduces the same charts with the same versions", async ({
  page,
  context,
  browser,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await buildDeck(page);
  await page.getByRole("button", { name: "Kopiera delningslänk" }).click();
  await expect(page.getByText("Delningslänken är kopierad.")).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\?view=presentation#deck=[A-Za-z0-9_-]+$/);

  // Somebody else, with nothing stored, opens the link.
  const other = await browser.newContext();
  const visitor = await other.newPage();
  await visitor.goto(link);
  await expect(
    visitor.getByRole("heading", {
      name: /Delad presentation: .* \(2 bilder\)/,
    }),
  ).toBeVisible();
  await visitor
    .getByRole("button", { name: "Visa presentationen" })
    .first()
    .click();
  await expect(
    visitor.locator(".chart-frame--slide .ranking-chart svg"),
  ).toBeVisible();
  await expect(
    visitor.locator(".chart-frame--slide .chart-frame__source"),
  ).toContainText("Dataversion stimulansmedel-2018 v1");
  await expect(
    visitor.locator(".chart-frame--slide .ranking-chart__row"),
  ).toHaveCount(26);
  await visitor.keyboard.press("ArrowRight");
  await expect(
    visitor.locator(".chart-frame--slide .chart-frame__source"),
  ).toContainText("kolada-psykisk-ohalsa v2");
  await visitor.keyboard.press("Escape");
  await visitor
    .getByRole("button", { name: "Spara i mina presentationer" })
    .click();
  await expect(
    visitor.getByText("Sparad bland dina presentationer."),
  ).toBeVisible();
  await expect(visitor.locator(".deck-slide")).toHaveCount(2);
  await other.close();
});

test("a broken link says so and the page still works", async ({ page }) => {
  await page.goto("./?view=presentation#deck=bm90LWEtZGVjaw");
  await expect(page.getByRole("alert")).toContainText(
    "Presentationen i länken kunde inte öppnas.",
  );
  await expect(
    page.getByText("Du har inga sparade presentationer."),
  ).toBeVisible();
});

test("a damaged deck in storage is reported and can be removed", async ({
  page,
}) => {
  await page.goto("./?view=presentation");
  await page.evaluate(() => {
    localStorage.setItem(
      "psykisk-halsa.decks",
      JSON.stringify({
        version: 1,
        decks: [{ format: "psykisk-halsa-presentation" }],
      }),
    );
  });
  await page.reload();
  await expect(page.getByRole("alert")).toContainText("är skadad");
  await page.getByRole("button", { name: "Ta bort det skadade" }).click();
  await expect(page.getByRole("alert")).toHaveCount(0);
});
