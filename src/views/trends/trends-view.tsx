/**
 * Trender: one indicator over the years — lines for the selected kommuner, the county and Sweden,
 * total or by women and men. Loads the data, resolves the URL state and hands it to the controls
 * (trends-controls) and to the chart or table below them (trends-body).
 */
// Registers this view's messages with the i18n layer (they load with the view).
import "@/i18n/views/trends";
import { hasSexSplit, type TrendGroup } from "@/charts/series/trend-groups";
import { useObservationsEach } from "@/data/gate";
import { request, useData } from "@/data/use-data";
import { kommunerOf } from "@/domain/areas";
import { observationsOf } from "@/domain/observations";
import type { ViewState } from "@/navigation/url-state";
import type { UrlStateApi } from "@/navigation/use-url-state";
import { useT } from "@/i18n/i18n";

import { DataGate } from "../shared/data-gate";
import { GatedView } from "../shared/gated-view";
import { selectedKommuner } from "../shared/selected-kommuner";
import { UrlNotices } from "../shared/url-notices";
import { useViewBase, type ViewBase } from "../shared/use-view-base";

import {
  definesSexSplit,
  loadedPeriodCounts,
  resolveTrend,
  trendIndicators,
} from "./resolve-trends";
import { TrendsBody } from "./trends-body";
import { TrendsControls } from "./trends-controls";

import "./trends.css";

export default function TrendsView({ url }: { url: UrlStateApi }) {
  const { t } = useT();
  const base = useViewBase();
  return (
    <GatedView title={t("trends.heading")} gate={base}>
      {(loaded) => <TrendsPage base={loaded} url={url} />}
    </GatedView>
  );
}

function TrendsPage({ base, url }: { base: ViewBase; url: UrlStateApi }) {
  const { t, locale } = useT();
  const all = base.catalogue.indicators;
  const resolved = resolveTrend(url.state, all, (l) => l[locale], url.notices);
  const { indicator } = resolved;
  const data = useData({
    observations: request.observations(indicator.datasetId),
  });
  // The menu offers indicators with a trend, counted in every dataset as it arrives.
  const datasetIds = [...new Set(all.map((i) => i.datasetId))];
  const counts = useObservationsEach(datasetIds, loadedPeriodCounts);

  const offered = trendIndicators(all, counts);
  if (!offered.some((i) => i.id === indicator.id)) offered.push(indicator);

  const areas = base.areas.areas;
  const kommuner = kommunerOf(areas);
  const picked = selectedKommuner(url.state.kommuner, kommuner);
  const notices = [...resolved.notices, ...picked.notices];
  const { selected } = picked;

  const loaded = data.status === "ready" ? data.data.observations : null;
  const splitData = loaded
    ? hasSexSplit(indicator, observationsOf(loaded, indicator.id))
    : definesSexSplit(indicator);
  const group: TrendGroup = splitData ? resolved.group : "";

  const change = (patch: Partial<ViewState>): void => {
    url.update({
      indicator: url.state.indicator === null ? null : indicator.id,
      group: group === "" ? null : group,
      kommuner: selected,
      period: null,
      ...patch,
    });
  };

  return (
    <>
      <p className="trends-intro">{t("trends.intro")}</p>
      <UrlNotices notices={notices} />
      <TrendsControls
        indicator={indicator}
        all={all}
        offered={offered}
        group={group}
        splitData={splitData}
        kommuner={kommuner}
        selected={selected}
        onChange={change}
      />
      <DataGate gate={data} frame={indicator.label[locale]}>
        {({ observations }) => (
          <TrendsBody
            indicator={indicator}
            dataset={observations}
            areas={areas}
            selected={selected}
            group={group}
            showTable={url.state.table}
            onToggleTable={() => {
              change({ table: !url.state.table });
            }}
          />
        )}
      </DataGate>
    </>
  );
}
