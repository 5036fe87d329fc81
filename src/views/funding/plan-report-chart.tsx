/** Planned against reported use as dumbbells: a heading row per target group, a row per activity. */
import DumbbellChart, { type DumbbellRow } from "@/charts/dumbbell-chart";
import type { PlanReportSeries } from "@/charts/series/plan-report-series";
import { useT } from "@/i18n/i18n";

import { planText } from "./plan-report-text";

export function PlanReportChart({
  series,
}: {
  readonly series: PlanReportSeries;
}) {
  const { t, locale } = useT();
  const { kr, onlyText, groupHeading } = planText(t, locale);
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
  return (
    <DumbbellChart
      rows={rows}
      aLabel={t("funding.planA")}
      bLabel={t("funding.planB")}
    />
  );
}
