/**
 * Every view's component, derived from the view registry (navigation/view-registry.ts) and the
 * folder convention: view `<name>` is the default export of views/<name>/<name>-view.tsx. Views
 * load on demand, except the first view measured by the benchmark (Jämför kommuner), which is
 * part of the shell. The page (app/current-view.tsx), the slides (views/presentation) and the
 * Kommunrapport (views/report) render views through this table; a view never imports another.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from "react";

import type { UrlStateApi } from "@/navigation/use-url-state";
import { serializeUrlState, type ViewState } from "@/navigation/url-state";
import { VIEWS, type View } from "@/navigation/view-registry";

import CompareView from "./compare/compare-view";

interface ViewProps {
  readonly url: UrlStateApi;
}
type ViewComponent =
  LazyExoticComponent<ComponentType<ViewProps>> | ComponentType<ViewProps>;
type ViewModule = { readonly default: ComponentType<ViewProps> };

/** Views in the shell (no separate chunk). */
const SHELL_VIEWS: Partial<Record<View, ComponentType<ViewProps>>> = {
  compare: CompareView,
};

// The pattern leaves out the shell's views, so Vite does not also split them into a chunk.
const LOADERS = import.meta.glob<ViewModule>([
  "./*/*-view.tsx",
  "!./compare/compare-view.tsx",
]);

function component(view: View): ViewComponent {
  const shell = SHELL_VIEWS[view];
  if (shell) return shell;
  const load = LOADERS[`./${view}/${view}-view.tsx`];
  if (!load)
    throw new Error(
      `View "${view}" is in the view registry but src/views/${view}/${view}-view.tsx does not exist.`,
    );
  return lazy(load);
}

export const VIEW_COMPONENTS = Object.fromEntries(
  VIEWS.map((view) => [view, component(view)]),
) as Record<View, ViewComponent>;

/** A read-only URL API for a view rendered with a fixed state (a slide, the Kommunrapport). */
export function fixedUrl(state: ViewState): UrlStateApi {
  return {
    state,
    notices: [],
    update: () => undefined,
    href: (patch) => serializeUrlState({ ...state, ...patch }) || "?",
  };
}
