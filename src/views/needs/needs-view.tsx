/**
 * Behov och resurser: a need indicator (y) against resources per inhabitant (x), one dot per
 * kommun with both values. This container loads the data, resolves the URL state against it and
 * hands a ready-made series to the chart. Status (loading, error) is handled here, once.
 */
// Registers this view's messages with the i18n layer (they load with the view).
import "@/i18n/views/needs";
import { ChartFrame } from "@/charts/chart-frame";
import { ChartPlaceholder } from "@/charts/chart-placeholder";
import { buildScatterSeries } from "@/charts/series/scatter-series";
import { useAreas, useCatalogue, useObservations } from "@/data/queries";
import { kommunerOf, type AreaCode } from "@/domain/areas";
import {
  DEFAULT_INDICATORS,
  needIndicators,
  resourceIndicators,
} from "@/domain/indicator-roles";
import type { LocalText } from "@/domain/local-text";
import { populationByArea } from "@/domain/metrics/derived";
import { resolveIndicator } from "@/navigation/resolve-choice";
import type { ViewState } from "@/navigation/url-state";
import type { UrlStateApi } from "@/navigation/use-url-state";
import { useT } from "@/i18n/i18n";

import { DatasetErrorMessage } from "../shared/dataset-error";
import { UrlNotices } from "../shared/url-notices";
import { ViewPending } from "../shared/view-pending";

import { NeedsChart } from "./needs-chart";
import { NeedsControls } from "./needs-controls";
import "./needs.css";
import { resolveNeedPeriod, resolveResourcePeriod } from "./resolve-needs";

const FALLBACK_MISSING: LocalText = {
  sv: "Uppgift saknas i datasetet.",
  en: "No value in the dataset.",
};

export default function NeedsView({ url }: { url: UrlStateApi }) {
  const { t, locale } = useT();
  const areas = useAreas("kommuner");
  const catalogue = useCatalogue();
  const label = (text: LocalText): string => text[locale];
  const needs = catalogue.data ? needIndicators(catalogue.data.indicators) : [];
  const resources = catalogue.data
    ? resourceIndicators(catalogue.data.indicators)
    : [];
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
  const needObs = useObservations(need?.datasetId ?? null);
  const resourceObs = useObservations(resource?.datasetId ?? null);
  const rule = resource?.perCapita ?? null;
  const population = useObservations(rule?.populationDataset ?? null);

  const heading = <h1 className="view-title">{t("needs.heading")}</h1>;
  if (!areas.data || !catalogue.data || !need || !resource || !needChoice) {
    return <ViewPending heading={heading} queries={[areas, catalogue]} />;
  }

  const periodChoice = needObs.data
    ? resolveNeedPeriod(url.state.period, needObs.data.observations, need)
    : { period: url.state.period, periods: [], notices: [] };
  const notices = [
    ...needChoice.notices,
    ...(resourceChoice?.notices ?? []),
    ...periodChoice.notices,
  ];
  const kommuner = kommunerOf(areas.data.areas);
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

  const failed = [needObs, resourceObs, population].find((q) => q.isError);
  let body;
  if (failed) {
    body = (
      <ChartFrame
        title={need.label[locale]}
        subtitle={t("chart.errorTitle")}
        failed
      >
        <DatasetErrorMessage
          error={failed.error}
          onRetry={() => {
            void failed.refetch();
          }}
        />
      </ChartFrame>
    );
  } else if (
    !needObs.data ||
    !resourceObs.data ||
    (rule !== null && !population.data)
  ) {
    body = <ChartPlaceholder state="loading" title={t("chart.loading")} />;
  } else {
    const needPeriod = periodChoice.period;
    const resourcePeriod = resolveResourcePeriod(
      needPeriod,
      resourceObs.data.observations,
      resource,
    );
    if (needPeriod === null || resourcePeriod === null) {
      body = <ChartPlaceholder state="empty" title={t("chart.empty")} />;
    } else {
      const series = buildScatterSeries({
        need: {
          indicator: need,
          observations: needObs.data.observations,
          period: needPeriod,
          population: null,
          missingReason: needObs.data.entry.missingReason ?? FALLBACK_MISSING,
        },
        resource: {
          indicator: resource,
          observations: resourceObs.data.observations,
          period: resourcePeriod,
          population:
            rule !== null && population.data
              ? populationByArea(rule, population.data.observations)
              : null,
          missingReason:
            resourceObs.data.entry.missingReason ?? FALLBACK_MISSING,
        },
        kommuner,
        selected,
      });
      const populationIndicator =
        rule !== null
          ? catalogue.data.indicators.find(
              (i) => i.id === rule.populationIndicator,
            )
          : undefined;
      const datasets = [
        needObs.data,
        ...(resourceObs.data.entry.id === needObs.data.entry.id
          ? []
          : [resourceObs.data]),
        ...(rule !== null && population.data ? [population.data] : []),
      ];
      body = (
        <NeedsChart
          series={series}
          datasets={datasets}
          sourceIds={[
            ...need.sourceIds,
            ...resource.sourceIds,
            ...(populationIndicator?.sourceIds ?? []),
          ]}
          showTable={url.state.table}
          onToggleTable={() => {
            change({ table: !url.state.table });
          }}
        />
      );
    }
  }

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
      {body}
    </>
  );
}
