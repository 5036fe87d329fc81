/** The joint county-wide effort (länsgemensam satsning) year by year, as a small table in its frame. */
import { ChartFrame } from "@/charts/chart-frame";
import { DataTable } from "@/charts/data-table/data-table";
import type { AgreementSeries } from "@/charts/series/agreement-series";
import type { DatasetMeta } from "@/data/load-dataset";
import { formatValue } from "@/domain/format";
import { AGREEMENT_ROLES } from "@/domain/indicator-roles";
import type { Indicator } from "@/domain/indicators";
import type { Observation } from "@/domain/observations";
import { useT } from "@/i18n/i18n";

import { chartExport } from "../shared/export-context";
import { observationExportRows } from "../shared/export-rows";
import { sourceLocator } from "../shared/locate";
import { sourceLine } from "../shared/source-line";

export function JointEffort({
  series,
  indicators,
  dataset,
}: {
  series: AgreementSeries;
  indicators: readonly Indicator[];
  dataset: DatasetMeta;
}) {
  const { t, locale } = useT();
  const joint = series.joint.filter((o) => o.value !== null);
  const first = joint[0];
  const last = joint[joint.length - 1];
  if (!first || !last) return null;
  const kr = (n: number | null): string =>
    n === null ? t("chart.missing") : formatValue(n, "sek0", locale);
  const indicator = indicators.find(
    (i) => i.id === AGREEMENT_ROLES.jointEffort,
  );
  const title = t("funding.jointTitle", {
    from: first.period,
    to: last.period,
  });
  const line = sourceLine([dataset], indicator?.sourceIds ?? [], t, locale);
  return (
    <ChartFrame
      title={title}
      subtitle={t("funding.jointSubtitle")}
      summary={t("funding.jointSummary", {
        first: kr(first.value),
        firstYear: first.period,
        last: kr(last.value),
        lastYear: last.period,
      })}
      sourceLine={line}
      exportData={chartExport(
        "funding-joint",
        { title, subtitle: t("funding.jointSubtitle"), sourceLine: line },
        [dataset],
        (c) =>
          observationExportRows(series.joint, indicators, c, (code) =>
            code === "01" ? t("chart.county") : code,
          ),
        t,
        locale,
      )}
    >
      <JointTable
        joint={joint}
        caption={title}
        kr={kr}
        locate={sourceLocator([dataset], locale)}
      />
    </ChartFrame>
  );
}

/** The effort's amount and source per year. */
function JointTable({
  joint,
  caption,
  kr,
  locate,
}: {
  joint: readonly Observation[];
  caption: string;
  kr: (n: number | null) => string;
  locate: (o: Observation) => string;
}) {
  const { t } = useT();
  return (
    <DataTable
      caption={caption}
      className="data-table--narrow"
      columns={[
        {
          id: "year",
          header: t("funding.colYear"),
          rowHeader: true,
          cell: (o) => o.period,
        },
        {
          id: "amount",
          header: t("funding.colAmount"),
          numeric: true,
          cell: (o) => kr(o.value),
        },
        {
          id: "source",
          header: t("funding.colSource"),
          cell: (o) => locate(o),
        },
      ]}
      body={joint}
      rowKey={(o) => o.period}
    />
  );
}
