/**
 * The report of one file: the decision in words, facts about the file, every problem with its
 * line and column, and a preview of the first figures (with the file's own symbols).
 */
import { useState } from "react";

import type { ImportIssue, ImportReport } from "@/data/import/report-types";
import type { CheckedFile } from "@/data/local/import-protocol";
import { decimalPlaces, formatNumber } from "@/domain/format";
import { formatPeriod } from "@/domain/format-period";
import { useT } from "@/i18n/i18n";
import { importText } from "@/i18n/import/import-text";
import { TableScroll } from "@/ui/table-scroll";

const FIRST_ISSUES = 100;
const PREVIEW_ROWS = 20;

export function ImportReportView({
  checked,
  areaName,
}: {
  checked: CheckedFile;
  areaName: (code: string) => string;
}) {
  const { t, locale } = useT();
  const { report, bytes, millis, observationCount } = checked;
  const count = (severity: ImportIssue["severity"]) =>
    report.issues.filter((i) => i.severity === severity).length;
  const { errorRows, outsideCountyRows } = report.totals;
  const n = (value: number, decimals = 0) =>
    formatNumber(value, decimals, locale);
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
          <IssuesTable report={report} />
        </>
      )}

      {report.observations.length > 0 && (
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
                      {areaName(o.area)}{" "}
                      <span className="meta-line">{o.area}</span>
                    </th>
                    <td>
                      {o.indicator}
                      {o.gender !== null && o.gender !== "T"
                        ? ` (${o.gender})`
                        : ""}
                    </td>
                    <td>{formatPeriod(o.period)}</td>
                    <td className="num">
                      {o.value === null
                        ? ""
                        : n(o.value, decimalPlaces(o.value))}
                      {o.unit !== null && o.value !== null ? ` ${o.unit}` : ""}
                    </td>
                    <td>{t(`importView.status.${o.status}`)}</td>
                    <td>
                      {o.symbol === null ? (
                        ""
                      ) : (
                        <code>
                          {o.symbol === ""
                            ? t("importView.emptyCell")
                            : o.symbol}
                        </code>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
    </section>
  );
}

function IssuesTable({ report }: { report: ImportReport }) {
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
