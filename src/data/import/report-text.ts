/**
 * A report as plain text for a person (Swedish, or English): the decision first, then what was
 * read, then every listed problem with its line and column. Used by `npm run data:check`.
 */
import type { Locale } from "@/domain/local-text";
import { type ImportMessage, importText } from "@/i18n/import/import-text";

import type { ImportReport } from "./report-types";

/** The report as lines of text. */
export function formatReportText(
  report: ImportReport,
  locale: Locale = "sv",
): string {
  const say = (message: ImportMessage): string => importText(message, locale);
  const { encoding, delimiter, format, issues } = report;
  const { errorRows, outsideCountyRows, nationalValues } = report.totals;
  const lines = [
    say({ key: "reportFile", params: { file: report.file } }),
    say({ key: "reportDecision", params: { decision: report.decision } }),
  ];
  if (encoding ?? delimiter ?? format)
    lines.push(
      say({ key: "reportReadAs", params: { encoding, delimiter, format } }),
    );
  lines.push(
    say({
      key: "reportCounts",
      params: {
        rows: report.rows,
        observations: report.observations.length,
        indicators: report.indicators.length,
      },
    }),
  );
  if (errorRows > 0)
    lines.push(say({ key: "reportRowErrors", params: { errorRows } }));
  if (outsideCountyRows > 0)
    lines.push(
      say({
        key: "reportNational",
        params: {
          outsideRows: outsideCountyRows,
          nationalValues,
          countyValues: report.observations.length - nationalValues,
        },
      }),
    );
  if (issues.length === 0) {
    lines.push(say({ key: "reportNoProblems" }));
    return `${lines.join("\n")}\n`;
  }
  const errors = issues.filter((i) => i.severity === "error").length;
  lines.push(
    "",
    say({ key: "reportProblems", params: { count: issues.length, errors } }),
  );
  for (const { severity, line, column, code, message } of issues)
    lines.push(
      say({
        key: "reportIssue",
        params: { severity, line, column, code, text: say(message) },
      }),
    );
  return `${lines.join("\n")}\n`;
}
