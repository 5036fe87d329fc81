/**
 * The problems of one imported file, errors first and then by line: severity, line, column and
 * the problem in words. The first hundred are shown; a button shows them all.
 */
import { useState } from "react";

import type { ImportReport } from "@/data/import/report-types";
import { formatNumber } from "@/domain/format";
import { useT } from "@/i18n/i18n";
import { importText } from "@/i18n/import/import-text";
import { TableScroll } from "@/ui/table-scroll";

const FIRST_ISSUES = 100;

export function ImportIssues({ report }: { report: ImportReport }) {
  const { t, locale } = useT();
  const [all, setAll] = useState(false);
  const order = { error: 0, warning: 1, info: 2 } as const;
  const sorted = [...report.issues].sort(
    (a, b) =>
      order[a.severity] - order[b.severity] || (a.line ?? 0) - (b.line ?? 0),
  );
  const shown = all ? sorted : sorted.slice(0, FIRST_ISSUES);
  const caption = t("importView.issuesCaption", { file: report.file });
  return (
    <>
      <TableScroll label={caption}>
        <table className="data-table import-issues">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t("importView.colSeverity")}</th>
              <th scope="col" className="num">
                {t("importView.colLine")}
              </th>
              <th scope="col">{t("importView.colColumn")}</th>
              <th scope="col">{t("importView.colProblem")}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((issue, i) => (
              <tr
                key={`${issue.code}-${String(issue.line)}-${String(i)}`}
                className={`import-issue import-issue--${issue.severity}`}
              >
                <td>{t(`importView.severity.${issue.severity}`)}</td>
                <td className="num">
                  {issue.line === null
                    ? t("importView.wholeFile")
                    : formatNumber(issue.line, 0, locale)}
                </td>
                <td>{issue.column ?? t("importView.none")}</td>
                <td>{importText(issue.message, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {sorted.length > shown.length && (
        <button
          type="button"
          className="button"
          onClick={() => {
            setAll(true);
          }}
        >
          {t("importView.showAllIssues", {
            total: formatNumber(sorted.length, 0, locale),
          })}
        </button>
      )}
    </>
  );
}
