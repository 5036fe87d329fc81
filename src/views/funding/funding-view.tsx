/**
 * Finansiering: the agreements by year and recipient, the stimulus funds per kommun 2018 (kr and
 * kr per inhabitant), each kommun's allocation against its population share, and planned against
 * reported use. This container loads the data, reads the URL state (mode for kr / per inhabitant;
 * table + tables for which tables are open) and hands ready-made series to each section.
 */
// Registers this view's messages with the i18n layer (they load with the view).
import "@/i18n/views/funding";
import { ChartFrame } from "@/charts/chart-frame";
import { ChartPlaceholder } from "@/charts/chart-placeholder";
import {
  buildAgreementSeries,
  buildExpectedSeries,
  buildPlanReportSeries,
  planReportPairs,
  PLANNED_INDICATOR,
  REPORTED_INDICATOR,
} from "@/charts/series/funding-series";
import { buildRankingSeries } from "@/charts/series/ranking-series";
import { useAreas, useIndicators, useObservations } from "@/data/queries";
import { kommunerOf } from "@/domain/areas";
import { STIMULUS_FUNDS } from "@/domain/indicator-roles";
import { populationByArea } from "@/domain/metrics/derived";
import type { FundingTable, ViewState } from "@/navigation/url-state";
import type { UrlStateApi } from "@/navigation/use-url-state";
import { useT } from "@/i18n/i18n";

import { sourceLine } from "../shared/source-line";

import { AgreementsSection } from "./agreements-section";
import { ExpectedSection } from "./expected-section";
import { openTables, pendingOf, toggleTable } from "./funding-common";
import { PlanReportSection } from "./plan-report-section";
import { StimulusSection } from "./stimulus-section";

import "./funding.css";

const {
  dataset: STIMULUS_DATASET,
  indicator: STIMULUS_INDICATOR,
  period: STIMULUS_PERIOD,
} = STIMULUS_FUNDS;
const FALLBACK_MISSING = {
  sv: "Uppgift saknas i datasetet.",
  en: "No value in the dataset.",
};

export default function FundingView({ url }: { url: UrlStateApi }) {
  const { t } = useT();
  const areas = useAreas("kommuner");
  const catalogue = useIndicators("indikatorer");
  const agreements = useObservations("overenskommelser");
  const stimulus = useObservations(STIMULUS_DATASET);
  const population = useObservations("befolkning");
  const botkyrka = useObservations("botkyrka-2020");

  const open = openTables(url.state);
  const change = (patch: Partial<ViewState>): void => {
    url.update(patch);
  };
  const toggle = (section: FundingTable) => () => {
    change(toggleTable(url.state, section));
  };
  const loading = t("chart.loading");
  const heading = (
    <>
      <h1 className="view-title">{t("funding.heading")}</h1>
      <p className="lead">{t("funding.lead")}</p>
    </>
  );
  const base = pendingOf([areas, catalogue], loading);
  if (base !== null || !areas.data || !catalogue.data)
    return (
      <>
        {heading}
        {base}
      </>
    );
  const indicators = catalogue.data.indicators;
  const kommuner = kommunerOf(areas.data.areas);
  const stimulusIndicator =
    indicators.find((i) => i.id === STIMULUS_INDICATOR) ?? null;
  const perCapita =
    url.state.mode === "per-capita" && Boolean(stimulusIndicator?.perCapita);

  // 1. Agreements.
  const agreementsPending = pendingOf([agreements], loading);
  const agreementsBody =
    agreementsPending ??
    (agreements.data && (
      <AgreementsSection
        series={buildAgreementSeries(agreements.data.observations, indicators)}
        indicators={indicators}
        dataset={agreements.data}
        showTable={open.has("avtal")}
        onToggleTable={toggle("avtal")}
      />
    ));

  // 2. and 3. Stimulus funds per kommun, and expected against actual.
  const stimulusPending = pendingOf([stimulus, population], loading);
  let stimulusBody = stimulusPending;
  let expectedBody = stimulusPending;
  if (
    stimulusPending === null &&
    stimulus.data &&
    population.data &&
    stimulusIndicator?.perCapita
  ) {
    const rule = stimulusIndicator.perCapita;
    const populationMap = populationByArea(rule, population.data.observations);
    const series = buildRankingSeries({
      indicator: stimulusIndicator,
      observations: stimulus.data.observations,
      kommuner,
      period: STIMULUS_PERIOD,
      breakdown: "",
      perCapita,
      selected: url.state.kommuner,
      sort: url.state.sort,
      population: populationMap,
      missingReason: stimulus.data.entry.missingReason ?? FALLBACK_MISSING,
    });
    const datasets = [stimulus.data, population.data];
    stimulusBody = (
      <StimulusSection
        series={series}
        datasets={perCapita ? datasets : [stimulus.data]}
        showTable={open.has("stimulans")}
        onToggleTable={toggle("stimulans")}
        onMode={(mode) => {
          change({ mode });
        }}
      />
    );
    expectedBody = (
      <ExpectedSection
        series={buildExpectedSeries({
          indicator: stimulusIndicator,
          observations: stimulus.data.observations,
          kommuner,
          period: STIMULUS_PERIOD,
          population: populationMap,
        })}
        stimulusSourceIds={stimulusIndicator.sourceIds}
        indicator={stimulusIndicator}
        datasets={datasets}
        rules={agreements.data ?? null}
        showTable={open.has("forvantat")}
        onToggleTable={toggle("forvantat")}
      />
    );
  }

  // 4. Planned against reported use, for every kommun that has both.
  const planPending = pendingOf([botkyrka], loading);
  let planBody = planPending;
  if (planPending === null && botkyrka.data) {
    const pairs = planReportPairs(botkyrka.data.observations);
    const names = new Map(kommuner.map((k) => [k.code, k.name]));
    const data = botkyrka.data;
    planBody =
      pairs.length === 0 ? (
        <ChartFrame
          title={t("funding.noPlanReport")}
          subtitle=""
          sourceLine={sourceLine(
            [data],
            indicators
              .filter(
                (i) =>
                  i.id === PLANNED_INDICATOR || i.id === REPORTED_INDICATOR,
              )
              .flatMap((i) => i.sourceIds),
            t,
          )}
        >
          <ChartPlaceholder state="empty" title={t("funding.noPlanReport")} />
        </ChartFrame>
      ) : (
        pairs.map((p) => (
          <PlanReportSection
            key={`${p.area}-${p.period}`}
            series={buildPlanReportSeries(
              data.observations,
              indicators,
              p.area,
              p.period,
            )}
            name={names.get(p.area) ?? p.area}
            indicators={indicators}
            dataset={data}
            showTable={open.has("plan")}
            onToggleTable={toggle("plan")}
          />
        ))
      );
  }

  return (
    <div className="funding-view">
      {heading}
      <section aria-label={t("funding.heading")} className="funding-sections">
        {agreementsBody}
        {stimulusBody}
        {expectedBody}
        {planBody}
      </section>
    </div>
  );
}
