/** The agreements as a table: each recipient's rows per year, the derived sums and the stated total. */
import { RECIPIENTS, type AgreementYear } from "@/charts/series/funding-series";
import { formatNumber, formatValue } from "@/domain/format";
import { useT } from "@/i18n/i18n";
import { TableScroll } from "@/ui/table-scroll";

import { RECIPIENT_KEY } from "./agreements-text";

export function AgreementsTable({
  years,
  caption,
  locate,
}: {
  years: readonly AgreementYear[];
  caption: string;
  locate: (o: { sourceId: string; locator: string }) => string;
}) {
  const { t, locale } = useT();
  const kr = (n: number): string => formatValue(n, "sek0", locale);
  return (
    <TableScroll label={caption}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("funding.colYear")}</th>
            <th scope="col">{t("funding.colArea")}</th>
            <th scope="col">{t("funding.colRecipient")}</th>
            <th scope="col" className="num">
              {t("funding.colAmount")}
            </th>
            <th scope="col">{t("funding.colNote")}</th>
            <th scope="col">{t("funding.colSource")}</th>
          </tr>
        </thead>
        {years.map((y) => (
          <tbody key={y.period}>
            {y.rows.map((r) => (
              <tr key={`${r.recipient}-${r.breakdown}`}>
                <td>{y.period}</td>
                <th scope="row">{r.label[locale]}</th>
                <td>
                  {t(RECIPIENT_KEY[r.recipient])}
                  {r.inferred && ` (${t("funding.inferred")})`}
                </td>
                <td className="num">{kr(r.value)}</td>
                <td>
                  {r.observation.note !== "" && (
                    <span className="table-note">{r.observation.note}</span>
                  )}
                </td>
                <td>{locate(r.observation)}</td>
              </tr>
            ))}
            {RECIPIENTS.map((rec) => {
              const v = y.byRecipient[rec];
              return v === null ? null : (
                <tr key={`sum-${rec}`} className="reference-row">
                  <td>{y.period}</td>
                  <th scope="row">{t("funding.rowSum")}</th>
                  <td>
                    {t(RECIPIENT_KEY[rec])}
                    {y.inferred && ` (${t("funding.inferred")})`}
                  </td>
                  <td className="num">{kr(v)}</td>
                  <td>{t("funding.derived")}</td>
                  <td>–</td>
                </tr>
              );
            })}
            <tr className="reference-row">
              <td>{y.period}</td>
              <th scope="row">{t("funding.rowSum")}</th>
              <td>{t("funding.total")}</td>
              <td className="num">{y.rowSum === null ? "–" : kr(y.rowSum)}</td>
              <td>{t("funding.derived")}</td>
              <td>–</td>
            </tr>
            {y.statedObservation && y.stated !== null && (
              <tr className="reference-row">
                <td>{y.period}</td>
                <th scope="row">{t("funding.statedTotal")}</th>
                <td>{t("funding.total")}</td>
                <td className="num">
                  {t("funding.statedMillions", {
                    value: formatNumber(
                      y.stated,
                      Number.isInteger(y.stated) ? 0 : 1,
                      locale,
                    ),
                  })}
                </td>
                <td>
                  <span className="table-note">{y.statedObservation.note}</span>
                </td>
                <td>{locate(y.statedObservation)}</td>
              </tr>
            )}
          </tbody>
        ))}
      </table>
    </TableScroll>
  );
}
