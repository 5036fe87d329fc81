/**
 * The top of an import report: the decision in words, with the first whole-file error when the
 * file is refused.
 */
import type { CheckedFile } from "@/data/local/import-protocol";
import { formatNumber } from "@/domain/format";
import { useT } from "@/i18n/i18n";
import { importText } from "@/i18n/import/import-text";

export function ImportDecision({ checked }: { checked: CheckedFile }) {
  const { t, locale } = useT();
  const { report } = checked;
  const { errorRows, outsideCountyRows, nationalValues } = report.totals;
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
              ? ` ${t("importView.decisionOutside", {
                  rows: n(outsideCountyRows),
                  values: n(nationalValues),
                  county: n(checked.observationCount - nationalValues),
                })}`
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
