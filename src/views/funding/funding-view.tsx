/**
 * Finansiering: the agreements by year and recipient, the stimulus funds per kommun 2018 (kr and
 * kr per inhabitant), each kommun's allocation against its population share, and planned against
 * reported use. This container loads the data, reads the URL state (mode for kr / per inhabitant;
 * table + tables for which tables are open) and hands it to each section's area, which builds
 * that section's series.
 */
// Registers this view's messages with the i18n layer (they load with the view).
import "@/i18n/views/funding";
import { buildAgreementSeries } from "@/charts/series/agreement-series";
import { request, useData } from "@/data/use-data";
import { kommunerOf } from "@/domain/areas";
import type { FundingTable } from "@/navigation/url-state";
import type { UrlStateApi } from "@/navigation/use-url-state";
import { useT } from "@/i18n/i18n";

import { DataGate } from "../shared/data-gate";
import { GatedView } from "../shared/gated-view";

import { AgreementsSection } from "./agreements-section";
import { openTables, toggleTable } from "./funding-common";
import {
  useFundingData,
  type FundingBase,
  type FundingData,
} from "./funding-data";
import { PlanReportArea } from "./plan-report-area";
import { StimulusArea } from "./stimulus-area";

import "./funding.css";

export default function FundingView({ url }: { url: UrlStateApi }) {
  const { t } = useT();
  const base = useData({
    areas: request.areas(),
    catalogue: request.indicators(),
  });
  // The sections' data loads alongside the base, each with its own gate.
  const data = useFundingData();
  return (
    <GatedView
      title={t("funding.heading")}
      lead={<p className="lead">{t("funding.lead")}</p>}
      gate={base}
    >
      {(loaded) => <FundingSections base={loaded} data={data} url={url} />}
    </GatedView>
  );
}

function FundingSections({
  base,
  data,
  url,
}: {
  base: FundingBase;
  data: FundingData;
  url: UrlStateApi;
}) {
  const { t } = useT();
  const indicators = base.catalogue.indicators;
  const kommuner = kommunerOf(base.areas.areas);
  const open = openTables(url.state);
  const toggle = (section: FundingTable) => () => {
    url.update(toggleTable(url.state, section));
  };
  return (
    <section aria-label={t("funding.heading")} className="funding-sections">
      {/* 1. Agreements. */}
      <DataGate gate={data.agreements}>
        {({ agreements }) => (
          <AgreementsSection
            series={buildAgreementSeries(agreements.observations, indicators)}
            indicators={indicators}
            dataset={agreements}
            showTable={open.has("avtal")}
            onToggleTable={toggle("avtal")}
          />
        )}
      </DataGate>
      {/* 2. and 3. Stimulus funds per kommun, and expected against actual. */}
      <StimulusArea
        gate={data.stimulus}
        agreements={data.agreements}
        indicators={indicators}
        kommuner={kommuner}
        state={url.state}
        open={open}
        toggle={toggle}
        onMode={(mode) => {
          url.update({ mode });
        }}
      />
      {/* 4. Planned against reported use, for every kommun that has both. */}
      <PlanReportArea
        gate={data.plan}
        indicators={indicators}
        kommuner={kommuner}
        showTable={open.has("plan")}
        onToggleTable={toggle("plan")}
      />
    </section>
  );
}
