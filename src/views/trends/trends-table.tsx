/** The numbers of the trend chart: one row per year, one column per line; missing stays missing. */
import type { TrendSeries } from "@/charts/series/trend-series";
import { formatPeriod, formatValue } from "@/domain/format";
import { useT } from "@/i18n/i18n";
import { TableScroll } from "@/ui/table-scroll";

export interface TrendsTableProps {
  readonly series: TrendSeries;
  readonly labels: Readonly<Record<string, string>>;
  readonly caption: string;
}

export function TrendsTable({ series, labels, caption }: TrendsTableProps) {
  const { t, locale } = useT();
  return (
    // A table wider than the screen scrolls; a scrolling region must be reachable by keyboard.
    <TableScroll label={caption}>
      <table className="data-table trends-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("trends.year")}</th>
            {series.lines.map((line) => (
              <th
                key={line.key}
                scope="col"
                className={line.role === "selected" ? "num is-selected" : "num"}
              >
                {labels[line.key] ?? line.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {series.periods.map((period, i) => (
            <tr key={period}>
              <th scope="row">{formatPeriod(period, locale)}</th>
              {series.lines.map((line) => {
                const point = line.points[i];
                if (!point || point.value === null) {
                  const reason =
                    point && point.status !== "no-row"
                      ? t(`status.${point.status}`)
                      : t("chart.missing");
                  return (
                    <td key={line.key} className="num trends-table__missing">
                      <span aria-hidden="true">{t("trends.missingShort")}</span>
                      <span className="visually-hidden">{reason}</span>
                    </td>
                  );
                }
                const estimated =
                  point.status === "estimated"
                    ? `${t("chart.estimated")} `
                    : "";
                return (
                  <td key={line.key} className="num">
                    {estimated +
                      formatValue(point.value, series.format, locale)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="table-note">{t("trends.tableNote")}</p>
    </TableScroll>
  );
}
