/**
 * One presentation slide: the view a slide names, rendered with the slide's fixed state (its
 * query string, with the dataset versions captured with it pinned) in the presentation theme.
 *
 * A slide IS a view state, so the slide renders the view it names through the view registry
 * (views/registry.ts) instead of importing views. The view gets a read-only URL API: nothing on
 * a slide can change the page's URL. ChartActionsContext tells every ChartFrame that it is on a slide: the slide's chart
 * (by its export id) is kept and marked, its controls and export menu are left out; the
 * presentation stylesheet hides everything else the view draws.
 */
import { Suspense } from "react";

import { ChartActionsContext } from "@/charts/chart-actions";
import { ChartPlaceholder } from "@/charts/chart-placeholder";
import { DatasetPinsProvider } from "@/data/dataset-pins";
import { useT } from "@/i18n/i18n";
import type { Slide } from "@/data/decks/deck";
import { serializeUrlState, type ViewState } from "@/navigation/url-state";
import { ErrorBoundary } from "@/ui/error-boundary";

import { fixedUrl, VIEW_COMPONENTS } from "../registry";
import { DatasetErrorMessage } from "../shared/dataset-error";
import { slideState } from "./slide-state";

function SlideBody({ state }: { state: ViewState }) {
  const { t } = useT();
  if (state.view === "presentation")
    return <ChartPlaceholder state="empty" title={t("chart.empty")} />;
  const View = VIEW_COMPONENTS[state.view];
  return (
    <ErrorBoundary
      resetKeys={[serializeUrlState(state)]}
      fallback={(error) => <DatasetErrorMessage error={error} />}
    >
      <Suspense
        fallback={
          <ChartPlaceholder state="loading" title={t("chart.loading")} />
        }
      >
        <View url={fixedUrl(state)} />
      </Suspense>
    </ErrorBoundary>
  );
}

export function SlideView({ slide }: { slide: Slide }) {
  const state = slideState(slide);
  return (
    <DatasetPinsProvider pins={state.versions}>
      <ChartActionsContext value={{ Extra: null, slideChart: slide.chart }}>
        <SlideBody state={state} />
      </ChartActionsContext>
    </DatasetPinsProvider>
  );
}
