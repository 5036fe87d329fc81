/**
 * Every view's component, derived from the view registry (navigation/view-registry.ts) and the
 * folder convention: view `<name>` is the default export of views/<name>/<name>-view.tsx. Every
 * view loads on demand: the first view measured by the benchmark (Jämför kommuner) is
 * pre-rendered into index.html at build time, so it is on screen before any of its code
 * (README "Performance"). The page (app/current-view.tsx), the slides (views/presentation) and the
 * Kommunrapport (views/report) render views through this table; a view never imports another.
 */
import { lazy, type ComponentType } from "react";

import type { UrlStateApi } from "@/navigation/use-url-state";
import { serializeUrlState, type ViewState } from "@/navigation/url-state";
import { VIEWS, type View } from "@/navigation/view-registry";

interface ViewProps {
  readonly url: UrlStateApi;
}
type ViewModule = { readonly default: ComponentType<ViewProps> };

const LOADERS = import.meta.glob<ViewModule>("./*/*-view.tsx");

function loader(view: View): () => Promise<ViewModule> {
  const load = LOADERS[`./${view}/${view}-view.tsx`];
  if (!load)
    throw new Error(
      `View "${view}" is in the view registry but src/views/${view}/${view}-view.tsx does not exist.`,
    );
  return load;
}

function component(view: View): ComponentType<ViewProps> {
  return lazy(loader(view));
}

/** Loads a view's code ahead of its first render (a pre-rendered page before hydration). */
export async function preloadView(view: View): Promise<void> {
  await loader(view)();
}

export const VIEW_COMPONENTS = Object.fromEntries(
  VIEWS.map((view) => [view, component(view)]),
) as Record<View, ComponentType<ViewProps>>;

/** A read-only URL API for a view rendered with a fixed state (a slide, the Kommunrapport). */
export function fixedUrl(state: ViewState): UrlStateApi {
  return {
    state,
    notices: [],
    update: () => undefined,
    href: (patch) => serializeUrlState({ ...state, ...patch }) || "?",
  };
}
