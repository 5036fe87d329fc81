/** Section 4: planned against reported use of the stimulus funds, per target group and activity. */
import DumbbellChart, { type DumbbellRow } from "@/charts/dumbbell-chart";
import { ChartFrame } from "@/charts/chart-frame";
import {
  PLANNED_INDICATOR,
  REPORTED_INDICATOR,
  type PlanActivity,
  type PlanGroup,
  type PlanReportSeries,
} from "@/charts/series/funding-series";
import { planReportSummary } from "@/charts/summary/funding-summaries";
import type { DatasetMeta } from "@/data/load-dataset";
import { formatDifference, formatValue } from "@/domain/format";
import type { Indicator } from "@/domain/indicators";
import { useT } from "@/i18n/i18n";
import { TableScroll } from "@/ui/table-scroll";

import { chartExport, observationExportRows } from "../shared/export-rows";
import { sourceLine } from "../shared/source-line";

import { cite } from "./funding-common";
import { sourceLocator } from "../shared/locate";

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
  const kr = (n: number | null | undefined): string =>
    n === null || n === undefined ? "–" : formatValue(n, "sek0", locale);
  const diff = (n: number | null): string =>
    n === null ? "–" : formatDifference(n, "sek0", locale);
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
  const plannedSources = sourceIdsOf(PLANNED_INDICATOR);
  const reportedSources = sourceIdsOf(REPORTED_INDICATOR);
  const locate = sourceLocator([dataset]);
  const onlyText = (a: PlanActivity): string =>
    a.only === "planned"
      ? t("funding.planOnlyPlanned")
      : a.only === "reported"
        ? t("funding.planOnlyReported")
        : diff(a.difference);
  const groupName = (g: PlanGroup): string =>
    g.label[locale].replace(/, (delsumma|subtotal)$/i, "");
  const groupHeading = (g: PlanGroup): string =>
    g.reportedSubtotal
      ? t("funding.groupHeading", {
          group: groupName(g),
          reported: kr(g.reportedSubtotal.value),
        })
      : groupName(g);
  const rows: DumbbellRow[] = series.groups.flatMap((g) => [
    {
      key: `group-${g.group}`,
      name: groupHeading(g),
      a: null,
      b: null,
      label: "",
      title: groupHeading(g),
      heading: true,
    },
    ...g.activities.map((a): DumbbellRow => ({
      key: a.key,
      name: a.label[locale],
      a: a.planned?.value ?? null,
      b: a.reported?.value ?? null,
      label: onlyText(a),
      title: `${a.label[locale]}: ${t("funding.colPlanned")} ${kr(
        a.planned?.value,
      )}, ${t("funding.colReported")} ${kr(a.reported?.value)}`,
    })),
  ]);
  const onlyPlanned = series.groups
    .flatMap((g) => g.activities)
    .filter((a) => a.only === "planned");
  const onlyReported = series.groups
    .flatMap((g) => g.activities)
    .filter((a) => a.only === "reported");
  const list = (items: readonly PlanActivity[]): string =>
    items
      .map(
        (a) =>
          `${a.label[locale]} (${kr(a.planned?.value ?? a.reported?.value)})`,
      )
      .join("; ");

  return (
    <ChartFrame
      title={title}
      subtitle={t("funding.planSubtitle")}
      summary={summary}
      sourceLine={sourceLine(
        [dataset],
        [...plannedSources, ...reportedSources],
        t,
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
        <TableScroll label={title}>
          <table className="data-table">
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t("funding.colActivity")}</th>
                <th scope="col" className="num">
                  {t("funding.colPlanned")}
                </th>
                <th scope="col" className="num">
                  {t("funding.colReported")}
                </th>
                <th scope="col" className="num">
                  {t("funding.colDifference")}
                </th>
                <th scope="col">{t("funding.colSource")}</th>
              </tr>
            </thead>
            {series.groups.map((g) => (
              <tbody key={g.group}>
                <tr className="group-row">
                  <th scope="colgroup" colSpan={5}>
                    {groupName(g)}
                  </th>
                </tr>
                {g.activities.map((a) => (
                  <tr key={a.key}>
                    <th scope="row">{a.label[locale]}</th>
                    <td className="num">
                      {a.planned
                        ? kr(a.planned.value)
                        : t("funding.planOnlyReported")}
                    </td>
                    <td className="num">
                      {a.reported
                        ? kr(a.reported.value)
                        : t("funding.planOnlyPlanned")}
                    </td>
                    <td className="num">{onlyText(a)}</td>
                    <td>
                      {[a.planned, a.reported]
                        .filter((o) => o !== null)
                        .map((o) => locate(o))
                        .join(" | ")}
                      {a.planned && a.planned.note !== "" && (
                        <span className="table-note">{a.planned.note}</span>
                      )}
                    </td>
                  </tr>
                ))}
                <tr className="reference-row">
                  <th scope="row">
                    {t("funding.groupSubtotal", { group: groupName(g) })}
                  </th>
                  <td className="num">
                    {kr(g.plannedSum)} ({t("funding.derived")})
                  </td>
                  <td className="num">{kr(g.reportedSubtotal?.value)}</td>
                  <td className="num">–</td>
                  <td>
                    {g.reportedSubtotal ? locate(g.reportedSubtotal) : "–"}
                    <span className="table-note">
                      {t("funding.groupSubtotalNote")}
                    </span>
                  </td>
                </tr>
              </tbody>
            ))}
            <tfoot>
              <tr className="reference-row">
                <th scope="row">{t("funding.total")}</th>
                <td className="num">{kr(planned)}</td>
                <td className="num">
                  {kr(reported)} ({t("funding.derived")})
                </td>
                <td className="num">
                  {diff(series.difference)} ({t("funding.derived")})
                </td>
                <td>
                  {series.plannedTotal ? locate(series.plannedTotal) : "–"}
                  <span className="table-note">
                    {t("funding.totalNote", {
                      count: series.reportedSubtotalCount,
                    })}
                  </span>
                </td>
              </tr>
            </tfoot>
          </table>
        </TableScroll>
      ) : (
        <DumbbellChart
          rows={rows}
          aLabel={t("funding.planA")}
          bLabel={t("funding.planB")}
        />
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
