/** Section 4: planned against reported use of the stimulus funds, per target group and activity. */
import { ChartFrame } from "@/charts/chart-frame";
import type { PlanReportSeries } from "@/charts/series/plan-report-series";
import { planReportSummary } from "@/charts/summary/funding-summaries";
import type { DatasetMeta } from "@/data/load-dataset";
import { PLAN_REPORT_ROLES } from "@/domain/indicator-roles";
import type { Indicator } from "@/domain/indicators";
import { useT } from "@/i18n/i18n";

import { chartExport } from "../shared/export-context";
import { observationExportRows } from "../shared/export-rows";
import { sourceLine } from "../shared/source-line";

import { sourceLocator } from "../shared/locate";

import { cite } from "./funding-common";
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
  const { kr, list } = planText(t, locale);
  const planned = series.plannedTotal?.value ?? null;
  const reported = series.reportedTotal;
  const title = t("funding.planTitle", {
    name,
    period: series.period,
    reported: kr(reported),
    planned: kr(planned),
  });
  const summary = planReportSummary(series, t, locale);
  const sourceIdsOf = (id: string): readonly string[] =>
    indicators.find((i) => i.id === id)?.sourceIds ?? [];
  const plannedSources = sourceIdsOf(PLAN_REPORT_ROLES.planned);
  const reportedSources = sourceIdsOf(PLAN_REPORT_ROLES.reported);
  const locate = sourceLocator([dataset], locale);
  const onlyPlanned = series.groups
    .flatMap((g) => g.activities)
    .filter((a) => a.only === "planned");
  const onlyReported = series.groups
    .flatMap((g) => g.activities)
    .filter((a) => a.only === "reported");
  return (
    <ChartFrame
      title={title}
      subtitle={t("funding.planSubtitle")}
      summary={summary}
      sourceLine={sourceLine(
        [dataset],
        [...plannedSources, ...reportedSources],
        t,
        locale,
      )}
      exportData={chartExport(
        "funding-plan-report",
        {
          title,
          subtitle: t("funding.planSubtitle"),
          sourceLine: sourceLine(
            [dataset],
            [...plannedSources, ...reportedSources],
            t,
            locale,
          ),
        },
        [dataset],
        (c) =>
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
          ),
        t,
        locale,
      )}
      table={{ shown: showTable, onToggle: onToggleTable }}
    >
      <p className="funding-plan-sources">
        {t("funding.planSources", {
          planned: plannedSources.map((id) => cite([dataset], id)).join("; "),
          reported: reportedSources.map((id) => cite([dataset], id)).join("; "),
        })}
      </p>
      {showTable ? (
        <PlanReportTable series={series} title={title} locate={locate} />
      ) : (
        <PlanReportChart series={series} />
      )}
      {(onlyPlanned.length > 0 || onlyReported.length > 0) && (
        <section
          className="missing-list"
          aria-label={t("funding.planOnlyHeading")}
        >
          <h3>{t("funding.planOnlyHeading")}</h3>
          <ul>
            {onlyPlanned.length > 0 && (
              <li>
                {t("funding.planOnlyPlannedList", { items: list(onlyPlanned) })}
              </li>
            )}
            {onlyReported.length > 0 && (
              <li>
                {t("funding.planOnlyReportedList", {
                  items: list(onlyReported),
                })}
              </li>
            )}
          </ul>
        </section>
      )}
    </ChartFrame>
  );
}
