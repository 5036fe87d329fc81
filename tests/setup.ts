/**
 * Test setup: jest-dom matchers, DOM cleanup after each test, a fetch that serves the real
 * public/data files (so view tests load the shipped data through the app's own loader), and an
 * in-memory IndexedDB (fake-indexeddb) for local datasets, emptied before each test.
 */
import "@testing-library/jest-dom/vitest";
import "fake-indexeddb/auto";

import { readFile } from "node:fs/promises";
import { resolve } from "node:path";

import { cleanup, configure } from "@testing-library/react";
import { IDBFactory } from "fake-indexeddb";
import { afterEach, beforeEach, vi } from "vitest";

// Views load lazily and parse the real data files: on a loaded 2-core machine that takes longer than
// Testing Library's 1 s default, and a test must not fail because the machine is busy.
configure({ asyncUtilTimeout: 5_000 });

// English loads on demand in the app; tests use both languages directly (fixedT("en")).
await (await import("@/i18n/i18n")).loadLocale("en");

export const PUBLIC_DATA = resolve(import.meta.dirname, "..", "public", "data");

/** Serves <anything>/data/<file> from public/data; `overrides` replace or break single files. */
export function serveData(
  overrides: Record<string, Response | (() => Response)> = {},
): void {
  vi.stubGlobal("fetch", async (input: RequestInfo | URL) => {
    const url =
      typeof input === "string"
        ? input
        : input instanceof URL
          ? input.href
          : input.url;
    const match = /data\/([^/?#]+)$/.exec(url);
    if (!match?.[1]) return new Response("not found", { status: 404 });
    const file = match[1];
    const override = overrides[file];
    if (override) return typeof override === "function" ? override() : override;
    try {
      return new Response(await readFile(resolve(PUBLIC_DATA, file)));
    } catch {
      return new Response("not found", { status: 404 });
    }
  });
}

beforeEach(async () => {
  serveData();
  // A fresh, empty IndexedDB and localStorage per test (local datasets, "Egen data").
  globalThis.indexedDB = new IDBFactory();
  // Script tests run in Node (`// @vitest-environment node`), without a window.
  if (typeof window !== "undefined") window.localStorage.clear();
  (await import("@/data/local/local-store")).resetLocalStoreConnection();
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  if (typeof window !== "undefined") window.history.replaceState(null, "", "/");
});
