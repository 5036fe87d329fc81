/**
 * End-to-end tests against the built app (run `vite build` first; `npm test` does). Three servers
 * serve the same dist/: `vite preview` at the web root, scripts/serve-subpath.ts under a
 * kommun-intranet-like sub-path, and nginx with deploy/'s configuration (scripts/serve-nginx.ts,
 * both ways; tests/e2e/nginx.spec.ts). Chromium is the system one (no `playwright install`).
 */
import { defineConfig } from "@playwright/test";

import { nginxBinary } from "./scripts/lib/nginx-site";
import {
  NGINX_PORT,
  NGINX_SUBPATH_PORT,
  NGINX_URL,
  ROOT_PORT,
  ROOT_URL,
  SUBPATH,
  SUBPATH_PORT,
  SUBPATH_URL,
} from "./tests/e2e/urls";

/**
 * nginx: CI installs Debian's (.ci/run) and must run it; elsewhere, without nginx installed,
 * tests/e2e/nginx.spec.ts is skipped instead of every test failing.
 */
const withNginx = Boolean(process.env.CI) || nginxBinary() !== null;

/**
 * Reporters: PLAYWRIGHT_REPORTER names them, comma-separated (default "list"). When
 * PLAYWRIGHT_JSON_OUTPUT_NAME is set (.ci/run does), a JSON report is written there as well.
 */
const reporterNames = (process.env.PLAYWRIGHT_REPORTER ?? "list")
  .split(",")
  .map((name) => name.trim())
  .filter((name) => name !== "");
if (
  process.env.PLAYWRIGHT_JSON_OUTPUT_NAME &&
  !reporterNames.includes("json")
) {
  reporterNames.push("json");
}
const reporter = reporterNames.map((name): [string] => [name]);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 20_000,
  expect: { timeout: 7_500 },
  reporter,
  use: {
    baseURL: ROOT_URL,
    locale: "sv-SE",
    timezoneId: "Europe/Stockholm",
    viewport: { width: 1280, height: 900 },
    serviceWorkers: "block",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: [
    {
      command: `node_modules/.bin/vite preview --port ${ROOT_PORT} --strictPort --host 127.0.0.1`,
      url: ROOT_URL,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      command: `node_modules/.bin/tsx scripts/serve-subpath.ts --prefix ${SUBPATH} --port ${SUBPATH_PORT} --host 127.0.0.1 --dir dist`,
      url: SUBPATH_URL,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
      stdout: "ignore",
      stderr: "pipe",
    },
    ...(withNginx
      ? [
          {
            command: `node_modules/.bin/tsx scripts/serve-nginx.ts --port ${NGINX_PORT} --subpath-port ${NGINX_SUBPATH_PORT} --prefix ${SUBPATH} --host 127.0.0.1 --dir dist`,
            url: NGINX_URL,
            reuseExistingServer: !process.env.CI,
            timeout: 30_000,
            stdout: "ignore" as const,
            stderr: "pipe" as const,
            // SIGTERM to the group: nginx shuts down and the script removes its temp directory.
            gracefulShutdown: { signal: "SIGTERM" as const, timeout: 5_000 },
          },
        ]
      : []),
  ],
});
