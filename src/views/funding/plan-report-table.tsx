/** Planned against reported use as a table: activities by target group, subtotals and the total. */
import { DataNote } from "@/charts/data-note";
import type { Cell } from "@/charts/data-table/cell";
import { DataTable, type DataColumn } from "@/charts/data-table/data-table";
import type {
  PlanGroup,
  PlanReportSeries,
} from "@/charts/series/plan-report-series";
import { useT } from "@/i18n/i18n";

import { planText } from "./plan-report-text";

export interface PlanReportTableProps {
  readonly series: PlanReportSeries;
  readonly title: string;
  readonly locate: (o: { sourceId: string; locator: string }) => string;
}

const COLUMNS = [
  "activity",
  "planned",
  "reported",
  "difference",
  "source",
] as const;
type ColumnId = (typeof COLUMNS)[number];

/** An activity, a group's subtotal or the total. */
type Line = {
  readonly key: string;
  readonly reference: boolean;
} & Readonly<Record<ColumnId, Cell>>;

export function PlanReportTable({
  series,
  title,
  locate,
}: PlanReportTableProps) {
  const { t, locale } = useT();
  const { kr, diff, onlyText, groupName } = planText(t, locale);
  const derived = ` (${t("funding.derived")})`;
  const lines = (g: PlanGroup): Line[] => [
    ...g.activities.map((a) => ({
      key: a.key,
      reference: false,
      activity: a.label[locale],
      planned: a.planned ? kr(a.planned.value) : t("funding.planOnlyReported"),
      reported: a.reported
        ? kr(a.reported.value)
        : t("funding.planOnlyPlanned"),
      difference: onlyText(a),
      source: (
        <>
          {[a.planned, a.reported]
            .filter((o) => o !== null)
            .map((o) => locate(o))
            .join(" | ")}
          {a.planned && a.planned.note !== "" && (
            <DataNote note={a.planned.note} />
          )}
        </>
      ),
    })),
    {
      key: "subtotal",
      reference: true,
      activity: t("funding.groupSubtotal", { group: groupName(g) }),
      planned: kr(g.plannedSum) + derived,
      reported: kr(g.reportedSubtotal?.value),
      difference: "–",
      source: (
        <>
          {g.reportedSubtotal ? locate(g.reportedSubtotal) : "–"}
          <span className="table-note">{t("funding.groupSubtotalNote")}</span>
        </>
      ),
    },
  ];
  const total: Line = {
    key: "total",
    reference: true,
    activity: t("funding.total"),
    planned: kr(series.plannedTotal?.value ?? null),
    reported: kr(series.reportedTotal) + derived,
    difference: diff(series.difference) + derived,
    source: (
      <>
        {series.plannedTotal ? locate(series.plannedTotal) : "–"}
        <span className="table-note">
          {t("funding.totalNote", { count: series.reportedSubtotalCount })}
        </span>
      </>
    ),
  };
  const headers: Record<ColumnId, string> = {
    activity: t("funding.colActivity"),
    planned: t("funding.colPlanned"),
    reported: t("funding.colReported"),
    difference: t("funding.colDifference"),
    source: t("funding.colSource"),
  };
  const columns = COLUMNS.map((id): DataColumn<Line> => ({
    id,
    header: headers[id],
    numeric: id !== "activity" && id !== "source",
    rowHeader: id === "activity",
    cell: (line) => line[id],
  }));
  return (
    <DataTable
      caption={title}
      columns={columns}
      body={{
        groups: series.groups.map((g) => ({
          key: g.group,
          heading: groupName(g),
          rows: lines(g),
        })),
      }}
      footer={[total]}
      rowKey={(line) => line.key}
      rowClassName={(line) => (line.reference ? "reference-row" : undefined)}
    />
  );
}
