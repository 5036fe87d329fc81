/**
 * Sections 2 and 3 of Finansiering from one gate (the stimulus funds and the population they
 * were allocated by): the funds per kommun, in kr or kr per inhabitant, and each kommun's
 * allocation against its population share. Without a per-capita rule or a population to divide
 * by, each section says why instead of staying empty.
 */
import { ChartPlaceholder } from "@/charts/chart-placeholder";
import type { Gate } from "@/data/gate";
import type { ObservationsDataset } from "@/data/load-dataset";
import type { Area } from "@/domain/areas";
import { STIMULUS_FUNDS } from "@/domain/indicator-roles";
import type { Indicator } from "@/domain/indicators";
import type { FundingTable, Mode, ViewState } from "@/navigation/url-state";
import { useT } from "@/i18n/i18n";

import { DataGate } from "../shared/data-gate";

import { ExpectedSection } from "./expected-section";
import type { FundingData } from "./funding-data";
import { StimulusSection } from "./stimulus-section";
import { stimulusData, type StimulusData } from "./stimulus-data";

export interface StimulusAreaProps {
  readonly gate: FundingData["stimulus"];
  /** The agreements hold the sources of the distribution rules (section 3 quotes them). */
  readonly agreements: Gate<{ readonly agreements: ObservationsDataset }>;
  readonly indicators: readonly Indicator[];
  readonly kommuner: readonly Area[];
  readonly state: ViewState;
  readonly open: ReadonlySet<FundingTable>;
  readonly toggle: (section: FundingTable) => () => void;
  readonly onMode: (mode: Mode) => void;
}

export function StimulusArea(props: StimulusAreaProps) {
  const { gate, state, open, toggle } = props;
  const indicator =
    props.indicators.find((i) => i.id === STIMULUS_FUNDS.indicator) ?? null;
  const perCapita =
    state.mode === "per-capita" && Boolean(indicator?.perCapita);
  const data: Gate<StimulusData> =
    gate.status === "ready"
      ? {
          status: "ready",
          data: stimulusData({
            indicator,
            stimulus: gate.data.stimulus,
            population: gate.data.population,
            kommuner: props.kommuner,
            perCapita,
            selected: state.kommuner,
            sort: state.sort,
          }),
        }
      : gate;
  const rules =
    props.agreements.status === "ready"
      ? props.agreements.data.agreements
      : null;
  return (
    <>
      <DataGate gate={data}>
        {(d) =>
          d.kind === "ready" ? (
            <StimulusSection
              series={d.ranking}
              datasets={perCapita ? d.datasets : [d.datasets[0]]}
              showTable={open.has("stimulans")}
              onToggleTable={toggle("stimulans")}
              onMode={props.onMode}
            />
          ) : (
            <NoPerCapita data={d} />
          )
        }
      </DataGate>
      <DataGate gate={data}>
        {(d) =>
          d.kind === "ready" ? (
            <ExpectedSection
              series={d.expected}
              stimulusSourceIds={d.indicator.sourceIds}
              indicator={d.indicator}
              datasets={d.datasets}
              rules={rules}
              showTable={open.has("forvantat")}
              onToggleTable={toggle("forvantat")}
            />
          ) : (
            <NoPerCapita data={d} />
          )
        }
      </DataGate>
    </>
  );
}

/** The stimulus sections when there is nothing to divide by: a reason, never an empty place. */
function NoPerCapita({
  data,
}: {
  data: Exclude<StimulusData, { kind: "ready" }>;
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
