/**
 * The numbers of the scatter as a table (the keyboard path): kommun, need value, resources
 * value and status — which value is missing and why, estimated values, "beräknat" with how.
 * The county follows as a reference row.
 */
import type {
  ScatterSeries,
  ScatterValue,
} from "@/charts/series/scatter-series";
import { valueLabel } from "@/charts/value-label";
import {
  formatPeriod,
  formatPopulationPeriod,
  formatValue,
} from "@/domain/format";
import type { FormatTag } from "@/domain/indicators";
import { useT } from "@/i18n/i18n";
import { TableScroll } from "@/ui/table-scroll";

export interface NeedsTableProps {
  readonly series: ScatterSeries;
  readonly caption: string;
  readonly needLabel: string;
  readonly resourceLabel: string;
}

export function NeedsTable({
  series,
  caption,
  needLabel,
  resourceLabel,
}: NeedsTableProps) {
  const { t, locale } = useT();
  const cell = (v: ScatterValue, format: FormatTag) => (
    <td className="num">{valueLabel(v, format, t, locale)}</td>
  );
  const notes = (v: ScatterValue, sourceFormat: FormatTag): string[] => {
    const out: string[] = [];
    if (v.status === "estimated") out.push(t("status.estimated"));
    if (v.derived)
      out.push(
        t("chart.derivedPerCapita", {
          value: formatValue(v.derived.numerator, sourceFormat, locale),
          population: formatValue(v.derived.denominator, "num0", locale),
          populationPeriod: formatPopulationPeriod(v.derived, locale),
        }),
      );
    return out;
  };
  const needSource = series.need.indicator.format;
  const resourceSource = series.resource.indicator.format;
  const status = (need: ScatterValue, resource: ScatterValue) => {
    const lines: string[] = [];
    if (need.value === null && need.reason)
      lines.push(t("needs.missingNeed", { reason: need.reason[locale] }));
    if (resource.value === null && resource.reason)
      lines.push(
        t("needs.missingResource", { reason: resource.reason[locale] }),
      );
    lines.push(...notes(need, needSource), ...notes(resource, resourceSource));
    return lines;
  };

  return (
    <TableScroll label={caption}>
      <table className="data-table needs-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("needs.tableKommun")}</th>
            <th scope="col" className="num">
              {t("needs.tableNeed", {
                label: needLabel,
                period: formatPeriod(series.need.period),
              })}
            </th>
            <th scope="col" className="num">
              {t("needs.tableResource", {
                label: resourceLabel,
                period: formatPeriod(series.resource.period),
              })}
            </th>
            <th scope="col">{t("needs.tableStatus")}</th>
          </tr>
        </thead>
        <tbody>
          {series.rows.map((r) => (
            <tr
              key={r.code}
              className={r.highlighted ? "is-highlighted" : undefined}
            >
              <th scope="row">
                {r.name}
                {r.highlighted && (
                  <span className="visually-hidden">
                    {" "}
                    ({t("chart.selected")})
                  </span>
                )}
              </th>
              {cell(r.need, series.need.format)}
              {cell(r.resource, series.resource.format)}
              <td>
                {t(`needs.pair.${r.pair}`)}
                {r.resource.derived && ` · ${t("chart.derived")}`}
                {status(r.need, r.resource).map((line) => (
                  <span key={line} className="table-note">
                    {line}
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="reference-row">
            <th scope="row">{t("needs.county")}</th>
            <td className="num">
              {series.need.county
                ? valueLabel(series.need.county, series.need.format, t, locale)
                : t("chart.missing")}
            </td>
            <td className="num">
              {series.resource.county
                ? valueLabel(
                    series.resource.county,
                    series.resource.format,
                    t,
                    locale,
                  )
                : t("chart.missing")}
            </td>
            <td>
              {series.resource.county?.derived && t("chart.derived")}
              {series.resource.county &&
                notes(series.resource.county, resourceSource).map((line) => (
                  <span key={line} className="table-note">
                    {line}
                  </span>
                ))}
            </td>
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}
