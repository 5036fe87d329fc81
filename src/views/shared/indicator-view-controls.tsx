/**
 * The filter bar of a one-indicator view (Jämför kommuner, Karta): indicator, year, group and
 * mode, the view's own control (order, colour scale) as children, then the highlighted kommuner
 * (those that exist: a code the link named but the county does not have is a notice, not a chip).
 */
import type { ReactNode } from "react";

import { useT } from "@/i18n/i18n";

import { IndicatorFields } from "./indicator-fields";
import { KommunPicker } from "./kommun-picker";
import type { IndicatorView } from "./use-indicator-view";

export function IndicatorViewControls({
  view,
  children,
}: {
  view: IndicatorView;
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
        selected={view.selected}
        onChange={(codes) => {
          view.change({ kommuner: codes });
        }}
      />
    </div>
  );
}
