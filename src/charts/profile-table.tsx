/**
 * The numbers of Kommunprofil's spine chart as a table: one row per indicator with the kommun's
 * value, the county value, the difference, better / worse / similar (symbol and word), the rank,
 * the county's lowest–highest kommun and the source. Numbers right-aligned, tabular figures.
 */
import { formatDifference, formatPeriod, formatValue } from "@/domain/format";
import { useT } from "@/i18n/i18n";
import { TableScroll } from "@/ui/table-scroll";

import type { ProfileRow } from "./series/profile-series";
import { countyLabel, verdictLabel } from "./spine-chart";

export interface ProfileTableProps {
  readonly rows: readonly ProfileRow[];
  readonly caption: string;
  readonly kommunName: string;
  readonly locate: (o: {
    readonly sourceId: string;
    readonly locator: string;
  }) => string;
}

export function ProfileTable({
  rows,
  caption,
  kommunName,
  locate,
}: ProfileTableProps) {
  const { t, locale } = useT();
  return (
    <TableScroll label={caption}>
      <table className="data-table profile-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("profile.indicator")}</th>
            <th scope="col">{t("profile.period")}</th>
            <th scope="col" className="num">
              {kommunName}
            </th>
            <th scope="col" className="num">
              {t("profile.county")}
            </th>
            <th scope="col" className="num">
              {t("profile.difference")}
            </th>
            <th scope="col">{t("profile.comparison")}</th>
            <th scope="col" className="num">
              {t("profile.rankColumn")}
            </th>
            <th scope="col">{t("profile.range")}</th>
            <th scope="col">{t("profile.source")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const fmt = (n: number): string =>
              formatValue(n, row.indicator.format, locale);
            return (
              <tr key={row.indicator.id}>
                <th scope="row">{row.indicator.label[locale]}</th>
                <td>{formatPeriod(row.period)}</td>
                <td className="num">{fmt(row.value)}</td>
                <td className="num">
                  {row.county !== null
                    ? fmt(row.county)
                    : countyLabel(row, t, locale)}
                </td>
                <td className="num">
                  {row.difference !== null
                    ? formatDifference(
                        row.difference,
                        row.indicator.format,
                        locale,
                      )
                    : "–"}
                </td>
                <td>{verdictLabel(row.verdict, t)}</td>
                <td className="num">
                  {t("profile.rank", { rank: row.rank, n: row.n })}
                </td>
                <td>
                  {t("profile.rangeValue", {
                    low: fmt(row.lowest.value),
                    lowName: row.lowest.name,
                    high: fmt(row.highest.value),
                    highName: row.highest.name,
                  })}
                </td>
                <td>{locate(row.observation)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
