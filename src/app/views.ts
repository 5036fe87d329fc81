/**
 * Every view's component, loaded on demand (the start view, Jämför kommuner, is in the shell).
 * Shared by the page (current-view.tsx) and the presentation slides (slide-view.tsx), which
 * render the same views with a fixed state.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from "react";

import type { UrlStateApi } from "@/navigation/use-url-state";
import type { View } from "@/navigation/url-state";

import CompareView from "@/views/compare/compare-view";

type ViewProps = { readonly url: UrlStateApi };
type ViewComponent =
  LazyExoticComponent<ComponentType<ViewProps>> | ComponentType<ViewProps>;

export const VIEW_COMPONENTS: Record<
  Exclude<View, "presentation">,
  ViewComponent
> = {
  compare: CompareView,
  sources: lazy(() => import("@/views/sources/sources-view")),
  overview: lazy(() => import("@/views/overview/overview-view")),
  profile: lazy(() => import("@/views/profile/profile-view")),
  funding: lazy(() => import("@/views/funding/funding-view")),
  needs: lazy(() => import("@/views/needs/needs-view")),
  map: lazy(() => import("@/views/map/map-view")),
  trends: lazy(() => import("@/views/trends/trends-view")),
  import: lazy(() => import("@/views/import/import-view")),
  accessibility: lazy(() => import("@/views/accessibility/accessibility-view")),
  report: lazy(() => import("./report-page")),
};
