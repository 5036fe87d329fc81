/** Each kommun's 2018 allocation against its population share, as a table with the sums below. */
import type { ExpectedSeries } from "@/charts/series/funding-series";
import { formatDifference, formatValue } from "@/domain/format";
import { useT } from "@/i18n/i18n";
import { TableScroll } from "@/ui/table-scroll";

export interface ExpectedTableProps {
  readonly series: ExpectedSeries;
  readonly caption: string;
  readonly locate: (o: { sourceId: string; locator: string }) => string;
}

export function ExpectedTable({ series, caption, locate }: ExpectedTableProps) {
  const { t, locale } = useT();
  const kr = (n: number): string => formatValue(n, "sek0", locale);
  const diffKr = (n: number): string => formatDifference(n, "sek2", locale);
  const pct = (n: number | null): string =>
    n === null ? "–" : formatDifference(n, "pct2", locale);
  return (
    <TableScroll label={caption}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("funding.colKommun")}</th>
            <th scope="col" className="num">
              {t("funding.colActual")}
            </th>
            <th scope="col" className="num">
              {t("funding.colPopulation", {
                period: series.populationPeriod,
              })}
            </th>
            <th scope="col" className="num">
              {t("funding.colExpected")}
            </th>
            <th scope="col" className="num">
              {t("funding.colDeviationKr")}
            </th>
            <th scope="col" className="num">
              {t("funding.colDeviationPct")}
            </th>
            <th scope="col">{t("funding.colSource")}</th>
          </tr>
        </thead>
        <tbody>
          {series.rows.map((r) => (
            <tr key={r.code}>
              <th scope="row">{r.name}</th>
              <td className="num">
                {r.actual === null ? t("chart.missing") : kr(r.actual)}
              </td>
              <td className="num">
                {r.population === null
                  ? t("chart.missing")
                  : formatValue(r.population, "num0", locale)}
              </td>
              <td className="num">
                {r.expected === null
                  ? "–"
                  : formatValue(r.expected, "sek2", locale)}
              </td>
              <td className="num">
                {r.deviation ? diffKr(r.deviation.amount) : "–"}
              </td>
              <td className="num">
                {r.deviation ? pct(r.deviation.percent) : "–"}
              </td>
              <td>{r.observation ? locate(r.observation) : "–"}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="reference-row">
            <th scope="row">{t("funding.sumRow")}</th>
            <td className="num">
              {series.total === null ? "–" : kr(series.total)}
            </td>
            <td className="num">
              {series.populationSum === null
                ? "–"
                : formatValue(series.populationSum, "num0", locale)}
            </td>
            <td />
            <td />
            <td />
            <td>
              {series.totalObservation ? locate(series.totalObservation) : "–"}
            </td>
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}
