/**
 * Karta: the county map by default (inset for the inner kommuner), the tile map as an option in
 * the URL, the colour scale, one keyboard route for both, the Kommunprofil on Enter; axe on each.
 */
import { expect, test, type Page } from "@playwright/test";

import { axeViolations, norm } from "./helpers";

// Several axe runs per test (each state of the map).
test.describe.configure({ timeout: 60_000 });

const points = (page: Page) => page.locator(".county-map [data-chart-point]");
const point = (page: Page, code: string) =>
  page.locator(`.county-map [data-chart-point="${code}"]`);
const tiles = (page: Page) => page.locator(".tile-map__tile");
const tile = (page: Page, code: string) =>
  page.locator(`.tile-map__tile[data-code="${code}"]`);

async function openMap(page: Page, query: string): Promise<void> {
  await page.goto(`./${query}`);
  await expect(points(page)).toHaveCount(26);
}

test("opens on the county map: the worst kommuner darkest and named, the inner ones readable in the inset", async ({
  page,
}) => {
  await openMap(page, "?view=map&indicator=kolada-n66077&kommuner=0127");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Karta");
  await expect(page.locator(".chart-frame__title")).toHaveText(
    "Barn 0–19 år med låg ekonomisk standard 2022",
  );
  await expect(page.locator(".chart-frame__coverage")).toHaveText(
    "Värde för 26 av 26 kommuner",
  );
  await expect(page.locator(".chart-frame__source")).toContainText(
    "Dataversion kolada-behov v1",
  );
  expect(norm(await point(page, "0127").getAttribute("aria-label"))).toBe(
    "Botkyrka: 22,0 %, 22,0 % (grupp 5 av 5, sämst), markerad",
  );
  // Botkyrka, Sigtuna, Södertälje: named with their value on the map, in the darkest colour.
  for (const [code, name] of [
    ["0127", "Botkyrka"],
    ["0191", "Sigtuna"],
    ["0181", "Södertälje"],
  ] as const) {
    const label = page.locator(`.county-map [data-label="${code}"]`);
    await expect(label).toBeVisible();
    expect(norm(await label.textContent())).toBe(`${name}22,0 %`);
  }
  // Solna and Sundbyberg: labelled in the inset, at a readable size on the screen.
  const solna = page.locator(`.county-map--inset [data-label="0184"] text`);
  await expect(solna).toBeVisible();
  const solnaHeight = (await solna.boundingBox())?.height ?? 0;
  expect(solnaHeight).toBeGreaterThanOrEqual(24); // two lines of ≥ 12 px
  await expect(
    page.locator(`.county-map--inset [data-label="0183"] line`),
  ).toBeVisible();
  // The view's state fits on one screen's width: the map and its inset side by side.
  const main = await page.locator(".county-map--main").boundingBox();
  const inset = await page.locator(".county-map--inset").boundingBox();
  expect((inset?.x ?? 0) > (main?.x ?? 0) + (main?.width ?? 0) - 1).toBe(true);
  expect(await axeViolations(page)).toEqual([]);
});

test("the tile map is an option in the URL; reload keeps it; the scale switch works on both", async ({
  page,
}) => {
  await openMap(page, "?view=map&kommuner=0127");
  await page.getByRole("radio", { name: "Rutor" }).check();
  await expect(page).toHaveURL(/layout=tiles/);
  await expect(tiles(page)).toHaveCount(26);
  expect(norm(await tile(page, "0127").getAttribute("aria-label"))).toBe(
    "Botkyrka: 22,0 %, 22,0 % (grupp 5 av 5, sämst), markerad",
  );
  // Names are never hyphenated inside a tile.
  const hyphens = await tiles(page).evaluateAll((els) =>
    els.map((el) => getComputedStyle(el).hyphens),
  );
  expect(new Set(hyphens)).toEqual(new Set(["none"]));
  expect(
    (await tiles(page).allTextContents()).some((t) => t.includes("\u00ad")),
  ).toBe(false);
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole("radio", { name: "Jämfört med länet" }).check();
  await expect(page).toHaveURL(/scale=diverging/);
  await page.reload();
  await expect(tiles(page)).toHaveCount(26);
  await expect(tile(page, "0127")).toHaveAttribute(
    "aria-label",
    /mycket högre än länet \(sämre\)/,
  );
  await page.getByRole("radio", { name: "Karta" }).check();
  await expect(points(page)).toHaveCount(26);
  await expect(page).not.toHaveURL(/layout=/);
  await expect(point(page, "0127")).toHaveAttribute(
    "aria-label",
    /mycket högre än länet \(sämre\)/,
  );
  expect(await axeViolations(page)).toEqual([]);
});

for (const layout of ["map", "tiles"] as const) {
  test(`${layout}: one tab stop, arrow keys move the same way, Enter opens the Kommunprofil; back returns`, async ({
    page,
  }) => {
    const query = `?view=map&kommuner=0180${layout === "tiles" ? "&layout=tiles" : ""}`;
    await page.goto(`./${query}`);
    const at = (code: string) => page.locator(`[data-chart-point="${code}"]`);
    await expect(at("0180")).toHaveAttribute("tabindex", "0");
    await at("0180").focus();
    await page.keyboard.press("ArrowRight");
    await expect(at("0182")).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/view=profile/);
    expect(new URL(page.url()).searchParams.get("kommuner")).toBe("0182,0180");
    await page.goBack();
    await expect(page.locator("[data-chart-point]")).toHaveCount(26);
  });
}

test("missing values are hatched and say saknas; the table; axe on the map and the table", async ({
  page,
}) => {
  await openMap(page, "?view=map&indicator=barn-ekonomiskt-utsatta");
  await expect(page.locator(".county-map__kommun--missing")).toHaveCount(22);
  await expect(page.locator(`.county-map [data-label="0188"]`)).toContainText(
    "saknas",
  );
  await expect(page.getByText("Kommuner utan värde (22)")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Visa tabell" }).click();
  await expect(page.locator("table.data-table")).toBeVisible();
  await expect(page).toHaveURL(/table=1/);
  await page.reload();
  await expect(page.locator("table.data-table")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test("phone: the county map fits the screen and the worst kommuner keep their names", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openMap(page, "?view=map");
  for (const code of ["0127", "0191", "0181"])
    await expect(
      page.locator(`.county-map [data-label="${code}"]`),
    ).toBeVisible();
  const sizes = await page
    .locator(".county-map text")
    .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
  // Every label line at least 12 px on screen (a two-line label at least 24 px).
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  expect(await axeViolations(page)).toEqual([]);
});

test("English, per inhabitant, diverging: axe reports no violations", async ({
  page,
}) => {
  await openMap(
    page,
    "?view=map&indicator=stimulansmedel&mode=per-capita&scale=diverging&lang=en",
  );
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Map");
  await expect(
    page.getByText("The inner municipalities, enlarged"),
  ).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test("as a presentation slide the county map, its inset and legend fit the screen, labels ≥ 20 px", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openMap(page, "?view=map&kommuner=0127");
  await page
    .getByRole("button", { name: "Lägg till i presentation" })
    .first()
    .click();
  await expect(page.getByText(/Tillagd som bild \d+ i/)).toBeVisible();
  await page.goto("./?view=presentation");
  await page.getByRole("button", { name: "Visa presentationen" }).click();
  const slide = page.locator("dialog.slide-show .chart-frame--slide");
  await expect(slide.locator(".county-map [data-chart-point]")).toHaveCount(26);
  for (const part of [
    ".county-map--main",
    ".county-map--inset",
    ".map-legend",
  ]) {
    const box = await slide.locator(part).boundingBox();
    expect(box, part).not.toBeNull();
    expect((box?.y ?? 0) + (box?.height ?? 0), part).toBeLessThanOrEqual(1080);
    expect((box?.x ?? 0) + (box?.width ?? 0), part).toBeLessThanOrEqual(1920);
  }
  // The county map is drawn large, not squeezed into a corner of the slide.
  const main = await slide.locator(".county-map--main").boundingBox();
  expect(main?.height ?? 0).toBeGreaterThan(600);
  const lines = await slide
    .locator(".county-map [data-label] tspan")
    .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
  expect(Math.min(...lines)).toBeGreaterThanOrEqual(20);
  await expect(slide.locator(".county-map [data-label='0127']")).toBeVisible();
});
