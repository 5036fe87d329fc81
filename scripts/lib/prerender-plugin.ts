/**
 * Vite plugin: the first view's default state, pre-rendered into index.html at build time, so
 * the browser draws it before any JavaScript has loaded (README "Performance").
 *
 * For each URL query (e.g. "?view=compare") it renders the whole app in Node with React's static
 * renderer (src/app/prerender.tsx, loaded through a Vite SSR server on the same config), reading
 * the datasets from public/data through the app's own validating loader, and checks that the
 * HTML holds the chart (a broken dataset or an empty chart fails the build). The HTML goes into
 * a `<template>` (inert: never shown as it is); a small inline script, allowed by its SHA-256 in
 * the Content-Security-Policy (csp-plugin.ts), copies it into #root only when the page's query
 * is exactly that URL, so any other URL (another view, ?kommuner=…, lang=en) never shows it and
 * is drawn by the client as before. main.tsx then loads and verifies the same datasets and
 * hydrates the page.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

import { createServer, type Plugin, type ResolvedConfig } from "vite";

/** Runs in the page, after the templates: shows the template made for this URL, if any. */
export const BOOT_SCRIPT =
  '(function(){var r=document.getElementById("root"),t=document.getElementById("prerendered");' +
  'if(r&&t&&t.getAttribute("data-search")===location.search){' +
  "r.appendChild(document.importNode(t.content,true));" +
  'r.setAttribute("data-prerendered",location.search)}})()';

interface PrerenderModule {
  prerenderPage(
    search: string,
  ): Promise<{ html: string; queries: readonly unknown[] }>;
}

const escapeAttribute = (value: string): string =>
  value.replace(/&/g, "&amp;").replace(/"/g, "&quot;");

/** `fetch` reading `…/data/<file>` from the data folder, while the page renders in Node. */
async function withLocalData<T>(
  dataDir: string,
  work: () => Promise<T>,
): Promise<T> {
  const original = globalThis.fetch;
  globalThis.fetch = (input: string | URL | Request) => {
    const url = input instanceof Request ? input.url : String(input);
    const file = /\/data\/([\w.-]+)$/.exec(url)?.[1];
    if (!file)
      return Promise.reject(new Error(`prerender: no fetch of ${url}`));
    return Promise.resolve(new Response(readFileSync(resolve(dataDir, file))));
  };
  try {
    return await work();
  } finally {
    globalThis.fetch = original;
  }
}

/**
 * The most drawn bars (`<rect … width="w">`, w > 0) in one svg of the HTML: what the benchmark
 * counts as the first chart (scripts/lib/bench-load.ts).
 */
function drawnBars(html: string): number {
  const svgs = [...html.matchAll(/<svg[^>]*>([\s\S]*?)<\/svg>/g)];
  return Math.max(
    0,
    ...svgs.map(
      (svg) =>
        [...(svg[1] ?? "").matchAll(/<rect\b[^>]*\swidth="([\d.]+)"/g)].filter(
          (m) => Number(m[1]) > 0,
        ).length,
    ),
  );
}

export function prerenderStartView(options: {
  readonly dataDir: string;
  /** The URL query pre-rendered (the default state of the first view). */
  readonly search: string;
  /** At least this many bars must be drawn in the pre-rendered chart. */
  readonly minBars: number;
}): Plugin {
  let config: ResolvedConfig;
  return {
    name: "prerender-start-view",
    apply: "build",
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: "post",
      async handler(html) {
        const server = await createServer({
          configFile: config.configFile ?? false,
          root: config.root,
          mode: config.mode,
          logLevel: "error",
          appType: "custom",
          server: { middlewareMode: true, hmr: false, ws: false, watch: null },
          // Nothing to pre-bundle: only the SSR loader runs, on Node's own modules.
          optimizeDeps: { noDiscovery: true, include: [] },
        });
        let page: { html: string; queries: readonly unknown[] };
        try {
          page = await withLocalData(options.dataDir, async () => {
            const module = (await server.ssrLoadModule(
              "/src/app/prerender.tsx",
            )) as PrerenderModule;
            return module.prerenderPage(options.search);
          });
        } finally {
          await server.close();
        }
        const bars = drawnBars(page.html);
        if (bars < options.minBars)
          throw new Error(
            `prerender: ${options.search} drew ${String(bars)} bars, expected ${String(options.minBars)}`,
          );
        const template =
          `<template id="prerendered" data-search="${escapeAttribute(options.search)}"` +
          ` data-queries="${escapeAttribute(JSON.stringify(page.queries))}">${page.html}</template>` +
          `<script>${BOOT_SCRIPT}</script>`;
        if (!html.includes('<div id="root"></div>'))
          throw new Error('prerender: index.html has no <div id="root"></div>');
        return html.replace(
          '<div id="root"></div>',
          `<div id="root"></div>${template}`,
        );
      },
    },
  };
}
