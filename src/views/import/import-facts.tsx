/**
 * The facts about an imported file: size, encoding, delimiter, format, rows, figures, indicators
 * and how long reading took.
 */
import type { CheckedFile } from "@/data/local/import-protocol";
import { formatNumber } from "@/domain/format";
import { useT } from "@/i18n/i18n";

export function ImportFacts({ checked }: { checked: CheckedFile }) {
  const { t, locale } = useT();
  const { report, bytes, millis, observationCount } = checked;
  const n = (value: number, decimals = 0) =>
    formatNumber(value, decimals, locale);
  return (
    <>
      <h3>{t("importView.facts")}</h3>
      <dl className="import-facts">
        <dt>{t("importView.factFile")}</dt>
        <dd>{report.file}</dd>
        <dt>{t("importView.factSize")}</dt>
        <dd>{t("importView.kilobytes", { value: n(bytes / 1000, 1) })}</dd>
        <dt>{t("importView.factEncoding")}</dt>
        <dd>
          {report.encoding
            ? t(`importView.encodings.${report.encoding}`)
            : t("importView.none")}
        </dd>
        <dt>{t("importView.factDelimiter")}</dt>
        <dd>
          {report.delimiter
            ? t(`importView.delimiters.${report.delimiter}`)
            : t("importView.none")}
        </dd>
        <dt>{t("importView.factFormat")}</dt>
        <dd>
          {report.format
            ? t(`importView.formatNames.${report.format}`)
            : t("importView.none")}
        </dd>
        <dt>{t("importView.factRows")}</dt>
        <dd>{n(report.rows)}</dd>
        <dt>{t("importView.factObservations")}</dt>
        <dd>{n(observationCount)}</dd>
        <dt>{t("importView.factIndicators")}</dt>
        <dd>{n(report.indicators.length)}</dd>
        <dt>{t("importView.factTime")}</dt>
        <dd>{t("importView.seconds", { value: n(millis / 1000, 2) })}</dd>
      </dl>
    </>
  );
}
