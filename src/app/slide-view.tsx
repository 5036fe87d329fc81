/**
 * One presentation slide: the view a slide names, rendered with the slide's fixed state (its
 * query string, with the dataset versions captured with it pinned) in the presentation theme.
 *
 * Why here: only app/ may import views, and a slide IS a view state, so the deck editor
 * (views/presentation) gets this as a render function (current-view.tsx passes it down) instead
 * of importing the views. The view gets a read-only URL API: nothing on a slide can change the
 * page's URL. ChartActionsContext tells every ChartFrame that it is on a slide: the slide's chart
 * (by its export id) is kept and marked, its controls and export menu are left out; the
 * presentation stylesheet hides everything else the view draws.
 */
import { Suspense } from "react";

import { ChartActionsContext } from "@/charts/chart-actions";
import { ChartPlaceholder } from "@/charts/chart-placeholder";
import { DatasetPinsProvider } from "@/data/dataset-pins";
import { useT } from "@/i18n/i18n";
import type { Slide } from "@/data/decks/deck";
import { slideState } from "@/views/presentation/slide-state";
import type { UrlStateApi } from "@/navigation/use-url-state";
import { serializeUrlState, type ViewState } from "@/navigation/url-state";
import { ErrorBoundary } from "@/ui/error-boundary";
import { DatasetErrorMessage } from "@/views/shared/dataset-error";

import { VIEW_COMPONENTS } from "./views";

function fixedUrl(state: ViewState): UrlStateApi {
  return {
    state,
    notices: [],
    update: () => undefined,
    href: (patch) => serializeUrlState({ ...state, ...patch }) || "?",
  };
}

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
