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
import { UrlNotices } from "../shared/url-notices";

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
  const { t, locale } = useT();
  const base = useData({
    areas: request.areas(),
    catalogue: request.catalogue(),
  });
  const all = base.status === "ready" ? base.data.catalogue.indicators : null;
  const resolved = all ? resolveTrend(url.state, all, (l) => l[locale]) : null;
  const indicator = resolved?.indicator ?? null;
  const data = useData({
    observations: request.observations(indicator?.datasetId ?? null),
  });
  // The menu offers indicators with a trend, counted in every dataset as it arrives.
  const datasetIds = all ? [...new Set(all.map((i) => i.datasetId))] : [];
  const counts = useObservationsEach(datasetIds, loadedPeriodCounts);

  const heading = <h1 className="view-title">{t("trends.heading")}</h1>;
  if (base.status !== "ready" || !all || !resolved || !indicator) {
    return (
      <>
        {heading}
        <DataGate gate={base} />
      </>
    );
  }

  const offered = trendIndicators(all, counts);
  if (!offered.some((i) => i.id === indicator.id)) offered.push(indicator);

  const areas = base.data.areas.areas;
  const kommuner = kommunerOf(areas);
  const known = new Set(kommuner.map((k) => k.code));
  const notices = [...resolved.notices];
  const selected = url.state.kommuner.filter((c) => known.has(c));
  for (const code of url.state.kommuner)
    if (!known.has(code)) notices.push({ key: "unknownKommun", value: code });

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
      {heading}
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
        {({ observations }) =>
          observations && (
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
          )
        }
      </DataGate>
    </>
  );
}
