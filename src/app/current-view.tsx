/**
 * The view the URL names. The Presentation view gets the slide renderer (slide-view.tsx): it may
 * not import views itself, but its slides are views.
 */
import { lazy } from "react";

import type { UrlStateApi } from "@/navigation/use-url-state";

import { SlideView } from "./slide-view";
import { VIEW_COMPONENTS } from "./views";

const PresentationView = lazy(
  () => import("@/views/presentation/presentation-view"),
);

export function CurrentView({ url }: { url: UrlStateApi }) {
  const view = url.state.view;
  if (view === "presentation")
    return (
      <PresentationView
        url={url}
        renderSlide={(slide) => <SlideView slide={slide} />}
      />
    );
  const View = VIEW_COMPONENTS[view];
  return <View url={url} />;
}
