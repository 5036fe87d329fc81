/**
 * Benchmark (npm run bench): the dashboard's first view (Jämför kommuner) against the floor app in
 * ../shared/bench/floor-app (or $SHARED_DIR/bench/floor-app) — react, react-dom and recharts
 * drawing one ranked bar chart of the 26 kommuner. See ../shared/bench/README.md.
 *
 * How: builds both with `vite build` (the floor in a writable copy in the temp folder, using this
 * project's node_modules through a symlink), serves both with `vite preview` on 127.0.0.1, then
 * loads them alternately (app, floor, app, floor …) 7 times each in headless Chromium, every load
 * in a fresh browser context (cold cache) at 1366×768. Per load it measures:
 *   - time to first chart: performance.now() (ms since navigation start) at the first moment an
 *     svg holds 26 bars (app: `rect` with width > 0; floor: recharts' `path.recharts-rectangle`),
 *     noted by a MutationObserver injected before any page script;
 *   - shell JS and JS until first chart: the gzip size of every JavaScript file whose responseEnd
 *     (Resource Timing) is at or before DOMContentLoaded / the first chart. Sizes are not taken
 *     from the network: each file is read from the build on disk and gzipped here (zlib level 9).
 * Prints the medians, the ratios app/floor and PASS/FAIL against the README's targets. Then one
 * national KPI (290 kommuner) from click to drawn against the 26 (scripts/lib/bench-national.ts;
 * skip it with `-- --no-national`). Then the
 * import benchmark (scripts/lib/bench-import.ts; skip it with `-- --no-import`): a 1 000 000-row
 * CSV validated on Importera, rows/s and peak memory against the issue's targets. Exits 0 when it
 * could measure (even if a target fails), 1 when something breaks.
 */
import {
  checkFloorVersions,
  copyFloor,
  floorSource,
  viteBuild,
} from "./lib/bench-build";
import {
  launchBrowser,
  measureLoad,
  type BenchTarget,
  type LoadResult,
} from "./lib/bench-load";
import { importReport, measureImports } from "./lib/bench-import";
import { measureNational, nationalReport } from "./lib/bench-national";
import { loadLine, reportTable, summarise } from "./lib/bench-report";
import { startPreview, type PreviewServer } from "./lib/bench-server";
import { ROOT, sharedDir } from "./lib/paths";

const LOADS = 7;

interface Built {
  readonly appDir: string;
  readonly appDist: string;
  readonly floorDir: string;
  readonly floorDist: string;
}

async function buildBoth(): Promise<Built> {
  const source = floorSource(sharedDir());
  console.log("Building the app (vite build) …");
  const appDist = await viteBuild(ROOT);
  console.log(`Building the floor app (copy of ${source}) …`);
  const floorDir = copyFloor(source);
  checkFloorVersions(floorDir);
  const floorDist = await viteBuild(floorDir);
  return { appDir: ROOT, appDist, floorDir, floorDist };
}

function targets(
  built: Built,
  app: PreviewServer,
  floor: PreviewServer,
): [BenchTarget, BenchTarget] {
  return [
    {
      name: "app",
      // The first view measured is Jämför kommuner (the start page is Översikt).
      url: `${app.url}?view=compare`,
      distDir: built.appDist,
      barSelector: "rect",
      needsWidthAttribute: true,
    },
    {
      name: "floor",
      url: floor.url,
      distDir: built.floorDist,
      barSelector: "path.recharts-rectangle",
      needsWidthAttribute: false,
    },
  ];
}

/** Loads app and floor alternately, LOADS times each, in one browser. */
async function measureInterleaved(
  app: BenchTarget,
  floor: BenchTarget,
): Promise<[LoadResult[], LoadResult[]]> {
  const browser = await launchBrowser();
  const results: [LoadResult[], LoadResult[]] = [[], []];
  try {
    for (let run = 1; run <= LOADS; run += 1) {
      for (const [i, target] of [app, floor].entries()) {
        const load = await measureLoad(browser, target);
        results[i === 0 ? 0 : 1].push(load);
        console.log(loadLine(target.name, run, load));
      }
    }
  } finally {
    await browser.close();
  }
  return results;
}

function printReport(
  appLoads: readonly LoadResult[],
  floorLoads: readonly LoadResult[],
): void {
  console.log("");
  console.log(
    `First view (Jämför kommuner) vs floor — median of ${LOADS} cold loads each, interleaved`,
  );
  console.log("");
  console.log(reportTable(summarise(appLoads), summarise(floorLoads)));
  console.log("");
  console.log(
    "KB = 1000 bytes. JS bytes: every .js (or javascript content-type) response whose",
  );
  console.log(
    "responseEnd is at or before DOMContentLoaded / the first chart, read from the build on",
  );
  console.log(
    "disk and gzipped by this script with zlib level 9 (gzip -9), not network transfer sizes.",
  );
  console.log(
    `Time: ms from navigation start until an svg first holds 26 bars (MutationObserver).`,
  );
}

/** The second row: one national KPI (290 kommuner), click to drawn, against the 26. */
async function nationalRow(url: string, firstChartMs: number): Promise<void> {
  console.log("");
  const browser = await launchBrowser();
  try {
    const runs = await measureNational(browser, url, LOADS);
    console.log("");
    console.log(nationalReport(runs, firstChartMs));
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const built = await buildBoth();
  const servers: PreviewServer[] = [];
  const stopAll = async (): Promise<void> => {
    await Promise.all(servers.map((s) => s.stop()));
  };
  const onSignal = (): void => {
    void stopAll().finally(() => process.exit(130));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    servers.push(await startPreview(built.appDir));
    servers.push(await startPreview(built.floorDir));
    const [app, floor] = servers;
    if (!app || !floor) throw new Error("preview servers did not start");
    console.log(
      `Serving app at ${app.url} (pid ${String(app.pid)}), floor at ${floor.url} (pid ${String(floor.pid)})`,
    );
    const [appLoads, floorLoads] = await measureInterleaved(
      ...targets(built, app, floor),
    );
    printReport(appLoads, floorLoads);
    if (!process.argv.includes("--no-national"))
      await nationalRow(app.url, summarise(appLoads).chartMs);
    if (!process.argv.includes("--no-import")) {
      console.log("");
      const browser = await launchBrowser();
      try {
        const runs = await measureImports(browser, app.url);
        console.log("");
        console.log(importReport(runs));
      } finally {
        await browser.close();
      }
    }
  } finally {
    await stopAll();
  }
}

try {
  await main();
} catch (error) {
  console.error(
    `bench: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 1;
}
