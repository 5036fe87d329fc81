/**
 * Trender: one indicator over the years — lines for the selected kommuner, the county, Sweden and
 * (optionally) the kommungrupp median, total or by women and men. Loads the data, resolves the
 * URL state and hands it to the controls (trends-controls) and to the chart or table below them
 * (trends-body); the median's national data loads only when asked for (use-trend-medians).
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
import { referencesOf } from "./trend-references";
import { referenceAvailability, useTrendMedians } from "./use-trend-medians";

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

/** The URL state resolved against the catalogue and the data: what the page shows. */
function useTrendsPage(base: ViewBase, url: UrlStateApi) {
  const { locale } = useT();
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

  const kommuner = kommunerOf(base.areas.areas);
  const picked = selectedKommuner(url.state.kommuner, kommuner);
  const { selected } = picked;

  const loaded = data.status === "ready" ? data.data.observations : null;
  const own = loaded ? observationsOf(loaded, indicator.id) : null;
  const splitData = own
    ? hasSexSplit(indicator, own)
    : definesSexSplit(indicator);
  const group: TrendGroup = splitData ? resolved.group : "";
  const refs = referencesOf(url.state.lines);

  const change = (patch: Partial<ViewState>): void => {
    url.update({
      indicator: url.state.indicator === null ? null : indicator.id,
      group: group === "" ? null : group,
      kommuner: selected,
      period: null,
      ...patch,
    });
  };
  return {
    all,
    indicator,
    offered,
    kommuner,
    selected,
    notices: [...resolved.notices, ...picked.notices],
    data,
    own,
    splitData,
    group,
    refs,
    change,
  };
}

function TrendsPage({ base, url }: { base: ViewBase; url: UrlStateApi }) {
  const { t, locale } = useT();
  const page = useTrendsPage(base, url);
  const { indicator, selected, refs, change } = page;
  const medians = useTrendMedians(indicator, refs.group, selected);
  const availability = referenceAvailability(
    indicator,
    page.own,
    medians,
    selected,
    t,
  );
  return (
    <>
      <p className="trends-intro">{t("trends.intro")}</p>
      <UrlNotices notices={page.notices} />
      <TrendsControls
        indicator={indicator}
        all={page.all}
        offered={page.offered}
        group={page.group}
        splitData={page.splitData}
        kommuner={page.kommuner}
        selected={selected}
        references={refs}
        availability={availability}
        onChange={change}
      />
      <DataGate gate={page.data} frame={indicator.label[locale]}>
        {({ observations }) => (
          <TrendsBody
            indicator={indicator}
            dataset={observations}
            areas={base.areas.areas}
            selected={selected}
            group={page.group}
            references={{
              sweden: refs.sweden && availability.sweden === null,
              medians: availability.group === null ? medians.gate : null,
            }}
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
