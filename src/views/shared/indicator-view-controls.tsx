/**
 * The filter bar of a one-indicator view (Jämför kommuner, Karta): indicator, year, group and
 * mode, the view's own control (order, colour scale) as children, then the highlighted kommuner.
 */
import type { ReactNode } from "react";

import type { ViewState } from "@/navigation/url-state";
import { useT } from "@/i18n/i18n";

import { IndicatorFields } from "./indicator-fields";
import { KommunPicker } from "./kommun-picker";
import type { IndicatorView } from "./use-indicator-view";

export function IndicatorViewControls({
  view,
  state,
  children,
}: {
  view: IndicatorView;
  state: ViewState;
  children: ReactNode;
}) {
  const { t } = useT();
  return (
    <div className="controls" role="group" aria-label={t("compare.indicator")}>
      <IndicatorFields
        indicators={view.indicators}
        indicator={view.indicator}
        selection={view.selection}
        onChange={view.change}
      />
      {children}
      <KommunPicker
        kommuner={view.kommuner}
        selected={state.kommuner}
        onChange={(codes) => {
          view.change({ kommuner: codes });
        }}
      />
    </div>
  );
}
