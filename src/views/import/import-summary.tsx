/**
 * The top of an import report: the decision in words (with the first whole-file error when the
 * file is refused) and the facts about the file: size, encoding, delimiter, format, rows,
 * figures, indicators and how long reading took.
 */
import type { CheckedFile } from "@/data/local/import-protocol";
import { formatNumber } from "@/domain/format";
import { useT } from "@/i18n/i18n";
import { importText } from "@/i18n/import/import-text";

export function ImportDecision({ checked }: { checked: CheckedFile }) {
  const { t, locale } = useT();
  const { report } = checked;
  const { errorRows, outsideCountyRows } = report.totals;
  const n = (value: number) => formatNumber(value, 0, locale);
  return (
    <p
      className={`import-decision import-decision--${report.decision}`}
      role="status"
    >
      <span aria-hidden="true" className="import-decision__mark">
        {report.decision === "accept"
          ? "✓"
          : report.decision === "reject"
            ? "✕"
            : "!"}
      </span>{" "}
      {report.decision === "accept-with-row-errors"
        ? [
            errorRows > 0
              ? t("importView.decisionErrors", { errors: n(errorRows) })
              : t("importView.decisionUsable"),
            outsideCountyRows > 0
              ? ` ${t("importView.decisionOutside", { rows: n(outsideCountyRows) })}`
              : "",
          ].join("")
        : t(`importView.decision.${report.decision}`)}
      {report.decision === "reject" &&
        report.issues
          .filter((i) => i.severity === "error" && i.line === null)
          .slice(0, 1)
          .map((i) => ` ${importText(i.message, locale)}`)}
    </p>
  );
}

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
