/**
 * A keyboard-only journey through Jämför kommuner: choose an indicator, choose a kommun, Tab to
 * the chart, arrow to a kommun and read what it announces, check that against the table (opened
 * with T), and download the chart's CSV — no mouse anywhere. Plus the other keyboard charts: one
 * tab stop each, arrows between their points, a visible focus mark.
 */
import { readFile } from "node:fs/promises";

import { expect, test, type Locator, type Page } from "@playwright/test";

import { norm } from "./helpers";

/** The element that has focus. */
const focused = (page: Page): Locator => page.locator(":focus");

/** Presses Tab (or Shift+Tab) until `target` has focus; fails after `max` presses. */
async function tabTo(
  page: Page,
  target: Locator,
  { back = false, max = 60 } = {},
): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** Accessible name of the focused element (what a screen reader announces). */
async function announced(page: Page): Promise<string> {
  return norm(
    await focused(page).evaluate((el) => {
      const ids = el.getAttribute("aria-labelledby");
      if (ids)
        return ids
          .split(" ")
          .map((id) => document.getElementById(id)?.textContent ?? "")
          .join(" ");
      return el.getAttribute("aria-label") ?? el.textContent;
    }),
  );
}

test("keyboard only: indicator, kommun, a value from the chart, the table, the download", async ({
  page,
}) => {
  await page.goto("./?view=compare");
  await expect(page.locator(".ranking-chart svg")).toBeVisible();
  await page.locator("body").focus();

  // 1. The indicator: Tab to the field, choose by typing the start of its name.
  const indicator = page.getByRole("combobox", { name: "Indikator" });
  await tabTo(page, indicator);
  await page.keyboard.type("Barn 0");
  await expect(indicator).toHaveValue("kolada-n66077");
  await expect(page).toHaveURL(/indicator=kolada-n66077/);
  await expect(page.locator(".chart-frame__title")).toHaveText(
    /Barn 0–19 år med låg ekonomisk standard/,
  );

  // 2. A kommun in the kommun picker.
  const picker = page.getByRole("combobox", { name: "Markera kommuner" });
  await tabTo(page, picker);
  await page.keyboard.type("Botk");
  await expect(picker).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/kommuner=0127/);

  // 3. Tab to the chart: one tab stop, on the highlighted kommun, inside a named, described group.
  const chart = page.locator(".ranking-chart [role='group']");
  await expect(chart).toHaveAccessibleName(/^Botkyrka: 22,0\s%/);
  await expect(chart).toHaveAccessibleDescription(
    /Högst är .*T visar tabellen med samma siffror\.$/,
  );
  const points = chart.locator("[data-chart-point]");
  await expect(points).toHaveCount(26);
  await expect(chart.locator("[data-chart-point][tabindex='0']")).toHaveCount(
    1,
  );
  await tabTo(page, chart.locator("[data-chart-point][tabindex='0']"));
  expect(await announced(page)).toMatch(
    /^Botkyrka: 22,0 %, plats \d+ av 26, markerad$/,
  );
  // The focus is visible: the chart draws its mark on the focused row.
  await expect(focused(page).locator("rect.chart-focus")).toHaveCount(1);
  await expect(chart.locator(".chart-keys")).toBeVisible();

  // 4. Arrow to the next kommun and read what it announces.
  await page.keyboard.press("ArrowDown");
  const text = await announced(page);
  const match = /^([^:]+): (cirka )?([\d\s,]+ %)/.exec(text);
  expect(match, text).not.toBeNull();
  const [, name = "", , value = ""] = match ?? [];
  expect(name).not.toBe("Botkyrka");
  await page.keyboard.press("End");
  expect(await announced(page)).toMatch(/plats 26 av 26|^[^:]+: /);
  await page.keyboard.press("Home");
  expect(await announced(page)).toMatch(/plats 1 av 26/);

  // 5. T opens the table; focus moves into it; the kommun's value there is the one announced.
  await page.keyboard.press("t");
  const table = page.locator("table.data-table");
  await expect(table).toBeVisible();
  await expect(page).toHaveURL(/table=1/);
  await expect(page.locator(".table-scroll")).toBeFocused();
  const row = table.locator("tbody tr").filter({
    has: page.getByRole("rowheader", { name: new RegExp(`^${name}`) }),
  });
  await expect(row).toHaveCount(1);
  expect(norm(await row.locator("td").nth(1).textContent())).toBe(value);
  // The sort buttons say what they will do, reachable by Tab.
  await tabTo(
    page,
    page.getByRole("button", { name: "Kommun, sortera stigande" }),
  );
  await page.keyboard.press("Enter");
  await expect(
    page.getByRole("columnheader", { name: /Kommun/ }),
  ).toHaveAttribute("aria-sort", "ascending");

  // 6. Download the CSV with the keyboard (the chart's export menu).
  const menu = page.locator(".chart-export summary");
  await expect(menu).toHaveCount(1);
  await tabTo(page, menu, { back: true });
  await page.keyboard.press("Enter");
  const csv = page.locator(".chart-export button[data-export='csv-plain']");
  await expect(csv).toBeVisible();
  await tabTo(page, csv);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.keyboard.press("Enter"),
  ]);
  const content = await readFile(await download.path(), "utf8");
  expect(content).toContain("Botkyrka");
});

test("the map, the trend lines, the scatter and the funding charts are keyboard charts too", async ({
  page,
}) => {
  // Karta: arrows move between kommuner, T shows the table.
  await page.goto("./?view=map&kommuner=0127");
  const tile = page.locator(".map-chart [data-chart-point][tabindex='0']");
  await expect(tile).toHaveAttribute("data-code", "0127");
  await tile.focus();
  await page.keyboard.press("ArrowRight");
  await expect(focused(page)).toHaveAttribute("data-chart-point", /^\d{4}$/);
  await expect(focused(page)).not.toHaveAttribute("data-code", "0127");
  await page.keyboard.press("t");
  await expect(page.locator("table.data-table")).toBeVisible();

  // Trender: left/right along a line, up/down between lines.
  await page.goto("./?view=trends&indicator=kolada-n74811&kommuner=0127");
  const trend = page.locator(".trend-chart [role='group']");
  await expect(trend.locator("[data-chart-point]").first()).toBeAttached();
  await trend.locator("[data-chart-point][tabindex='0']").focus();
  expect(await announced(page)).toMatch(/^Botkyrka, 2022: 42,0 %$/);
  await page.keyboard.press("ArrowLeft");
  expect(await announced(page)).toMatch(/^Botkyrka, 2021: /);
  await page.keyboard.press("ArrowDown");
  expect(await announced(page)).toMatch(/^Länet, 2021: /);
  await expect(focused(page).locator(".chart-focus")).toHaveCount(1);

  // Behov och resurser: every dot with both values is a stop.
  await page.goto("./?view=needs&kommuner=0127");
  const scatter = page.locator(".scatter-chart [role='group']");
  await expect(scatter.locator("[data-chart-point]")).toHaveCount(26);
  await scatter.locator("[data-chart-point][tabindex='0']").focus();
  expect(await announced(page)).toMatch(
    /^Botkyrka: behov 22,0 %, resurser 3 075 kr, markerad$/,
  );
  await page.keyboard.press("ArrowLeft");
  expect(await announced(page)).toMatch(/^[^:]+: behov /);

  // Finansiering: the stacked bars and the dumbbell rows.
  await page.goto("./?view=funding");
  const stacked = page.locator(".stacked-chart [role='group']");
  await stacked.locator("[data-chart-point][tabindex='0']").focus();
  expect(await announced(page)).toMatch(
    /^2018: totalt 307,6 mnkr \(beräknat\); /,
  );
  await page.keyboard.press("ArrowRight");
  expect(await announced(page)).toMatch(/^2020: /);
  const dumbbell = page.locator(".dumbbell-chart [role='group']").first();
  await dumbbell.locator("[data-chart-point][tabindex='0']").focus();
  expect(await announced(page)).toMatch(/^[^:]+: Tilldelat [\d\s]+ kr/);
});
