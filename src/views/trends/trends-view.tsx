/**
 * Trender: one indicator over the years — lines for the selected kommuner, the county and Sweden,
 * total or by women and men. Loads the data, resolves the URL state and hands it to the controls
 * (trends-controls) and to the chart or table below them (trends-body).
 */
// Registers this view's messages with the i18n layer (they load with the view).
import "@/i18n/views/trends";
import { useCallback, useState } from "react";

import { hasSexSplit, type TrendGroup } from "@/charts/series/trend-series";
import { useAreas, useCatalogue, useObservations } from "@/data/queries";
import { kommunerOf } from "@/domain/areas";
import type { ViewState } from "@/navigation/url-state";
import type { UrlStateApi } from "@/navigation/use-url-state";
import { useT } from "@/i18n/i18n";

import { UrlNotices } from "../shared/url-notices";
import { ViewPending } from "../shared/view-pending";

import { DatasetPeriods } from "./dataset-periods";
import {
  definesSexSplit,
  resolveTrend,
  trendIndicators,
} from "./resolve-trends";
import { TrendsBody } from "./trends-body";
import { TrendsControls } from "./trends-controls";

import "./trends.css";

export default function TrendsView({ url }: { url: UrlStateApi }) {
  const { t, locale } = useT();
  const areas = useAreas("kommuner");
  const catalogue = useCatalogue();
  const [counts, setCounts] = useState<Record<string, Record<string, number>>>(
    {},
  );
  const onCounts = useCallback(
    (datasetId: string, c: Record<string, number>) => {
      setCounts((prev) =>
        prev[datasetId] === c ? prev : { ...prev, [datasetId]: c },
      );
    },
    [],
  );
  const resolved = catalogue.data
    ? resolveTrend(url.state, catalogue.data.indicators, (l) => l[locale])
    : null;
  const indicator = resolved?.indicator ?? null;
  const observations = useObservations(indicator?.datasetId ?? null);

  const heading = <h1 className="view-title">{t("trends.heading")}</h1>;
  if (!areas.data || !catalogue.data || !resolved || !indicator) {
    return <ViewPending heading={heading} queries={[areas, catalogue]} />;
  }

  const all = catalogue.data.indicators;
  const datasetIds = [...new Set(all.map((i) => i.datasetId))];
  const merged = Object.assign({}, ...Object.values(counts)) as Record<
    string,
    number
  >;
  const offered = trendIndicators(all, merged);
  if (!offered.some((i) => i.id === indicator.id)) offered.push(indicator);

  const kommuner = kommunerOf(areas.data.areas);
  const known = new Set(kommuner.map((k) => k.code));
  const notices = [...resolved.notices];
  const selected = url.state.kommuner.filter((c) => known.has(c));
  for (const code of url.state.kommuner)
    if (!known.has(code)) notices.push({ key: "unknownKommun", value: code });

  const splitData = observations.data
    ? hasSexSplit(indicator, observations.data.observations)
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
      {datasetIds.map((id) => (
        <DatasetPeriods key={id} datasetId={id} onCounts={onCounts} />
      ))}
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
      <TrendsBody
        indicator={indicator}
        dataset={observations.data}
        isError={observations.isError}
        error={observations.error}
        onRetry={() => {
          void observations.refetch();
        }}
        areas={areas.data.areas}
        selected={selected}
        group={group}
        showTable={url.state.table}
        onToggleTable={() => {
          change({ table: !url.state.table });
        }}
      />
    </>
  );
}
