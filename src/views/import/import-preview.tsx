/**
 * The preview of an imported file: its first figures as read, with line, kommun, period, value,
 * status and the file's own symbol for a missing value.
 */
import type { CheckedFile } from "@/data/local/import-protocol";
import { decimalPlaces, formatNumber } from "@/domain/format";
import { formatPeriod } from "@/domain/format-period";
import { useT } from "@/i18n/i18n";
import { TableScroll } from "@/ui/table-scroll";

const PREVIEW_ROWS = 20;

export function ImportPreview({
  checked,
  areaName,
}: {
  checked: CheckedFile;
  areaName: (code: string) => string;
}) {
  const { t, locale } = useT();
  const { report, observationCount } = checked;
  const n = (value: number, decimals = 0) =>
    formatNumber(value, decimals, locale);
  return (
    <>
      <h3>{t("importView.previewHeading")}</h3>
      <TableScroll
        label={t("importView.previewCaption", {
          shown: n(Math.min(PREVIEW_ROWS, report.observations.length)),
          total: n(observationCount),
        })}
      >
        <table className="data-table">
          <caption>
            {t("importView.previewCaption", {
              shown: n(Math.min(PREVIEW_ROWS, report.observations.length)),
              total: n(observationCount),
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("importView.colLine")}</th>
              <th scope="col">{t("importView.colArea")}</th>
              <th scope="col">{t("importView.colIndicator")}</th>
              <th scope="col">{t("importView.colPeriod")}</th>
              <th scope="col" className="num">
                {t("importView.colValue")}
              </th>
              <th scope="col">{t("importView.colStatus")}</th>
              <th scope="col">{t("importView.colSymbol")}</th>
            </tr>
          </thead>
          <tbody>
            {report.observations.slice(0, PREVIEW_ROWS).map((o, i) => (
              <tr key={`${String(o.line)}-${String(i)}`}>
                <td>{o.line > 0 ? n(o.line) : t("importView.none")}</td>
                <th scope="row">
                  {areaName(o.area)} <span className="meta-line">{o.area}</span>
                </th>
                <td>
                  {o.indicator}
                  {o.gender !== null && o.gender !== "T"
                    ? ` (${o.gender})`
                    : ""}
                </td>
                <td>{formatPeriod(o.period)}</td>
                <td className="num">
                  {o.value === null ? "" : n(o.value, decimalPlaces(o.value))}
                  {o.unit !== null && o.value !== null ? ` ${o.unit}` : ""}
                </td>
                <td>{t(`importView.status.${o.status}`)}</td>
                <td>
                  {o.symbol === null ? (
                    ""
                  ) : (
                    <code>
                      {o.symbol === "" ? t("importView.emptyCell") : o.symbol}
                    </code>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
