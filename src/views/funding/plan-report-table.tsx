/** Planned against reported use as a table: activities by target group, subtotals and the total. */
import type { PlanReportSeries } from "@/charts/series/funding-series";
import { useT } from "@/i18n/i18n";
import { TableScroll } from "@/ui/table-scroll";

import { planText } from "./plan-report-text";

export interface PlanReportTableProps {
  readonly series: PlanReportSeries;
  readonly title: string;
  readonly locate: (o: { sourceId: string; locator: string }) => string;
}

export function PlanReportTable({
  series,
  title,
  locate,
}: PlanReportTableProps) {
  const { t, locale } = useT();
  const { kr, diff, onlyText, groupName } = planText(t, locale);
  const planned = series.plannedTotal?.value ?? null;
  const reported = series.reportedTotal;
  return (
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
  );
}
