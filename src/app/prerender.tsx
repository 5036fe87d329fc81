/**
 * Build-time pre-rendering (scripts/lib/prerender-plugin.ts loads this module in Node through
 * Vite's SSR loader): the whole app, as the browser would draw it for one URL, as static HTML.
 * The data goes through the same validating loader as in the browser (manifest → SHA-256 →
 * parse → zod; the plugin makes `fetch` read public/data), so a broken dataset fails the build.
 *
 * Rendering is done in passes: a query a component asks for is only created during render
 * (TanStack Query never fetches on a server), so each pass fetches what the previous one asked
 * for, until a pass asks for nothing new and waits for no code. The keys of every query used go with the HTML:
 * the browser loads and verifies the same datasets before it hydrates (main.tsx).
 */
import { QueryClientProvider, type QueryKey } from "@tanstack/react-query";
import { StrictMode } from "react";
import { prerender } from "react-dom/static";

import { setPrerenderSearch } from "@/navigation/use-url-state";

import { App } from "./app";
import { createQueryClient } from "./query-client";

const MAX_PASSES = 8;

/**
 * Whether every Suspense boundary rendered complete and in place in this pass. A boundary that
 * waited (for a lazily loaded view or button) is sent as streaming instructions (inline scripts
 * that move it into place), which a static page cannot use; the next pass finds its code loaded.
 */
const settled = (html: string): boolean => !/<script|<!--\$[?!]-->/.test(html);

export interface Prerendered {
  readonly html: string;
  readonly queries: readonly QueryKey[];
}

export async function prerenderPage(search: string): Promise<Prerendered> {
  setPrerenderSearch(search);
  const client = createQueryClient({ retry: false });
  const app = (
    <StrictMode>
      <QueryClientProvider client={client}>
        <App />
      </QueryClientProvider>
    </StrictMode>
  );
  const cache = client.getQueryCache();
  for (let pass = 1; pass <= MAX_PASSES; pass += 1) {
    // One piece: React would otherwise move large boundaries into place with inline scripts.
    const { prelude } = await prerender(app, {
      progressiveChunkSize: Number.POSITIVE_INFINITY,
    });
    const html = await new Response(prelude).text();
    const asked = cache.getAll().filter((q) => q.state.status === "pending");
    if (asked.length === 0 && settled(html)) {
      const queries = cache.getAll().map((q) => q.queryKey);
      // Drops the queries and their garbage-collection timers, which would keep Node running.
      client.clear();
      return { html, queries };
    }
    await Promise.allSettled(asked.map((q) => q.fetch()));
  }
  client.clear();
  throw new Error(`${search}: data still loading after ${MAX_PASSES} passes`);
}
