/**
 * The report of one file: the decision in words, facts about the file, every problem with its
 * line and column, and a preview of the first figures (with the file's own symbols).
 */
import type { ImportIssue } from "@/data/import/report-types";
import type { CheckedFile } from "@/data/local/import-protocol";
import { formatNumber } from "@/domain/format";
import { useT } from "@/i18n/i18n";

import { ImportIssues } from "./import-issues";
import { ImportPreview } from "./import-preview";
import { ImportDecision } from "./import-decision";
import { ImportFacts } from "./import-facts";

export function ImportReportView({
  checked,
  areaName,
}: {
  checked: CheckedFile;
  areaName: (code: string) => string;
}) {
  const { t, locale } = useT();
  const { report, millis } = checked;
  const count = (severity: ImportIssue["severity"]) =>
    report.issues.filter((i) => i.severity === severity).length;
  const n = (value: number) => formatNumber(value, 0, locale);
  /** "1 warning", "2 warnings": the plural by the count, the number as the page writes it. */
  const counted = (
    key:
      | "importView.issueErrors"
      | "importView.issueWarnings"
      | "importView.issueInfos",
    value: number,
  ): string => t(key, { count: value, value: n(value) });
  return (
    <section
      className="card import-report"
      aria-labelledby="import-report"
      data-rows={report.rows}
      data-millis={Math.round(millis)}
    >
      <h2 id="import-report">
        {t("importView.reportHeading", { file: report.file })}
      </h2>
      <ImportDecision checked={checked} />

      <ImportFacts checked={checked} />

      <h3>{t("importView.issuesHeading")}</h3>
      {report.issues.length === 0 ? (
        <p>{t("importView.issuesNone")}</p>
      ) : (
        <>
          <p>
            {t("importView.issueCounts", {
              errors: counted("importView.issueErrors", count("error")),
              warnings: counted("importView.issueWarnings", count("warning")),
              infos: counted("importView.issueInfos", count("info")),
            })}
          </p>
          <ImportIssues report={report} />
        </>
      )}

      {report.observations.length > 0 && (
        <ImportPreview checked={checked} areaName={areaName} />
      )}
    </section>
  );
}
