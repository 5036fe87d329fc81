/**
 * One cold page load for the benchmark: a fresh browser context, a MutationObserver (injected
 * before any page script) that notes when the first chart is drawn, and the gzip size of every
 * JavaScript file the page had received by DOMContentLoaded and by that moment.
 */
import { readFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { gzipSync } from "node:zlib";

import { chromium, type Browser, type Page } from "@playwright/test";

const CHART_TIMEOUT_MS = 30_000;
/** A chart is "drawn" once one svg holds this many bars (one per kommun). */
const MIN_BARS = 26;

export interface BenchTarget {
  readonly name: string;
  readonly url: string;
  readonly distDir: string;
  /** CSS selector for the bar elements inside an svg. */
  readonly barSelector: string;
  /** Whether a bar must carry a width attribute (> 0) to count. */
  readonly needsWidthAttribute: boolean;
}

export interface LoadResult {
  readonly shellBytes: number;
  readonly chartBytes: number;
  readonly chartMs: number;
  readonly dclMs: number;
}

interface PageTimings {
  readonly chart: number;
  readonly dcl: number;
  readonly resources: readonly { readonly url: string; readonly end: number }[];
}

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
}

/** Loads the target once in a new context (empty cache) and measures it. */
export async function measureLoad(
  browser: Browser,
  target: BenchTarget,
): Promise<LoadResult> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    // The app's Content-Security-Policy forbids eval, which Playwright's waitForFunction polling
    // needs; the policy has no effect on what is measured.
    bypassCSP: true,
  });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: observerScript(target) });
    const jsContentTypes = collectJsResponses(page);
    await page.goto(target.url, { waitUntil: "domcontentloaded" });
    const timings = await waitForChart(page, target);
    const js = timings.resources.filter((r) =>
      isJavaScript(r.url, jsContentTypes),
    );
    const bytesBy = (time: number): number =>
      js
        .filter((r) => r.end <= time)
        .reduce((sum, r) => sum + gzipSize(target.distDir, r.url), 0);
    return {
      shellBytes: bytesBy(timings.dcl),
      chartBytes: bytesBy(timings.chart),
      chartMs: timings.chart,
      dclMs: timings.dcl,
    };
  } finally {
    await context.close();
  }
}

/**
 * Plain JavaScript (not a serialised function, so no transpiler helpers leak into the page):
 * records performance.now() the first time some svg holds MIN_BARS bars.
 */
function observerScript(target: BenchTarget): string {
  return `(() => {
  const selector = ${JSON.stringify(target.barSelector)};
  const needsWidth = ${JSON.stringify(target.needsWidthAttribute)};
  const isBar = (el) => {
    if (el.closest("defs")) return false;
    const width = el.getAttribute("width");
    if (width === null) return !needsWidth;
    return parseFloat(width) > 0;
  };
  const drawn = () => {
    for (const svg of document.querySelectorAll("svg")) {
      let bars = 0;
      for (const el of svg.querySelectorAll(selector)) if (isBar(el)) bars += 1;
      if (bars >= ${MIN_BARS}) return true;
    }
    return false;
  };
  const observer = new MutationObserver(() => {
    if (window.__benchFirstChart === undefined && drawn()) {
      window.__benchFirstChart = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ["width"] });
})();`;
}

/** URL → content-type of every response, to recognise JavaScript served without a .js name. */
function collectJsResponses(page: Page): Map<string, string> {
  const types = new Map<string, string>();
  page.on("response", (response) => {
    types.set(response.url(), response.headers()["content-type"] ?? "");
  });
  return types;
}

function isJavaScript(
  url: string,
  contentTypes: ReadonlyMap<string, string>,
): boolean {
  const path = new URL(url).pathname;
  return (
    /\.m?js$/.test(path) || (contentTypes.get(url) ?? "").includes("javascript")
  );
}

/** Waits for the observer's mark, then reads DCL and the resource timeline in the page's clock. */
async function waitForChart(
  page: Page,
  target: BenchTarget,
): Promise<PageTimings> {
  try {
    await page.waitForFunction(
      "window.__benchFirstChart !== undefined && performance.getEntriesByType('navigation')[0]?.domContentLoadedEventStart > 0",
      undefined,
      { timeout: CHART_TIMEOUT_MS, polling: 50 },
    );
  } catch {
    throw new Error(
      `${target.name}: no chart with ${MIN_BARS} bars within ${CHART_TIMEOUT_MS / 1000} s at ${target.url}`,
    );
  }
  return page.evaluate<PageTimings>(`({
    chart: window.__benchFirstChart,
    dcl: performance.getEntriesByType("navigation")[0].domContentLoadedEventStart,
    resources: performance.getEntriesByType("resource").map((r) => ({ url: r.name, end: r.responseEnd })),
  })`);
}

const gzipCache = new Map<string, number>();

/** Gzip size (zlib level 9, as `gzip -9`) of the built file behind a URL, read from disk. */
function gzipSize(distDir: string, url: string): number {
  const file = resolve(
    distDir,
    `.${decodeURIComponent(new URL(url).pathname)}`,
  );
  if (relative(distDir, file).startsWith(".."))
    throw new Error(`${url} is outside ${distDir}`);
  const cached = gzipCache.get(file);
  if (cached !== undefined) return cached;
  const size = gzipSync(readFileSync(file), { level: 9 }).length;
  gzipCache.set(file, size);
  return size;
}
