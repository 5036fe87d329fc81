/** The language switch, and links with values the app cannot use: never a blank page. */
import { expect, test } from "@playwright/test";

import {
  BOTKYRKA,
  chartRow,
  chartTitle,
  expectChart,
  kommunCombobox,
  loose,
  norm,
  openCompare,
  rowStyle,
} from "./helpers";

test("the language switch turns the whole UI into English and back", async ({
  page,
}) => {
  // Totals (the view opens per inhabitant): English thousands separators.
  await openCompare(page, `?kommuner=${BOTKYRKA.code}&mode=absolute`);
  await page.getByRole("link", { name: "Switch to English" }).click();

  await expect(page).toHaveURL(/[?&]lang=en(?:&|$)/);
  await expect(page).toHaveURL(/[?&]kommuner=0127(?:&|$)/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Compare municipalities",
  );
  await expect(page.getByRole("navigation", { name: "Views" })).toContainText(
    "Sources",
  );
  await expect(
    page.getByRole("link", { name: "Skip to content" }),
  ).toBeAttached();
  await expect(kommunCombobox(page, "Highlight municipalities")).toBeVisible();
  await expect(page.getByRole("button", { name: "Show table" })).toBeVisible();
  await expect(chartTitle(page)).toHaveText(
    loose("Botkyrka: SEK 3,174,063 in 2018, rank 5 of 26"),
  );
  expect((await rowStyle(chartRow(page, BOTKYRKA.name))).value).toBe(
    "SEK 3,174,063",
  );
  await expect(page.locator(".site-footer")).toContainText(
    "No data is sent anywhere.",
  );

  // The language is part of the link: a reload stays in English.
  await page.reload();
  await expectChart(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Compare municipalities",
  );

  // …and the switch leads back to Swedish, dropping lang from the URL.
  await page.getByRole("link", { name: "Byt till svenska" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "sv");
  await expect(page).not.toHaveURL(/lang=/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Jämför kommuner",
  );
});

test("a malformed link still shows the chart, with a notice naming every bad value", async ({
  page,
}) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(
    "./?view=compare&indicator=does-not-exist&kommuner=9999,0127&mode=weird&sort=sideways&utm_source=x",
  );
  await expectChart(page);
  // The valid part of the link is used: Botkyrka is highlighted; the bad mode falls back to the
  // default, per inhabitant.
  await expect(chartTitle(page)).toHaveText(
    loose("Botkyrka: 34,64 kr per invånare 2018, samma som alla 26 kommuner"),
  );
  expect((await rowStyle(chartRow(page, BOTKYRKA.name))).weight).toBe("700");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Jämför kommuner",
  );

  const notices = page.locator(".notice");
  await expect(notices.first()).toBeVisible();
  const text = norm((await notices.allTextContents()).join(" "));
  expect(text).toContain("En del av länken kunde inte användas");
  for (const bad of [
    '"does-not-exist"',
    '"9999"',
    '"weird"',
    '"sideways"',
    '"utm_source"',
  ]) {
    expect(text).toContain(bad);
  }
  expect(text).toContain("Visar Stimulansmedel till kommunen");
  expect(text).not.toContain('"0127"');
  expect(errors).toEqual([]);

  // The next change writes a clean URL, and the notices go with the bad values.
  await page.getByRole("radio", { name: "Alfabetisk" }).check();
  await expect(page.locator(".notice")).toHaveCount(0);
  const url = new URL(page.url());
  expect(url.searchParams.get("indicator")).toBe("stimulansmedel");
  expect(url.searchParams.get("kommuner")).toBe("0127");
  expect(url.searchParams.get("sort")).toBe("name");
  expect(url.searchParams.has("mode")).toBe(false);
  expect(url.searchParams.get("view")).toBe("compare");
});

test("an unknown view falls back to the start page (Översikt) and says so", async ({
  page,
}) => {
  await page.goto("./?view=nope");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Översikt");
  await expect(page.locator(".notice")).toContainText(
    'Vyn "nope" finns inte. Visar Översikt.',
  );
});

test("an unknown period or group falls back with a notice", async ({
  page,
}) => {
  await page.goto("./?view=compare&period=1999&group=nobody");
  await expectChart(page);
  await expect(chartTitle(page)).toHaveText(
    "Stimulansmedel till kommunen per invånare 2018",
  );
  const text = norm(
    (await page.locator(".notice").allTextContents()).join(" "),
  );
  expect(text).toContain('"1999"');
  expect(text).toContain('"nobody"');
});

test("a malformed indicator or period names what is shown instead", async ({
  page,
}) => {
  await page.goto("./?view=compare&indicator=%3Cb%3E&period=20x3");
  await expectChart(page);
  const text = norm(
    (await page.locator(".notice").allTextContents()).join(" "),
  );
  expect(text).toContain(
    'Indikatorn "<b>" kan inte läsas (fel tecken). Visar Stimulansmedel till kommunen.',
  );
  expect(text).toContain(
    'Perioden "20x3" kan inte läsas (skrivs till exempel 2023). Visar 2018.',
  );
  expect(text).not.toMatch(/Visar \./);
});
