/** The same dist/ served under a kommun-intranet sub-path: relative URLs all the way down. */
import { expect, test } from "@playwright/test";

import {
  BOTKYRKA,
  chartTitle,
  expectChart,
  foreignRequests,
  latest,
  loose,
  recordRequests,
  SUBPATH,
  SUBPATH_URL,
} from "./helpers";

const ORIGIN = new URL(SUBPATH_URL).origin;

test("under /kommun/verktyg/psykisk-halsa/ the chart draws from data under the sub-path", async ({
  page,
}) => {
  const urls = recordRequests(page);
  const responses: { url: string; status: number }[] = [];
  page.on("response", (response) => {
    responses.push({ url: response.url(), status: response.status() });
  });

  await page.goto(`${SUBPATH_URL}?view=compare&kommuner=${BOTKYRKA.code}`);
  await expectChart(page);
  await expect(chartTitle(page)).toHaveText(
    loose("Botkyrka: 34,64 kr per invånare 2018, samma som alla 26 kommuner"),
  );

  const dataRequests = urls.filter((url) =>
    new URL(url).pathname.includes("/data/"),
  );
  for (const file of [
    "manifest.json",
    "kommuner.v1.json",
    latest("indikatorer").file,
    "stimulansmedel-2018.v1.csv",
  ]) {
    expect(dataRequests, file).toContain(`${SUBPATH_URL}data/${file}`);
  }
  // Every request (scripts, styles, data) went to the sub-path, and every answer was 200.
  expect(foreignRequests(urls, ORIGIN)).toEqual([]);
  for (const url of urls.filter((u) => u.startsWith(ORIGIN))) {
    expect(new URL(url).pathname.startsWith(SUBPATH), url).toBe(true);
  }
  expect(responses.filter((r) => r.status >= 400)).toEqual([]);

  // Links in the shell keep the sub-path.
  const nav = page.getByRole("link", { name: "Data och källor" });
  expect(
    await nav.evaluate((a: HTMLAnchorElement) => new URL(a.href).pathname),
  ).toBe(SUBPATH);
  await nav.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Data och källor",
  );
  expect(new URL(page.url()).pathname).toBe(SUBPATH);
  const link = page.getByRole("link", { name: "stimulansmedel-2018.v1.csv" });
  const href = await link.evaluate((a: HTMLAnchorElement) => a.href);
  expect(href).toBe(`${SUBPATH_URL}data/stimulansmedel-2018.v1.csv`);
  const file = await page.request.get(href);
  expect(file.status()).toBe(200);
  expect(file.headers()["content-type"]).toBe("text/csv; charset=utf-8");

  // A reload on the sub-path URL with state restores the view.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Data och källor",
  );
});

test("the sub-path server answers 404 outside its prefix and refuses traversal", async ({
  request,
}) => {
  expect((await request.get(`${ORIGIN}/`)).status()).toBe(404);
  expect((await request.get(`${ORIGIN}/data/manifest.json`)).status()).toBe(
    404,
  );
  expect(
    (await request.get(`${SUBPATH_URL}data/manifest.json`)).headers()[
      "content-type"
    ],
  ).toBe("application/json; charset=utf-8");
  for (const path of [
    "%2e%2e/%2e%2e/package.json",
    "..%2f..%2fpackage.json",
    "data/..%2f..%2fpackage.json",
  ]) {
    expect((await request.get(`${SUBPATH_URL}${path}`)).status(), path).toBe(
      404,
    );
  }
});
