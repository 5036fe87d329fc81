/**
 * The benchmark's second row: one national KPI (all 290 kommuner) from click to drawn, against
 * the same click for the county's 26 kommuner. Per run, in a fresh browser context (cold cache):
 * load Jämför kommuner on a Kolada KPI (N74811), wait for its 26 bars, then
 *   - national: click "Alla kommuner i landet" and time until the strip holds a dot for each of
 *     the 290 kommuner (this fetches, verifies and parses the KPI's national dataset, which the
 *     first view never loads);
 *   - county: click "Länets kommuner" again and time until the 26 bars are back.
 * Both clicks and both marks are taken in the page's own clock (performance.now()), so the
 * Playwright round trip is not in the figure.
 */
import type { Browser, Page } from "@playwright/test";

import { median } from "./bench-report";

const NATIONAL_KOMMUNER = 290;
const COUNTY_KOMMUNER = 26;
const TIMEOUT_MS = 30_000;
/** A Kolada KPI with a national dataset (N74811), as Jämför kommuner shows it. */
const PAGE = "?view=compare&indicator=kolada-n74811";

export interface NationalRun {
  readonly nationalMs: number;
  readonly countyMs: number;
}

/** Clicks the radio with this value and resolves with ms until `drawn` (page code) is true. */
async function clickToDrawn(
  page: Page,
  radioValue: string,
  drawn: string,
): Promise<number> {
  await page.evaluate(`(() => {
    const radio = document.querySelector('input[type=radio][value=${JSON.stringify(radioValue)}]');
    if (!radio) throw new Error("no radio ${radioValue}");
    window.__benchDone = undefined;
    const done = () => ${drawn};
    const observer = new MutationObserver(() => {
      if (window.__benchDone === undefined && done()) {
        window.__benchDone = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true });
    window.__benchStart = performance.now();
    radio.click();
  })()`);
  await page.waitForFunction("window.__benchDone !== undefined", undefined, {
    timeout: TIMEOUT_MS,
    polling: 50,
  });
  return page.evaluate<number>("window.__benchDone - window.__benchStart");
}

const STRIP_DRAWN = `document.querySelectorAll("svg.national-strip circle").length >= ${String(NATIONAL_KOMMUNER)}`;
const BARS_DRAWN = `[...document.querySelectorAll("svg")].some((svg) => svg.querySelectorAll("rect[width]").length >= ${String(COUNTY_KOMMUNER)}) && !document.querySelector("svg.national-strip")`;

async function measureOnce(
  browser: Browser,
  baseUrl: string,
): Promise<NationalRun> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    bypassCSP: true,
  });
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}${PAGE}`, { waitUntil: "load" });
    await page.waitForFunction(BARS_DRAWN, undefined, { timeout: TIMEOUT_MS });
    const nationalMs = await clickToDrawn(page, "sweden", STRIP_DRAWN);
    const countyMs = await clickToDrawn(page, "county", BARS_DRAWN);
    return { nationalMs, countyMs };
  } finally {
    await context.close();
  }
}

export async function measureNational(
  browser: Browser,
  baseUrl: string,
  runs: number,
): Promise<NationalRun[]> {
  const results: NationalRun[] = [];
  for (let run = 1; run <= runs; run += 1) {
    const result = await measureOnce(browser, baseUrl);
    console.log(
      `  national #${String(run)}  290 kommuner ${String(Math.round(result.nationalMs))} ms  26 kommuner ${String(Math.round(result.countyMs))} ms`,
    );
    results.push(result);
  }
  return results;
}

/** The report's lines: medians and the ratio national / county. */
export function nationalReport(
  runs: readonly NationalRun[],
  firstChartMs: number,
): string {
  const national = median(runs.map((r) => r.nationalMs));
  const county = median(runs.map((r) => r.countyMs));
  const ms = (t: number) => `${String(Math.round(t))} ms`;
  return [
    `One national KPI (Jämför med: alla kommuner i landet) — median of ${String(runs.length)} cold runs`,
    "",
    `  click → 290 kommuner drawn (loads the KPI's national dataset)  ${ms(national)}`,
    `  click → 26 kommuner drawn (data already loaded)                 ${ms(county)}`,
    `  national / county click                                         ${(national / county).toFixed(1)}×`,
    `  first view, navigation → 26 kommuner drawn (row above)          ${ms(firstChartMs)}`,
    `  national click / first view                                     ${(national / firstChartMs).toFixed(2)}×`,
  ].join("\n");
}
