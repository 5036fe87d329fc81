/// <reference types="vitest/config" />
import { fileURLToPath } from "node:url";

import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { VitePWA } from "vite-plugin-pwa";

import { contentSecurityPolicy } from "./scripts/lib/csp-plugin.ts";
import { preloadStartData } from "./scripts/lib/preload-plugin.ts";
import { prerenderStartView } from "./scripts/lib/prerender-plugin.ts";

/**
 * BASE_PATH sets where the built app is served from. The default "./" makes every URL in the
 * build relative, so the same dist/ works at the web root and under any sub-path (kommun
 * intranets host it at e.g. /verktyg/psykisk-halsa/). Set an absolute path only if the host
 * rewrites URLs in a way that needs it: BASE_PATH=/verktyg/psykisk-halsa/ npm run build.
 */
const base = process.env.BASE_PATH ?? "./";

export default defineConfig({
  base,
  plugins: [
    react(),
    // The start view (Jämför kommuner, 2018 stimulus funds) needs these files at once.
    preloadStartData({
      dataDir: fileURLToPath(new URL("./public/data", import.meta.url)),
      datasets: ["kommuner", "indikatorer", "stimulansmedel-2018"],
    }),
    /*
     * Offline: a Workbox service worker (generated, not hand-written) precaches the app and every
     * published data file, so after one visit the app — presentation mode included — works with
     * the network off. "prompt": a new build waits until the user chooses "Uppdatera"
     * (src/app/update-notice.tsx); the app registers it itself after the first render
     * (src/app/pwa.ts), so the service worker is never on the critical path.
     */
    VitePWA({
      registerType: "prompt",
      injectRegister: false,
      manifest: false,
      workbox: {
        globPatterns: ["**/*.{js,css,html,json,csv}"],
        // Published datasets are up to a few hundred KB each; all of them are precached, except
        // the national ones (kolada-sverige-*, about 1 MB each, 24 MB in all): those are cached
        // when a view first loads one (immutable files: cache first).
        globIgnores: ["**/data/kolada-sverige-*"],
        runtimeCaching: [
          {
            urlPattern: /\/data\/kolada-sverige-[a-z0-9-]+\.v\d+\.csv$/,
            handler: "CacheFirst",
            options: { cacheName: "national-data" },
          },
        ],
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        // Every view is index.html with a query string: serve it for any navigation offline.
        navigateFallback: "index.html",
        ignoreURLParametersMatching: [/.*/],
        cleanupOutdatedCaches: true,
      },
    }),
    // The first view's default state as static HTML, drawn before any script runs (README
    // "Performance"); before the policy, which allows its one inline script by hash.
    prerenderStartView({
      dataDir: fileURLToPath(new URL("./public/data", import.meta.url)),
      search: "?view=compare",
      minBars: 26,
    }),
    // The strict Content-Security-Policy of the built app (scripts/lib/csp-plugin.ts).
    contentSecurityPolicy(),
  ],
  resolve: {
    alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) },
  },
  build: {
    target: "es2022",
    sourcemap: false,
  },
  test: {
    environment: "jsdom",
    include: ["tests/**/*.test.{ts,tsx}"],
    setupFiles: ["tests/setup.ts"],
    restoreMocks: true,
    // Longer than the 5 s findBy/waitFor wait in tests/setup.ts, so a slow wait fails as itself.
    testTimeout: 15_000,
    // .ci/run asks for a JSON report to count passed and failed tests.
    reporters: process.env.VITEST_JSON ? ["default", "json"] : ["default"],
    ...(process.env.VITEST_JSON
      ? { outputFile: { json: process.env.VITEST_JSON } }
      : {}),
  },
});
