/**
 * Test setup: jest-dom matchers, DOM cleanup after each test, and a fetch that serves the real
 * public/data files (so view tests load the shipped data through the app's own loader).
 */
import "@testing-library/jest-dom/vitest";

import { readFile } from "node:fs/promises";
import { resolve } from "node:path";

import { cleanup } from "@testing-library/react";
import { afterEach, beforeEach, vi } from "vitest";

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

beforeEach(() => {
  serveData();
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.history.replaceState(null, "", "/");
});
