/** Section 4: planned against reported use of the stimulus funds, per target group and activity. */
import type { PlanReportSeries } from "@/charts/series/plan-report-series";
import { planReportSummary } from "@/charts/summary/funding-summaries";
import type { DatasetMeta } from "@/data/load-dataset";
import { PLAN_REPORT_ROLES } from "@/domain/indicator-roles";
import type { Indicator } from "@/domain/indicators";
import { useT } from "@/i18n/i18n";

import { observationExportRows } from "../shared/export-rows";

import { sourceLocator } from "../shared/locate";

import { cite } from "./funding-common";
import { FundingFrame } from "./funding-frame";
import { PlanReportChart } from "./plan-report-chart";
import { PlanReportTable } from "./plan-report-table";
import { planText } from "./plan-report-text";

export interface PlanReportSectionProps {
  readonly series: PlanReportSeries;
  readonly name: string;
  readonly indicators: readonly Indicator[];
  readonly dataset: DatasetMeta;
  readonly showTable: boolean;
  readonly onToggleTable: () => void;
}

export function PlanReportSection({
  series,
  name,
  indicators,
  dataset,
  showTable,
  onToggleTable,
}: PlanReportSectionProps) {
  const { t, locale } = useT();
  const { kr } = planText(t, locale);
  const title = t("funding.planTitle", {
    name,
    period: series.period,
    reported: kr(series.reportedTotal),
    planned: kr(series.plannedTotal?.value ?? null),
  });
  const sourceIdsOf = (id: string): readonly string[] =>
    indicators.find((i) => i.id === id)?.sourceIds ?? [];
  const plannedSources = sourceIdsOf(PLAN_REPORT_ROLES.planned);
  const reportedSources = sourceIdsOf(PLAN_REPORT_ROLES.reported);
  return (
    <FundingFrame
      id="funding-plan-report"
      title={title}
      subtitle={t("funding.planSubtitle")}
      summary={planReportSummary(series, t, locale)}
      datasets={[dataset]}
      sourceIds={[...plannedSources, ...reportedSources]}
      rows={(c) =>
        observationExportRows(
          [
            ...series.groups.flatMap((g) => [
              ...g.activities.flatMap((a) => [a.planned, a.reported]),
              g.reportedSubtotal,
            ]),
            series.plannedTotal,
          ],
          indicators,
          c,
          (code) => (code === series.area ? name : code),
        )
      }
      showTable={showTable}
      onToggleTable={onToggleTable}
      before={
        <p className="funding-plan-sources">
          {t("funding.planSources", {
            planned: plannedSources.map((id) => cite([dataset], id)).join("; "),
            reported: reportedSources
              .map((id) => cite([dataset], id))
              .join("; "),
          })}
        </p>
      }
      table={
        <PlanReportTable
          series={series}
          title={title}
          locate={sourceLocator([dataset], locale)}
        />
      }
      chart={<PlanReportChart series={series} />}
      after={<PlanOnlyList series={series} />}
    />
  );
}

/** The activities only planned or only reported, in words; nothing where every one is both. */
function PlanOnlyList({ series }: { readonly series: PlanReportSeries }) {
  const { t, locale } = useT();
  const { list } = planText(t, locale);
  const activities = series.groups.flatMap((g) => g.activities);
  const onlyPlanned = activities.filter((a) => a.only === "planned");
  const onlyReported = activities.filter((a) => a.only === "reported");
  if (onlyPlanned.length === 0 && onlyReported.length === 0) return null;
  return (
    <section className="missing-list" aria-label={t("funding.planOnlyHeading")}>
      <h3>{t("funding.planOnlyHeading")}</h3>
      <ul>
        {onlyPlanned.length > 0 && (
          <li>
            {t("funding.planOnlyPlannedList", { items: list(onlyPlanned) })}
          </li>
        )}
        {onlyReported.length > 0 && (
          <li>
            {t("funding.planOnlyReportedList", { items: list(onlyReported) })}
          </li>
        )}
      </ul>
    </section>
  );
}
