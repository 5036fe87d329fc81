/**
 * Jämför kommuner: one indicator, ranked bars for the 26 kommuner. The data side (loading,
 * resolving the URL, the ranked series) is the shared useIndicatorView; this view draws it. When
 * the chosen indicator's dataset fails, the error stands in the chart's frame and the controls
 * stay, so the user can choose something else.
 */
import { useEffect } from "react";

import type { AreaCode } from "@/domain/areas";
import { DEFAULT_INDICATORS } from "@/domain/indicator-roles";
import type { Reference, Sort, ViewState } from "@/navigation/url-state";
import type { UrlStateApi } from "@/navigation/use-url-state";
import { useT } from "@/i18n/i18n";
import { Segmented } from "@/ui/field";
import { onDemand } from "@/ui/on-demand";

import { CounterpartNote } from "../shared/counterpart-note";
import { GatedView } from "../shared/gated-view";
import { IndicatorChartGate } from "../shared/indicator-chart-gate";
import { IndicatorViewControls } from "../shared/indicator-view-controls";
import { UrlNotices } from "../shared/url-notices";
import {
  useIndicatorView,
  type IndicatorView,
} from "../shared/use-indicator-view";

import { CompareChart } from "./compare-chart";
import { ReferenceControl, useNationalAvailability } from "./reference-control";
import { preloadRankingSummary } from "./use-ranking-summary";

/**
 * The comparisons with all of Sweden: their own chunk (4 KB), never part of the first view's JS.
 * It is fetched as soon as the indicator on screen can be compared with Sweden, so that a click
 * on "Jämför med" only waits for the data (see ui/on-demand.ts for why not React.lazy).
 */
const nationalComparison = onDemand(() => import("./national-comparison"));

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
  const { t } = useT();
  // The summary's chunk loads alongside the data, so it is there when the chart is.
  useEffect(() => {
    void preloadRankingSummary();
  }, []);
  // A total mostly follows the population: per inhabitant tells the kommuner apart.
  const gate = useIndicatorView(url, {
    defaultIndicator: DEFAULT_INDICATORS.compare,
    perCapitaByDefault: true,
  });
  return (
    <GatedView title={t("views.compare")} gate={gate}>
      {(view) => <CompareBody view={view} url={url} />}
    </GatedView>
  );
}

function CompareBody({ view, url }: { view: IndicatorView; url: UrlStateApi }) {
  const { t } = useT();
  const { selected, change } = view;
  const reference = url.state.ref;
  const availability = useNationalAvailability(
    view.indicator,
    view.selection.mode,
    selected,
  );
  const NationalComparison = nationalComparison.useModule(
    (availability?.datasetId ?? null) !== null,
  )?.default;
  // The national figure only where it can be drawn; otherwise the control says why.
  const national =
    reference === "county" ||
    !availability?.datasetId ||
    (reference === "group" && !availability.group)
      ? null
      : { reference, datasetId: availability.datasetId };
  return (
    <>
      <UrlNotices notices={view.notices} />
      <IndicatorViewControls view={view}>
        <Segmented
          label={t("compare.sort")}
          value={url.state.sort}
          options={[
            { value: "value", label: t("compare.sortValue") },
            { value: "name", label: t("compare.sortName") },
          ]}
          onChange={(sort) => {
            change({ sort: sort as Sort });
          }}
        />
        <ReferenceControl
          value={national ? reference : "county"}
          availability={availability}
          onChange={(ref: Reference) => {
            change({ ref });
          }}
        />
      </IndicatorViewControls>
      <IndicatorChartGate view={view}>
        {(chart) => (
          <>
            {national && NationalComparison && (
              <NationalComparison
                series={chart.series}
                reference={national.reference}
                datasetId={national.datasetId}
                selected={selected}
                kommuner={view.kommuner}
              />
            )}
            <CompareChart
              series={chart.series}
              datasets={chart.datasets}
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
          </>
        )}
      </IndicatorChartGate>
      <CounterpartNote indicator={view.indicator} />
    </>
  );
}
