/**
 * Slides at 1920×1080 (issue 15): on every chart type every text in the slide's chart is at least
 * 24 px on the screen (computed font size × the zoom it is drawn at), and the chart takes the
 * slide's width and height. The speaker notes on screen (N) leave the whole slide visible, their
 * buttons are readable (axe's contrast rule), and the key help names N.
 */
import { expect, test, type Page } from "@playwright/test";

import { axeViolations } from "./helpers";

const STORAGE_KEY = "psykisk-halsa.decks";

// Each test opens the presentation and a view's chart at 1920×1080: slower than most.
test.describe.configure({ timeout: 45_000 });

interface SlideCase {
  readonly name: string;
  readonly query: string;
  /** The ChartFrame export id the slide shows. */
  readonly chart: string;
  /** The drawn chart inside the slide's frame, and how much of the room it must fill. */
  readonly drawn: string;
  readonly fill: { readonly width: number; readonly height: number };
}

const FULL = { width: 0.9, height: 0.8 } as const;
const SLIDES: readonly SlideCase[] = [
  {
    name: "ranked bars (Jämför kommuner)",
    query: "?view=compare&kommuner=0127&mode=per-capita",
    chart: "compare",
    drawn: ".ranking-chart svg",
    fill: FULL,
  },
  {
    name: "trend lines (Trender)",
    query: "?view=trends&kommuner=0180",
    chart: "trends",
    drawn: ".recharts-wrapper",
    fill: FULL,
  },
  {
    name: "scatter (Behov och resurser)",
    query: "?view=needs&kommuner=0127",
    chart: "needs",
    drawn: ".scatter-chart",
    fill: { width: 0.9, height: 0.7 },
  },
  {
    // The county map (Karta's default): the map and its inset as tall as the room, legend beside.
    name: "county map (Karta)",
    query: "?view=map&kommuner=0127",
    chart: "map",
    drawn: ".map-chart--county",
    fill: { width: 0.6, height: 0.8 },
  },
  {
    // Square-ish tiles: the map is as tall as the room, its legend beside it.
    name: "tile map (Karta)",
    query: "?view=map&layout=tiles&kommuner=0127",
    chart: "map",
    drawn: ".tile-map",
    fill: { width: 0.45, height: 0.9 },
  },
  {
    name: "stacked bars (Finansiering, överenskommelserna)",
    query: "?view=funding&kommuner=0127",
    chart: "funding-agreements",
    drawn: ".stacked-chart__img",
    fill: FULL,
  },
  {
    name: "ranked bars (Finansiering, stimulansmedel per kommun)",
    query: "?view=funding&kommuner=0127&mode=per-capita",
    chart: "funding-stimulus",
    drawn: ".ranking-chart svg",
    fill: FULL,
  },
  {
    name: "dumbbells (Finansiering, förväntat och tilldelat)",
    query: "?view=funding&kommuner=0127",
    chart: "funding-expected",
    drawn: ".dumbbell-chart svg:not([width='16'])",
    fill: FULL,
  },
  {
    name: "dumbbells (Finansiering, planerat och redovisat)",
    query: "?view=funding&kommuner=0127",
    chart: "funding-plan-report",
    drawn: ".dumbbell-chart svg:not([width='16'])",
    fill: FULL,
  },
  {
    // Trender with the reference lines: Riket and the kommungrupp median (beräknat).
    name: "trend lines with the kommungrupp median (Trender)",
    query:
      "?view=trends&indicator=kolada-n74811&kommuner=0127&lines=sweden.group",
    chart: "trends",
    drawn: ".recharts-wrapper",
    fill: FULL,
  },
];

/** A deck of every slide case, kept in this browser before the app starts. */
async function storeDeck(page: Page): Promise<void> {
  const deck = {
    format: "psykisk-halsa-presentation",
    schemaVersion: 1,
    id: "slidesizes",
    name: "Bildstorlekar",
    slides: SLIDES.map((s, i) => ({
      id: `slide${String(i)}`,
      query: s.query,
      chart: s.chart,
      versions: [],
      title: `Bild om ${s.name}`,
      notes: `Talarmanus till ${s.name}.`,
    })),
  };
  await page.addInitScript(
    ([key, value]) => {
      if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
    },
    [STORAGE_KEY, JSON.stringify({ version: 1, decks: [deck] })] as const,
  );
}

async function present(page: Page, n: number): Promise<void> {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await storeDeck(page);
  await page.goto("./?view=presentation");
  await page
    .getByRole("button", { name: `Visa från bild ${String(n)}`, exact: true })
    .click();
  await expect(page.locator("dialog.slide-show")).toBeVisible();
}

interface Measured {
  readonly texts: number;
  readonly smallest: { readonly px: number; readonly text: string };
  readonly room: DOMRect;
  readonly drawn: DOMRect;
  readonly source: DOMRect;
  readonly stage: DOMRect;
}

/**
 * Every text drawn in the slide's chart (elements with text of their own that the browser shows),
 * its size on the screen, and the boxes: the room the slide gives the chart (the frame's body),
 * the drawn chart, the source line, the slide.
 */
function measure(page: Page, drawn: string): Promise<Measured> {
  return page.evaluate((drawnSelector) => {
    const frame = document.querySelector(".chart-frame--slide");
    const body = frame?.querySelector(".chart-frame__body");
    const chart = body?.querySelector(drawnSelector);
    const source = frame?.querySelector(".chart-frame__source");
    const stage = document.querySelector(".slide-show__stage");
    if (!body || !chart || !source || !stage) throw new Error("no slide chart");
    let smallest = { px: Infinity, text: "" };
    let texts = 0;
    for (const el of body.querySelectorAll("*")) {
      const own = [...el.childNodes].some(
        (n) => n instanceof Text && n.data.trim() !== "",
      );
      const rect = el.getBoundingClientRect();
      const shown =
        own &&
        rect.width > 1 &&
        rect.height > 1 &&
        el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
      if (!shown) continue;
      texts += 1;
      // SVG text in a viewBox of its own (the county map) is drawn at the SVG's scale.
      const svg = el instanceof SVGElement ? el.ownerSVGElement : null;
      const view = svg?.viewBox.baseVal;
      const scale =
        svg && view && view.width > 0
          ? svg.getBoundingClientRect().width / view.width
          : el.currentCSSZoom;
      const px = Number.parseFloat(getComputedStyle(el).fontSize) * scale;
      if (px < smallest.px) smallest = { px, text: el.innerHTML.slice(0, 60) };
    }
    return {
      texts,
      smallest,
      room: body.getBoundingClientRect().toJSON() as DOMRect,
      drawn: chart.getBoundingClientRect().toJSON() as DOMRect,
      source: source.getBoundingClientRect().toJSON() as DOMRect,
      stage: stage.getBoundingClientRect().toJSON() as DOMRect,
    };
  }, drawn);
}

for (const [i, slide] of SLIDES.entries()) {
  test(`slide of ${slide.name}: text ≥ 24 px, the chart fills the slide`, async ({
    page,
  }) => {
    await present(page, i + 1);
    const chart = page.locator(`.chart-frame--slide ${slide.drawn}`).first();
    await expect(chart).toBeVisible();
    // The slide fits its chart in a few passes after it is drawn: wait for the text size.
    await expect
      .poll(async () => (await measure(page, slide.drawn)).smallest.px, {
        timeout: 10_000,
      })
      .toBeGreaterThanOrEqual(24);
    const m = await measure(page, slide.drawn);
    expect(m.texts, "the chart shows its labels").toBeGreaterThanOrEqual(5);
    // The room: the slide's width, and the height between the headline and the source line.
    expect(m.room.width).toBeGreaterThanOrEqual(0.9 * m.stage.width);
    expect(m.room.height).toBeGreaterThanOrEqual(0.55 * m.stage.height);
    // The chart fills the room and stays inside it (nothing under the source line or off screen).
    expect(m.drawn.width).toBeGreaterThanOrEqual(
      slide.fill.width * m.room.width,
    );
    expect(m.drawn.height).toBeGreaterThanOrEqual(
      slide.fill.height * m.room.height,
    );
    expect(m.drawn.bottom).toBeLessThanOrEqual(m.source.top + 1);
    expect(m.drawn.right).toBeLessThanOrEqual(1920);
    expect(m.source.bottom).toBeLessThanOrEqual(1080);
  });
}

test("the notes on screen (N) leave the slide whole and readable; the key help names N", async ({
  page,
}) => {
  await present(page, 1);
  await expect(page.locator("#slide-show-keys")).toContainText("N: talarmanus");
  await expect(
    page.locator(".chart-frame--slide .ranking-chart svg"),
  ).toBeVisible();
  await page.keyboard.press("n");
  const notes = page.locator(".slide-show__notes");
  await expect(notes).toBeVisible();
  await expect(notes.getByRole("button", { name: "Nästa" })).toBeVisible();
  const panel = await notes.boundingBox();
  const stage = await page.locator(".slide-show__stage").boundingBox();
  const source = await page
    .locator(".chart-frame--slide .chart-frame__source")
    .boundingBox();
  if (!panel || !stage || !source) throw new Error("no boxes");
  // Beside the slide, not over it; the panel takes under a third of the screen.
  expect(stage.x + stage.width).toBeLessThanOrEqual(panel.x + 1);
  expect(panel.width * panel.height).toBeLessThan((1920 * 1080) / 3);
  expect(source.y + source.height).toBeLessThanOrEqual(1080);
  // The notes' buttons have the contrast text needs (axe), like everything in the show.
  expect(await axeViolations(page)).toEqual([]);
  await notes.getByRole("button", { name: "Nästa" }).click();
  await expect(page.locator(".slide-show__number")).toContainText(
    `2 / ${String(SLIDES.length)}`,
  );
});
