/** The joint county-wide effort (länsgemensam satsning) year by year, as a small table in its frame. */
import { ChartFrame } from "@/charts/chart-frame";
import {
  JOINT_EFFORT_INDICATOR,
  type AgreementSeries,
} from "@/charts/series/funding-series";
import type { DatasetMeta } from "@/data/load-dataset";
import { formatValue } from "@/domain/format";
import type { Indicator } from "@/domain/indicators";
import { useT } from "@/i18n/i18n";
import { TableScroll } from "@/ui/table-scroll";

import { chartExport, observationExportRows } from "../shared/export-rows";
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
  const indicator = indicators.find((i) => i.id === JOINT_EFFORT_INDICATOR);
  const locate = sourceLocator([dataset]);
  const title = t("funding.jointTitle", {
    from: first.period,
    to: last.period,
  });
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
      sourceLine={sourceLine([dataset], indicator?.sourceIds ?? [], t)}
      exportData={chartExport(
        "funding-joint",
        {
          title,
          subtitle: t("funding.jointSubtitle"),
          sourceLine: sourceLine([dataset], indicator?.sourceIds ?? [], t),
        },
        [dataset],
        (c) =>
          observationExportRows(series.joint, indicators, c, (code) =>
            code === "01" ? t("chart.county") : code,
          ),
        t,
        locale,
      )}
    >
      <TableScroll label={title}>
        <table className="data-table data-table--narrow">
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t("funding.colYear")}</th>
              <th scope="col" className="num">
                {t("funding.colAmount")}
              </th>
              <th scope="col">{t("funding.colSource")}</th>
            </tr>
          </thead>
          <tbody>
            {joint.map((o) => (
              <tr key={o.period}>
                <th scope="row">{o.period}</th>
                <td className="num">{kr(o.value)}</td>
                <td>{locate(o)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </ChartFrame>
  );
}
