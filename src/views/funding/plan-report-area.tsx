/**
 * Section 4 of Finansiering from its gate: planned against reported use for every kommun (and
 * period) that has both, or a frame that says no kommun has, with the sources it looked in.
 */
import { ChartFrame } from "@/charts/chart-frame";
import { ChartPlaceholder } from "@/charts/chart-placeholder";
import { planReportPairs } from "@/charts/series/plan-report-rows";
import { buildPlanReportSeries } from "@/charts/series/plan-report-series";
import type { ObservationsDataset } from "@/data/load-dataset";
import type { Area } from "@/domain/areas";
import { PLAN_REPORT_ROLES } from "@/domain/indicator-roles";
import type { Indicator } from "@/domain/indicators";
import { useT } from "@/i18n/i18n";

import { DataGate } from "../shared/data-gate";
import { sourceLine } from "../shared/source-line";

import type { FundingData } from "./funding-data";
import { PlanReportSection } from "./plan-report-section";

export interface PlanReportAreaProps {
  readonly gate: FundingData["plan"];
  readonly indicators: readonly Indicator[];
  readonly kommuner: readonly Area[];
  readonly showTable: boolean;
  readonly onToggleTable: () => void;
}

export function PlanReportArea({
  gate,
  indicators,
  kommuner,
  showTable,
  onToggleTable,
}: PlanReportAreaProps) {
  return (
    <DataGate gate={gate}>
      {({ plan }) => {
        const pairs = planReportPairs(plan.observations);
        if (pairs.length === 0)
          return <NoPlanReport dataset={plan} indicators={indicators} />;
        const names = new Map(kommuner.map((k) => [k.code, k.name]));
        return pairs.map((p) => (
          <PlanReportSection
            key={`${p.area}-${p.period}`}
            series={buildPlanReportSeries(
              plan.observations,
              indicators,
              p.area,
              p.period,
            )}
            name={names.get(p.area) ?? p.area}
            indicators={indicators}
            dataset={plan}
            showTable={showTable}
            onToggleTable={onToggleTable}
          />
        ));
      }}
    </DataGate>
  );
}

function NoPlanReport({
  dataset,
  indicators,
}: {
  dataset: ObservationsDataset;
  indicators: readonly Indicator[];
}) {
  const { t, locale } = useT();
  const ids: readonly string[] = [
    PLAN_REPORT_ROLES.planned,
    PLAN_REPORT_ROLES.reported,
  ];
  const sourceIds = indicators
    .filter((i) => ids.includes(i.id))
    .flatMap((i) => i.sourceIds);
  return (
    <ChartFrame
      title={t("funding.noPlanReport")}
      subtitle=""
      sourceLine={sourceLine([dataset], sourceIds, t, locale)}
    >
      <ChartPlaceholder state="empty" title={t("funding.noPlanReport")} />
    </ChartFrame>
  );
}
