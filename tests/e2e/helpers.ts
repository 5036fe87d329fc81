/** Shared helpers of the end-to-end specs: navigation, chart locators, text normalising, axe. */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page } from "@playwright/test";

export { ROOT_URL, SUBPATH, SUBPATH_URL } from "./urls";

/** Botkyrka, the kommun the specs pick: code, 2018 stimulus funds and per-capita value. */
export const BOTKYRKA = {
  code: "0127",
  name: "Botkyrka",
  funds: "3 174 063",
} as const;

export const TIDY_HEADER =
  "dataset_id,dataset_version,area_code,area_name,indicator_id,indicator_label,period,value,status,unit,source";

/**
 * Swedish number formatting uses no-break spaces (U+00A0, U+202F); collapse every kind of
 * whitespace to one ordinary space so assertions can be written with plain spaces.
 */
export function norm(text: string | null | undefined): string {
  return (text ?? "").replace(/[\s\u00a0\u202f]+/g, " ").trim();
}

/** A regular expression that matches `text` with any whitespace where `text` has a space. */
export function loose(text: string): RegExp {
  const escaped = text
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace(/ +/g, "[\\s\\u00a0\\u202f]+");
  return new RegExp(escaped);
}

/** "?kommuner=0127" → "?view=compare&kommuner=0127" (the start page is Översikt). */
function compareQuery(query: string): string {
  if (query.includes("view=")) return query;
  return query === ""
    ? "?view=compare"
    : `?view=compare&${query.replace(/^\?/, "")}`;
}

/** Opens the app at `query` (relative to the project's baseURL) and waits for the chart. */
export async function openCompare(page: Page, query = ""): Promise<void> {
  await page.goto(`./${compareQuery(query)}`);
  await expectChart(page);
}

/** The ranked bar chart. */
const chart = (page: Page): Locator => page.locator(".ranking-chart svg");
/** One `<g>` per kommun in the bar chart. */
export const chartRows = (page: Page): Locator =>
  page.locator(".ranking-chart svg .ranking-chart__row");
export const chartTitle = (page: Page): Locator =>
  page.locator(".chart-frame__title");
export const sourceLine = (page: Page): Locator =>
  page.locator(".chart-frame__source");

/** Waits until the chart has drawn its 26 rows. */
export async function expectChart(page: Page, rows = 26): Promise<void> {
  await expect(chart(page)).toBeVisible();
  await expect(chartRows(page)).toHaveCount(rows);
}

/** The bar-chart row of a kommun (its text starts with its `<title>`, "Botkyrka: 3 174 063 kr"). */
export function chartRow(page: Page, name: string): Locator {
  return chartRows(page).filter({ hasText: new RegExp(`^${name}:`) });
}

/** The name label and value label of a row, with their font weight and fill. */
export async function rowStyle(row: Locator): Promise<{
  name: string;
  value: string;
  weight: string | null;
  fill: string | null;
  bar: string | null;
}> {
  const texts = row.locator("text");
  return {
    name: norm(await texts.nth(0).textContent()),
    value: norm(await texts.nth(1).textContent()),
    weight: await texts.nth(0).getAttribute("font-weight"),
    fill: await texts.nth(0).getAttribute("fill"),
    bar: await row.locator("rect").last().getAttribute("fill"),
  };
}

/** The "Markera kommuner" combobox (pass the English label in English). */
export const kommunCombobox = (
  page: Page,
  label = "Markera kommuner",
): Locator => page.getByRole("combobox", { name: label });

/** Picks a kommun by typing part of its name and pressing Enter. */
export async function pickKommun(page: Page, typed: string): Promise<void> {
  const input = kommunCombobox(page);
  await input.fill(typed);
  await expect(input).toHaveAttribute("aria-expanded", "true");
  await input.press("Enter");
}

/** Records the URL of every request the page makes, from now on. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (request) => {
    urls.push(request.url());
  });
  return urls;
}

/** Requests whose URL is not on `origin` (data:, blob: and about: URLs never leave the page). */
export function foreignRequests(
  urls: readonly string[],
  origin: string,
): string[] {
  return urls.filter(
    (url) =>
      !url.startsWith(`${origin}/`) && !/^(?:data|blob|about):/.test(url),
  );
}

export interface AxeViolationSummary {
  readonly id: string;
  readonly impact: string | null | undefined;
  readonly help: string;
  readonly nodes: readonly string[];
}

/** Runs axe-core (WCAG 2.0/2.1 A and AA) on the page and returns its violations, summarised. */
export async function axeViolations(
  page: Page,
): Promise<AxeViolationSummary[]> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map(
      (n) => `${n.target.join(" ")}: ${n.failureSummary ?? ""}`,
    ),
  }));
}

interface ManifestEntry {
  readonly id: string;
  readonly versions: readonly {
    readonly version: number;
    readonly file: string;
  }[];
}

const MANIFEST = JSON.parse(
  readFileSync(
    resolve(import.meta.dirname, "../../public/data/manifest.json"),
    "utf8",
  ),
) as { readonly datasets: readonly ManifestEntry[] };

/** The latest published version of a dataset and its file, as the app loads it. */
export function latest(id: string): { version: number; file: string } {
  const entry = MANIFEST.datasets.find((d) => d.id === id);
  const newest = entry?.versions.reduce((a, b) =>
    b.version > a.version ? b : a,
  );
  if (!newest) throw new Error(`No dataset ${id} in the manifest`);
  return newest;
}
