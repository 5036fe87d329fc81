/** "Inga uppgifter skickas någonstans": every request stays on the page's own origin. */
import { expect, test } from "@playwright/test";

import {
  BOTKYRKA,
  expectChart,
  foreignRequests,
  latest,
  openCompare,
  pickKommun,
  recordRequests,
  ROOT_URL,
} from "./helpers";

const ORIGIN = new URL(ROOT_URL).origin;

test("a full journey through the compare view makes no request off the origin", async ({
  page,
}) => {
  const urls = recordRequests(page);
  await openCompare(page);
  await pickKommun(page, "botk");
  await page.getByRole("radio", { name: "Per invånare" }).check();
  await expectChart(page);
  await page.getByRole("button", { name: "Visa tabell" }).click();
  await expect(page.locator("table.data-table")).toBeVisible();
  await page.getByText("Om uppgifterna").click();
  await page.getByRole("link", { name: "Switch to English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page
    .getByRole("combobox", { name: "Indicator" })
    .selectOption("kolada-n74811");
  await page.getByRole("button", { name: "Show chart" }).click();
  await expectChart(page);
  await page.goBack();
  await page.goForward();
  await expectChart(page);

  expect(urls.length).toBeGreaterThan(5);
  expect(
    urls.some((url) => url.endsWith("/data/stimulansmedel-2018.v1.csv")),
  ).toBe(true);
  expect(urls.some((url) => url.endsWith("/data/befolkning.v1.csv"))).toBe(
    true,
  );
  expect(
    urls.some((url) =>
      url.endsWith(`/data/${latest("kolada-psykisk-ohalsa").file}`),
    ),
  ).toBe(true);
  expect(foreignRequests(urls, ORIGIN)).toEqual([]);
});

test("the sources view and the CSV export make no request off the origin", async ({
  page,
}) => {
  const urls = recordRequests(page);
  await page.goto(`./?view=sources&kommuner=${BOTKYRKA.code}`);
  await expect(page.locator("section.dataset").first()).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page
      .getByRole("button", { name: "Ladda ned alla observationer (CSV)" })
      .click(),
  ]);
  expect(await download.failure()).toBeNull();
  await page.getByRole("link", { name: "Jämför kommuner" }).click();
  await expectChart(page);

  expect(urls.some((url) => url.endsWith("/data/manifest.json"))).toBe(true);
  expect(
    urls.some((url) =>
      url.endsWith(`/data/${latest("kolada-befolkning").file}`),
    ),
  ).toBe(true);
  expect(foreignRequests(urls, ORIGIN)).toEqual([]);
});
