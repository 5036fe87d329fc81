import { QueryClientProvider, type QueryKey } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";

import { prefetchDataQueries } from "@/data/queries";
import { parseUrlState } from "@/navigation/url-state";
import { preloadView } from "@/views/registry";

import { App } from "./app";
import { createQueryClient } from "./query-client";
import "./styles.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

const client = createQueryClient();
const app = (
  <StrictMode>
    <QueryClientProvider client={client}>
      <App />
    </QueryClientProvider>
  </StrictMode>
);

/**
 * A page pre-rendered at build time (scripts/lib/prerender-plugin.ts) for this very URL is already
 * on screen: the boot script in index.html put it there and marked #root. Its datasets are
 * loaded and verified (checksum, schema) and its view's code loaded before React takes the page
 * over (hydration), so React's first render is the same page. If a dataset is refused, the page
 * is drawn afresh and shows the error instead of the pre-rendered numbers.
 */
const prerendered = document.getElementById("prerendered");
const search = window.location.search;
if (
  prerendered instanceof HTMLTemplateElement &&
  root.dataset.prerendered === search
) {
  const queries = JSON.parse(prerendered.dataset.queries ?? "[]") as QueryKey[];
  // The page is already drawn: the rest loads once the shell has run (DOMContentLoaded).
  const hydrate = () =>
    Promise.all([
      prefetchDataQueries(client, queries),
      preloadView(parseUrlState(search).state.view),
    ]);
  const ready =
    document.readyState === "loading" || document.readyState === "interactive"
      ? new Promise<void>((done) => {
          document.addEventListener(
            "DOMContentLoaded",
            () => {
              done();
            },
            {
              once: true,
            },
          );
        })
      : Promise.resolve();
  void ready.then(hydrate).then(
    ([verified]) => {
      if (verified) hydrateRoot(root, app);
      else createRoot(root).render(app);
    },
    () => {
      createRoot(root).render(app);
    },
  );
} else {
  createRoot(root).render(app);
}
