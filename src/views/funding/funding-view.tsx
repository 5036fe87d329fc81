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
  buildPlanReportSeries,
  planReportPairs,
  PLANNED_INDICATOR,
  REPORTED_INDICATOR,
} from "@/charts/series/funding-series";
import { request, useData } from "@/data/use-data";
import { kommunerOf } from "@/domain/areas";
import { STIMULUS_FUNDS } from "@/domain/indicator-roles";
import type { FundingTable, ViewState } from "@/navigation/url-state";
import type { UrlStateApi } from "@/navigation/use-url-state";
import { useT } from "@/i18n/i18n";

import { DataGate } from "../shared/data-gate";
import { sourceLine } from "../shared/source-line";

import { AgreementsSection } from "./agreements-section";
import { ExpectedSection } from "./expected-section";
import { openTables, toggleTable } from "./funding-common";
import { PlanReportSection } from "./plan-report-section";
import { StimulusSection } from "./stimulus-section";
import { stimulusData } from "./stimulus-data";

import "./funding.css";

const { dataset: STIMULUS_DATASET, indicator: STIMULUS_INDICATOR } =
  STIMULUS_FUNDS;

export default function FundingView({ url }: { url: UrlStateApi }) {
  const { t } = useT();
  const base = useData({
    areas: request.areas(),
    catalogue: request.indicators(),
  });
  // Each section has its own gate: one broken file costs one section.
  const agreements = useData({
    agreements: request.observations("overenskommelser"),
  });
  const stimulus = useData({
    stimulus: request.observations(STIMULUS_DATASET),
    population: request.observations("befolkning"),
  });
  const plan = useData({ botkyrka: request.observations("botkyrka-2020") });

  const open = openTables(url.state);
  const change = (patch: Partial<ViewState>): void => {
    url.update(patch);
  };
  const toggle = (section: FundingTable) => () => {
    change(toggleTable(url.state, section));
  };
  const heading = (
    <>
      <h1 className="view-title">{t("funding.heading")}</h1>
      <p className="lead">{t("funding.lead")}</p>
    </>
  );
  if (base.status !== "ready")
    return (
      <>
        {heading}
        <DataGate gate={base} />
      </>
    );
  const indicators = base.data.catalogue.indicators;
  const kommuner = kommunerOf(base.data.areas.areas);
  const stimulusIndicator =
    indicators.find((i) => i.id === STIMULUS_INDICATOR) ?? null;
  const perCapita =
    url.state.mode === "per-capita" && Boolean(stimulusIndicator?.perCapita);
  const stimulusGate =
    stimulus.status === "ready"
      ? {
          status: "ready" as const,
          data: stimulusData({
            indicator: stimulusIndicator,
            stimulus: stimulus.data.stimulus,
            population: stimulus.data.population,
            kommuner,
            perCapita,
            selected: url.state.kommuner,
            sort: url.state.sort,
          }),
        }
      : stimulus;

  return (
    <div className="funding-view">
      {heading}
      <section aria-label={t("funding.heading")} className="funding-sections">
        {/* 1. Agreements. */}
        <DataGate gate={agreements}>
          {(data) => (
            <AgreementsSection
              series={buildAgreementSeries(
                data.agreements.observations,
                indicators,
              )}
              indicators={indicators}
              dataset={data.agreements}
              showTable={open.has("avtal")}
              onToggleTable={toggle("avtal")}
            />
          )}
        </DataGate>
        {/* 2. and 3. Stimulus funds per kommun, and expected against actual. */}
        <DataGate gate={stimulusGate}>
          {(data) =>
            data.kind === "ready" ? (
              <StimulusSection
                series={data.ranking}
                datasets={perCapita ? data.datasets : [data.datasets[0]]}
                showTable={open.has("stimulans")}
                onToggleTable={toggle("stimulans")}
                onMode={(mode) => {
                  change({ mode });
                }}
              />
            ) : (
              <NoPerCapita data={data} />
            )
          }
        </DataGate>
        <DataGate gate={stimulusGate}>
          {(data) =>
            data.kind === "ready" ? (
              <ExpectedSection
                series={data.expected}
                stimulusSourceIds={data.indicator.sourceIds}
                indicator={data.indicator}
                datasets={data.datasets}
                rules={
                  agreements.status === "ready"
                    ? agreements.data.agreements
                    : null
                }
                showTable={open.has("forvantat")}
                onToggleTable={toggle("forvantat")}
              />
            ) : (
              <NoPerCapita data={data} />
            )
          }
        </DataGate>
        {/* 4. Planned against reported use, for every kommun that has both. */}
        <DataGate gate={plan}>
          {({ botkyrka }) => {
            const pairs = planReportPairs(botkyrka.observations);
            if (pairs.length === 0)
              return (
                <ChartFrame
                  title={t("funding.noPlanReport")}
                  subtitle=""
                  sourceLine={sourceLine(
                    [botkyrka],
                    indicators
                      .filter(
                        (i) =>
                          i.id === PLANNED_INDICATOR ||
                          i.id === REPORTED_INDICATOR,
                      )
                      .flatMap((i) => i.sourceIds),
                    t,
                  )}
                >
                  <ChartPlaceholder
                    state="empty"
                    title={t("funding.noPlanReport")}
                  />
                </ChartFrame>
              );
            const names = new Map(kommuner.map((k) => [k.code, k.name]));
            return pairs.map((p) => (
              <PlanReportSection
                key={`${p.area}-${p.period}`}
                series={buildPlanReportSeries(
                  botkyrka.observations,
                  indicators,
                  p.area,
                  p.period,
                )}
                name={names.get(p.area) ?? p.area}
                indicators={indicators}
                dataset={botkyrka}
                showTable={open.has("plan")}
                onToggleTable={toggle("plan")}
              />
            ));
          }}
        </DataGate>
      </section>
    </div>
  );
}

/** The stimulus sections when there is nothing to divide by: a reason, never an empty place. */
function NoPerCapita({
  data,
}: {
  data: Exclude<ReturnType<typeof stimulusData>, { kind: "ready" }>;
}) {
  const { t } = useT();
  const title =
    data.kind === "no-rule"
      ? t("funding.noPerCapitaRule")
      : t("chart.noPopulation", {
          period: data.rule.populationPeriod,
          dataset: data.rule.populationDataset,
        });
  return <ChartPlaceholder state="empty" title={title} />;
}
