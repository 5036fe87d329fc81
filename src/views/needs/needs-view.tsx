/**
 * Behov och resurser: a need indicator (y) against resources per inhabitant (x), one dot per
 * kommun with both values. This container loads the data, resolves the URL state against it and
 * hands a ready-made series to the chart. Status (loading, error) is the data gate's, once.
 */
// Registers this view's messages with the i18n layer (they load with the view).
import "@/i18n/views/needs";
import { ChartPlaceholder } from "@/charts/chart-placeholder";
import { request, useData } from "@/data/use-data";
import { kommunerOf, type AreaCode } from "@/domain/areas";
import {
  COUNTY_WEIGHTS,
  DEFAULT_INDICATORS,
  needIndicators,
  resourceIndicators,
} from "@/domain/indicator-roles";
import type { LocalText } from "@/domain/local-text";
import { observationsOf } from "@/domain/observations";
import { resolveIndicator } from "@/navigation/resolve-choice";
import type { ViewState } from "@/navigation/url-state";
import type { UrlStateApi } from "@/navigation/use-url-state";
import { useT } from "@/i18n/i18n";

import { DataGate } from "../shared/data-gate";
import { UrlNotices } from "../shared/url-notices";

import { NeedsChart } from "./needs-chart";
import { NeedsControls } from "./needs-controls";
import "./needs.css";
import { resolveNeedPeriod } from "./resolve-needs";
import { needsScatter } from "./needs-scatter";

export default function NeedsView({ url }: { url: UrlStateApi }) {
  const { t, locale } = useT();
  const base = useData({
    areas: request.areas(),
    catalogue: request.catalogue(),
  });
  const catalogue = base.status === "ready" ? base.data.catalogue : null;
  const label = (text: LocalText): string => text[locale];
  const needs = catalogue ? needIndicators(catalogue.indicators) : [];
  const resources = catalogue ? resourceIndicators(catalogue.indicators) : [];
  const needChoice =
    needs.length > 0
      ? resolveIndicator(
          url.state.indicator,
          needs,
          DEFAULT_INDICATORS.need,
          label,
        )
      : null;
  const resourceChoice =
    resources.length > 0
      ? resolveIndicator(
          url.state.x,
          resources,
          DEFAULT_INDICATORS.resource,
          label,
        )
      : null;
  const need = needChoice?.indicator ?? null;
  const resource = resourceChoice?.indicator ?? null;
  const rule = resource?.perCapita ?? null;
  const needRequest = request.observations(need?.datasetId ?? null);
  // The period menu follows the need's data alone, so it fills in before the rest.
  const needData = useData({ need: needRequest });
  const chartData = useData({
    need: needRequest,
    resource: request.observations(resource?.datasetId ?? null),
    population: request.observations(rule?.populationDataset ?? null),
    // Inhabitants to weight a county value Kolada does not give (its cost KPIs have none).
    weights: request.observations(
      resource?.unit === "kr-per-inhabitant" ? COUNTY_WEIGHTS.dataset : null,
    ),
  });

  const heading = <h1 className="view-title">{t("needs.heading")}</h1>;
  if (base.status !== "ready" || !need || !resource || !needChoice) {
    return (
      <>
        {heading}
        <DataGate gate={base}>
          {() => <ChartPlaceholder state="empty" title={t("chart.empty")} />}
        </DataGate>
      </>
    );
  }

  const needObs =
    needData.status === "ready" && needData.data.need
      ? observationsOf(needData.data.need, need.id)
      : null;
  const periodChoice = needObs
    ? resolveNeedPeriod(url.state.period, needObs, need)
    : { period: url.state.period, periods: [], notices: [] };
  const notices = [
    ...needChoice.notices,
    ...(resourceChoice?.notices ?? []),
    ...periodChoice.notices,
  ];
  const kommuner = kommunerOf(base.data.areas.areas);
  const known = new Set(kommuner.map((k) => k.code));
  const selected = url.state.kommuner.filter((c) => known.has(c));
  for (const code of url.state.kommuner) {
    if (!known.has(code)) notices.push({ key: "unknownKommun", value: code });
  }

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
  const populationId = rule?.populationIndicator ?? COUNTY_WEIGHTS.indicator;
  const populationIndicator = base.data.catalogue.indicators.find(
    (i) => i.id === populationId,
  );

  return (
    <>
      {heading}
      <p className="view-intro">{t("needs.intro")}</p>
      <UrlNotices notices={notices} />
      <NeedsControls
        needs={needs}
        need={need}
        resources={resources}
        resource={resource}
        period={periodChoice.period}
        periods={periodChoice.periods}
        kommuner={kommuner}
        selected={selected}
        onNeed={(id) => {
          change({ indicator: id, period: null });
        }}
        onResource={(id) => {
          change({ x: id });
        }}
        onPeriod={(period) => {
          change({ period });
        }}
        onKommuner={(codes: AreaCode[]) => {
          change({ kommuner: codes });
        }}
      />
      <DataGate gate={chartData} frame={need.label[locale]}>
        {(data) => {
          const scatter =
            data.need && data.resource
              ? needsScatter({
                  need,
                  resource,
                  needData: data.need,
                  resourceData: data.resource,
                  population: data.population,
                  weights: data.weights,
                  needPeriod: periodChoice.period,
                  kommuner,
                  selected,
                })
              : null;
          if (!scatter)
            return <ChartPlaceholder state="empty" title={t("chart.empty")} />;
          return (
            <NeedsChart
              series={scatter.series}
              datasets={scatter.datasets}
              sourceIds={[
                ...need.sourceIds,
                ...resource.sourceIds,
                // The population's sources, when a value was divided or weighted by it.
                ...(scatter.populationUsed
                  ? (populationIndicator?.sourceIds ?? [])
                  : []),
              ]}
              showTable={url.state.table}
              onToggleTable={() => {
                change({ table: !url.state.table });
              }}
            />
          );
        }}
      </DataGate>
    </>
  );
}
