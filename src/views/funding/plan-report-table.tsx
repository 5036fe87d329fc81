/** Planned against reported use as a table: activities by target group, subtotals and the total. */
import { DataNote } from "@/charts/data-note";
import type {
  PlanGroup,
  PlanReportSeries,
} from "@/charts/series/plan-report-series";
import { useT, type Translate, type UiLocale } from "@/i18n/i18n";

import { LinesTable, type Line } from "./lines-table";
import { planText } from "./plan-report-text";

export interface PlanReportTableProps {
  readonly series: PlanReportSeries;
  readonly title: string;
  readonly locate: Locate;
}

type Locate = (o: { sourceId: string; locator: string }) => string;

const COLUMNS = [
  "activity",
  "planned",
  "reported",
  "difference",
  "source",
] as const;
type ColumnId = (typeof COLUMNS)[number];

export function PlanReportTable({
  series,
  title,
  locate,
}: PlanReportTableProps) {
  const { t, locale } = useT();
  const { groupName } = planText(t, locale);
  return (
    <LinesTable
      caption={title}
      columns={COLUMNS}
      headers={{
        activity: t("funding.colActivity"),
        planned: t("funding.colPlanned"),
        reported: t("funding.colReported"),
        difference: t("funding.colDifference"),
        source: t("funding.colSource"),
      }}
      numeric={(id) => id !== "activity" && id !== "source"}
      rowHeader="activity"
      body={{
        groups: series.groups.map((g) => ({
          key: g.group,
          heading: groupName(g),
          rows: groupLines(g, t, locale, locate),
        })),
      }}
      footer={[totalLine(series, t, locale, locate)]}
    />
  );
}

/** A target group's activities, then its subtotal. */
function groupLines(
  g: PlanGroup,
  t: Translate,
  locale: UiLocale,
  locate: Locate,
): Line<ColumnId>[] {
  const { kr, onlyText, groupName } = planText(t, locale);
  const derived = ` (${t("funding.derived")})`;
  return [
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
}

/** The plan's stated total against the sum of the reported subtotals. */
function totalLine(
  series: PlanReportSeries,
  t: Translate,
  locale: UiLocale,
  locate: Locate,
): Line<ColumnId> {
  const { kr, diff } = planText(t, locale);
  const derived = ` (${t("funding.derived")})`;
  return {
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
}
