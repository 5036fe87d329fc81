/** Jämför kommuner: the first view, highlighting a kommun, and the URL that remembers it. */
import { expect, test } from "@playwright/test";

import {
  axeViolations,
  BOTKYRKA,
  chartRow,
  chartRows,
  chartTitle,
  expectChart,
  kommunCombobox,
  loose,
  norm,
  openCompare,
  pickKommun,
  rowStyle,
  sourceLine,
} from "./helpers";

const HIGHLIGHT = "#b34000";
// Per inhabitant every kommun got the same, so all share the first place.
const SELECTED_TITLE =
  "Botkyrka: 34,64 kr per invånare 2018, samma som alla 26 kommuner";
const PER_CAPITA_TITLE = "Stimulansmedel till kommunen per invånare 2018";

test("opens on Jämför kommuner with the 2018 stimulus funds per inhabitant for all 26 kommuner", async ({
  page,
}) => {
  await openCompare(page);
  await expect(page).toHaveTitle("Psykisk hälsa i Stockholms län");
  await expect(page.locator("html")).toHaveAttribute("lang", "sv");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Jämför kommuner",
  );
  await expect(
    page.getByRole("link", { name: "Jämför kommuner" }),
  ).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("combobox", { name: "Indikator" })).toHaveValue(
    "stimulansmedel",
  );
  // Per inhabitant where the indicator allows: the story is that every kommun got the same.
  await expect(page.getByRole("radio", { name: "Per invånare" })).toBeChecked();
  await expect(chartTitle(page)).toHaveText(PER_CAPITA_TITLE);
  await expect(chartRows(page)).toHaveCount(26);
  expect((await rowStyle(chartRow(page, BOTKYRKA.name))).value).toBe(
    "34,64 kr",
  );
  expect((await rowStyle(chartRow(page, "Stockholm"))).value).toBe("34,64 kr");
  await expect(page.locator(".chart-frame__coverage")).toHaveText(
    "Värde för 26 av 26 kommuner",
  );
  await expect(sourceLine(page)).toContainText(
    "Dataversion stimulansmedel-2018 v1",
  );
  // Nothing is selected yet: the URL stays short.
  expect(new URL(page.url()).search).toBe("?view=compare");
});

test("typing “botk” + Enter highlights Botkyrka, and the URL remembers it", async ({
  page,
}) => {
  await openCompare(page);
  await pickKommun(page, "botk");

  await expect(chartTitle(page)).toHaveText(loose(SELECTED_TITLE));
  expect(norm(await chartTitle(page).textContent())).toBe(SELECTED_TITLE);
  await expect(page).toHaveURL(/[?&]kommuner=0127(?:&|$)/);
  await expect(kommunCombobox(page)).toHaveValue("");
  await expect(
    page.getByRole("button", { name: "Ta bort Botkyrka" }),
  ).toBeVisible();

  const botkyrka = await rowStyle(chartRow(page, BOTKYRKA.name));
  expect(botkyrka).toMatchObject({
    weight: "700",
    fill: HIGHLIGHT,
    bar: HIGHLIGHT,
  });
  const stockholm = await rowStyle(chartRow(page, "Stockholm"));
  expect(stockholm.weight).toBe("400");
  expect(stockholm.fill).not.toBe(HIGHLIGHT);
  expect(stockholm.bar).not.toBe(HIGHLIGHT);
  // Only the one row is highlighted.
  await expect(
    chartRows(page).locator(`rect[fill="${HIGHLIGHT}"]`),
  ).toHaveCount(1);

  // Reload: the selection comes back from the URL.
  await page.reload();
  await expectChart(page);
  await expect(chartTitle(page)).toHaveText(loose(SELECTED_TITLE));
  expect((await rowStyle(chartRow(page, BOTKYRKA.name))).weight).toBe("700");
});

test("back and forward move between the selections", async ({ page }) => {
  await openCompare(page);
  await pickKommun(page, "botk");
  await expect(page).toHaveURL(/kommuner=0127$/);
  await pickKommun(page, "nack");
  await expect(page).toHaveURL(/kommuner=0127,0182$/);
  // Two selected: the title is the indicator again, both rows highlighted.
  await expect(chartTitle(page)).toHaveText(PER_CAPITA_TITLE);
  expect((await rowStyle(chartRow(page, "Nacka"))).weight).toBe("700");

  await page.goBack();
  await expect(page).toHaveURL(/kommuner=0127$/);
  await expect(chartTitle(page)).toHaveText(loose(SELECTED_TITLE));
  expect((await rowStyle(chartRow(page, "Nacka"))).weight).toBe("400");

  await page.goBack();
  expect(new URL(page.url()).search).toBe("?view=compare");
  await expect(chartTitle(page)).toHaveText(PER_CAPITA_TITLE);
  expect((await rowStyle(chartRow(page, BOTKYRKA.name))).weight).toBe("400");

  await page.goForward();
  await expect(page).toHaveURL(/kommuner=0127$/);
  await expect(chartTitle(page)).toHaveText(loose(SELECTED_TITLE));

  // Removing the chip clears the highlight.
  await page.getByRole("button", { name: "Ta bort Botkyrka" }).click();
  expect(new URL(page.url()).search).toBe("?view=compare");
  await expect(chartTitle(page)).toHaveText(PER_CAPITA_TITLE);
});

test("the table view shows exact values and sortable columns", async ({
  page,
}) => {
  // The totals (the view opens per inhabitant).
  await openCompare(page, `?kommuner=${BOTKYRKA.code}&mode=absolute`);
  await page.getByRole("button", { name: "Visa tabell" }).click();
  await expect(page).toHaveURL(/[?&]table=1(?:&|$)/);
  const table = page.locator("table.data-table");
  await expect(table).toBeVisible();
  await expect(
    page.getByRole("button", { name: "Visa diagram" }),
  ).toHaveAttribute("aria-pressed", "true");

  const row = table
    .locator("tbody tr")
    .filter({ has: page.getByRole("rowheader", { name: /Botkyrka/ }) });
  await expect(row).toHaveCount(1);
  await expect(row).toHaveClass(/is-highlighted/);
  const cells = row.locator("td");
  expect(norm(await cells.nth(0).textContent())).toBe("5");
  expect(norm(await cells.nth(1).textContent())).toBe(`${BOTKYRKA.funds} kr`);
  await expect(table.locator("tbody tr")).toHaveCount(26);
  const county = table
    .locator("tfoot tr")
    .filter({ has: page.getByRole("rowheader", { name: "Länet" }) });
  expect(norm(await county.locator("td").nth(1).textContent())).toBe(
    "79 789 498 kr",
  );

  const header = (name: string) =>
    table.locator("thead th").filter({ hasText: name });
  await expect(header("Plats")).toHaveAttribute("aria-sort", "ascending");
  await expect(header("Kommun")).toHaveAttribute("aria-sort", "none");
  await expect(header("Värde")).toHaveAttribute("aria-sort", "none");

  await header("Kommun").getByRole("button").click();
  await expect(header("Kommun")).toHaveAttribute("aria-sort", "ascending");
  await expect(header("Plats")).toHaveAttribute("aria-sort", "none");
  const firstName = async () =>
    norm(
      await table
        .locator("tbody tr")
        .first()
        .getByRole("rowheader")
        .textContent(),
    );
  expect(await firstName()).toBe("Botkyrka (markerad)");

  await header("Kommun").getByRole("button").click();
  await expect(header("Kommun")).toHaveAttribute("aria-sort", "descending");
  expect(await firstName()).toBe("Österåker");

  await header("Värde").getByRole("button").click();
  await expect(header("Värde")).toHaveAttribute("aria-sort", "descending");
  expect(await firstName()).toBe("Stockholm");
  await header("Värde").getByRole("button").click();
  await expect(header("Värde")).toHaveAttribute("aria-sort", "ascending");
  expect(await firstName()).toBe("Nykvarn");

  // Back to the chart; the URL forgets the table.
  await page.getByRole("button", { name: "Visa diagram" }).click();
  await expectChart(page);
  await expect(page).not.toHaveURL(/table=/);
});

test("per-capita mode: 34,64 kr for Botkyrka and the county reference line", async ({
  page,
}) => {
  await openCompare(page, `?kommuner=${BOTKYRKA.code}&mode=absolute`);
  await page.getByRole("radio", { name: "Per invånare" }).check();
  await expect(page).toHaveURL(/[?&]mode=per-capita(?:&|$)/);
  await expect(chartTitle(page)).toHaveText(loose(SELECTED_TITLE));
  await expect(page.locator(".chart-frame__subtitle")).toContainText(
    "kr per invånare, 2018, befolkning 2017 (enligt Bilaga 5:s underlag)",
  );
  expect((await rowStyle(chartRow(page, BOTKYRKA.name))).value).toBe(
    "34,64 kr",
  );
  const reference = page
    .locator(".ranking-chart svg > g[aria-hidden] text")
    .filter({ hasText: /^Länet/ });
  await expect(reference).toHaveCount(1);
  expect(norm(await reference.textContent())).toBe("Länet 34,64 kr");
  await expect(sourceLine(page)).toContainText("befolkning v1");

  // The URL alone restores the mode.
  await page.reload();
  await expectChart(page);
  await expect(page.getByRole("radio", { name: "Per invånare" })).toBeChecked();
  expect((await rowStyle(chartRow(page, BOTKYRKA.name))).value).toBe(
    "34,64 kr",
  );
});

test("a Kolada indicator draws bars and cites Kolada (RKA)", async ({
  page,
}) => {
  await page.goto("./?view=compare&indicator=kolada-n74811");
  await expect(chartRows(page).first()).toBeVisible();
  const rows = await chartRows(page).count();
  expect(rows).toBe(26);
  await expect(page.locator(".notice")).toHaveCount(0);
  await expect(page.getByRole("combobox", { name: "Indikator" })).toHaveValue(
    "kolada-n74811",
  );
  await expect(chartRows(page).locator("rect").first()).toBeVisible();
  const bars = await chartRows(page)
    .locator("rect")
    .evaluateAll(
      (rects) =>
        rects.filter((r) => Number(r.getAttribute("width")) > 0).length,
    );
  expect(bars).toBeGreaterThan(10);
  await expect(sourceLine(page)).toContainText("Kolada (RKA)");
});

test("two sources disagree: said beside the indicator; a year the source does not give is never bare; axe", async ({
  page,
}) => {
  await page.goto("./?view=compare&indicator=ej-behoriga-gymnasiet");
  const note = page.locator(".counterpart-note");
  await expect(note).toContainText(
    "Två källor anger olika värden för samma mått",
  );
  await expect(note).toContainText(/Sigtuna 2017: 19,3\s%\shär, 14,4\s%/);
  expect(await axeViolations(page)).toEqual([]);

  await page.goto("./?view=compare&indicator=barn-ekonomiskt-utsatta");
  await expect(chartTitle(page)).toContainText(
    "(år anges inte i källan, publicerad 2017)",
  );
  await expect(chartTitle(page)).not.toHaveText(/2017$/);
});
