/**
 * Behov och resurser's state beyond the choice of indicators: the need's period (its menu follows
 * the need's data alone, so it fills in before the rest), the kommuner picked out, and the URL
 * change that starts from what is shown.
 */
import { request, useData } from "@/data/use-data";
import { kommunerOf } from "@/domain/areas";
import { observationsOf } from "@/domain/observations";
import { malformedValue, type ViewState } from "@/navigation/url-state";
import type { UrlStateApi } from "@/navigation/use-url-state";

import { selectedKommuner } from "../shared/selected-kommuner";
import type { ViewBase } from "../shared/use-view-base";

import { resolveNeedPeriod, type NeedsChoice } from "./resolve-needs";

export function useNeedsState(
  base: ViewBase,
  choice: NeedsChoice,
  url: UrlStateApi,
) {
  const { need, resource } = choice;
  const needData = useData({ need: request.observations(need.datasetId) });
  const periodChoice =
    needData.status === "ready"
      ? resolveNeedPeriod(
          url.state.period,
          observationsOf(needData.data.need, need.id),
          need,
          malformedValue(url.notices, "period"),
        )
      : { period: url.state.period, periods: [], notices: [] };
  const kommuner = kommunerOf(base.areas.areas);
  const { selected, notices } = selectedKommuner(url.state.kommuner, kommuner);

  /** Changes start from what is shown; values the URL left out stay out (short links). */
  const change = (patch: Partial<ViewState>): void => {
    const { state } = url;
    url.update({
      indicator: state.indicator === null ? null : need.id,
      x: state.x === null ? null : resource.id,
      period: state.period === null ? null : periodChoice.period,
      kommuner: selected,
      ...patch,
    });
  };
  return { periodChoice, kommuner, selected, notices, change };
}
