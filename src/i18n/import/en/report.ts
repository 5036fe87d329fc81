/** English: a report as plain text (`npm run data:check -- --lang en`). */
import { groupDigits } from "../quote";
import type {
  ReadAs,
  ReportDecision,
  ReportDelimiter,
  ReportEncoding,
  ReportFormat,
  ReportSeverity,
  reportSv,
} from "../sv/report";

const DECISIONS: Record<ReportDecision, string> = {
  accept: "Accepted: every row can be used.",
  "accept-with-row-errors":
    "Accepted with row errors: the rows without errors can be used; the rows with errors below are not used.",
  reject: "Rejected: nothing in the file is used.",
};

const ENCODINGS: Record<ReportEncoding, string> = {
  "utf-8": "UTF-8",
  "utf-8-bom": "UTF-8 with BOM",
  "windows-1252": "Windows-1252 (ANSI)",
  "utf-16le": "UTF-16LE (Unicode text)",
  "utf-16be": "UTF-16BE",
};

const DELIMITERS: Record<ReportDelimiter, string> = {
  ";": "semicolon",
  ",": "comma",
  "\t": "TAB",
};

const FORMATS: Record<ReportFormat, string> = {
  "csv-tidy": "CSV, one row per value",
  "csv-wide-periods": "CSV, one period per column (year, month, quarter)",
  "csv-wide-indicators": "CSV, one indicator per column",
  "pxweb-csv": "CSV from PxWeb",
  "json-tidy": "JSON, one record per value",
  "kolada-json": "JSON from Kolada's API",
  "json-stat2": "JSON-stat 2.0 (PxWeb)",
};

const SEVERITIES: Record<ReportSeverity, string> = {
  error: "error",
  warning: "warning",
  info: "info",
};

const readAs = (p: ReadAs): string[] => [
  ...(p.encoding ? [`encoding ${ENCODINGS[p.encoding]}`] : []),
  ...(p.delimiter ? [`delimiter ${DELIMITERS[p.delimiter]}`] : []),
  ...(p.format ? [`format: ${FORMATS[p.format]}`] : []),
];

export const reportEn: typeof reportSv = {
  reportFile: (p) => `File: ${p.file}`,
  reportDecision: (p) => DECISIONS[p.decision],
  reportReadAs: (p) => {
    const parts = readAs(p);
    return parts.length === 0 ? "" : `Read as: ${parts.join(", ")}.`;
  },
  reportCounts: (p) =>
    `${groupDigits(p.rows, "en")} data rows, ${groupDigits(p.observations, "en")} values to use, ${p.indicators} ${p.indicators === 1 ? "indicator" : "indicators"}.`,
  reportRowErrors: (p) => `${groupDigits(p.errorRows, "en")} rows have errors.`,
  reportNational: (p) =>
    `${groupDigits(p.outsideRows, "en")} rows are for municipalities and regions in the rest of Sweden; their ${groupDigits(p.nationalValues, "en")} values are kept for comparisons with all of Sweden but not shown in the county's views. ${groupDigits(p.countyValues, "en")} values are for Stockholm County, its municipalities and Sweden as a whole.`,
  reportNoProblems: () => "No problems.",
  reportProblems: (p) => `Problems (${p.count}, of which ${p.errors} errors):`,
  reportIssue: (p) => {
    const where = [
      ...(p.line === null ? [] : [`line ${p.line}`]),
      ...(p.column === null ? [] : [`column “${p.column}”`]),
    ];
    const place = where.length > 0 ? `${where.join(", ")}: ` : "";
    return `  [${SEVERITIES[p.severity]}] ${place}${p.text} (${p.code})`;
  },
};
