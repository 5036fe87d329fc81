/**
 * Jämför kommuner: one indicator, ranked bars for the 26 kommuner. This container loads the data,
 * resolves the URL state against it and hands ready-made series to the chart. Status (loading,
 * error) is handled here, once. When the chosen indicator's dataset fails, the error stands in
 * the chart's frame and the controls stay, so the user can choose something else.
 */
import { ChartFrame } from "@/charts/chart-frame";
import { ChartPlaceholder } from "@/charts/chart-placeholder";
import { buildRankingSeries } from "@/charts/series/ranking-series";
import { useAreas, useIndicators, useObservations } from "@/data/queries";
import { kommunerOf, type AreaCode } from "@/domain/areas";
import { populationByArea } from "@/domain/metrics/derived";
import type { ViewState } from "@/navigation/url-state";
import type { UrlStateApi } from "@/navigation/use-url-state";
import { useT } from "@/i18n/i18n";

import { DatasetErrorMessage } from "../shared/dataset-error";
import { UrlNotices } from "../shared/url-notices";
import { ViewPending } from "../shared/view-pending";

import { CompareChart } from "./compare-chart";
import { CompareControls } from "./compare-controls";
import {
  comparableIndicators,
  pendingSelection,
  resolveIndicator,
  resolveSelection,
} from "../shared/resolve-indicator";

/** The start indicator of Jämför kommuner: the 2018 stimulus funds. */
const DEFAULT_INDICATOR = "stimulansmedel";

const FALLBACK_MISSING = {
  sv: "Uppgift saknas i datasetet.",
  en: "No value in the dataset.",
};

/** The Kommunprofil of `code`, keeping the other selected kommuner. */
function profilePatch(
  code: AreaCode,
  selected: readonly AreaCode[],
): Partial<ViewState> {
  return {
    view: "profile",
    kommuner: [code, ...selected.filter((c) => c !== code)],
    indicator: null,
    period: null,
    group: null,
    table: false,
  };
}

export default function CompareView({ url }: { url: UrlStateApi }) {
  const { t, locale } = useT();
  const areas = useAreas("kommuner");
  const catalogue = useIndicators("indikatorer");
  const resolved = catalogue.data
    ? resolveIndicator(
        url.state,
        catalogue.data.indicators,
        (l) => l[locale],
        DEFAULT_INDICATOR,
      )
    : null;
  const indicator = resolved?.indicator ?? null;
  const observations = useObservations(indicator?.datasetId ?? null);
  const populationRule =
    url.state.mode === "per-capita" ? indicator?.perCapita : null;
  const population = useObservations(populationRule?.populationDataset ?? null);

  const heading = <h1 className="view-title">{t("views.compare")}</h1>;
  if (!areas.data || !catalogue.data || !resolved || !indicator) {
    return <ViewPending heading={heading} queries={[areas, catalogue]} />;
  }

  const selection = observations.data
    ? resolveSelection(url.state, indicator, observations.data.observations)
    : pendingSelection(url.state, indicator);
  const notices = [...resolved.notices, ...selection.notices];
  const kommuner = kommunerOf(areas.data.areas);
  const known = new Set(kommuner.map((k) => k.code));
  const selected = url.state.kommuner.filter((c) => known.has(c));
  for (const code of url.state.kommuner) {
    if (!known.has(code)) notices.push({ key: "unknownKommun", value: code });
  }
  const perCapita = selection.mode === "per-capita";

  /**
   * Every change starts from what is shown, so a bad value in the URL is replaced by its
   * fallback; values the URL left out stay out (short links).
   */
  const change = (patch: Partial<ViewState>): void => {
    const { state } = url;
    url.update({
      indicator: state.indicator === null ? null : indicator.id,
      period: state.period === null ? null : selection.period,
      group:
        state.group === null || selection.group === "" ? null : selection.group,
      mode: selection.mode,
      kommuner: selected,
      ...patch,
    });
  };

  const chartFailed = [observations, population].find((q) => q.isError);
  let body;
  if (chartFailed) {
    body = (
      <ChartFrame
        title={indicator.label[locale]}
        subtitle={t("chart.errorTitle")}
      >
        <DatasetErrorMessage
          error={chartFailed.error}
          onRetry={() => {
            void chartFailed.refetch();
          }}
        />
      </ChartFrame>
    );
  } else if (!observations.data || (perCapita && !population.data)) {
    body = <ChartPlaceholder state="loading" title={t("chart.loading")} />;
  } else if (selection.period === null) {
    body = <ChartPlaceholder state="empty" title={t("chart.empty")} />;
  } else {
    const series = buildRankingSeries({
      indicator,
      observations: observations.data.observations,
      kommuner,
      period: selection.period,
      breakdown: selection.group,
      perCapita,
      selected,
      sort: url.state.sort,
      population:
        perCapita && indicator.perCapita && population.data
          ? populationByArea(indicator.perCapita, population.data.observations)
          : null,
      missingReason: observations.data.entry.missingReason ?? FALLBACK_MISSING,
    });
    const datasets = [
      observations.data,
      ...(perCapita && population.data ? [population.data] : []),
    ];
    body = (
      <CompareChart
        series={series}
        datasets={datasets}
        showTable={url.state.table}
        onToggleTable={() => {
          change({ table: !url.state.table });
        }}
        kommunLink={{
          href: (code) => url.href(profilePatch(code, selected)),
          open: (code) => {
            url.update(profilePatch(code, selected));
          },
        }}
      />
    );
  }

  return (
    <>
      {heading}
      <UrlNotices notices={notices} />
      <CompareControls
        indicators={comparableIndicators(catalogue.data.indicators)}
        indicator={indicator}
        selection={selection}
        kommuner={kommuner}
        state={url.state}
        onChange={change}
      />
      {body}
    </>
  );
}
