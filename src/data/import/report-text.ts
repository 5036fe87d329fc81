/**
 * A report as plain text for a person (Swedish, or English): the decision first, then what was
 * read, then every listed problem with its line and column. Used by `npm run data:check`.
 */
import type { Locale } from "@/domain/local-text";

import { groupDigits } from "./issues";
import type {
  ImportDelimiter,
  ImportEncoding,
  ImportFormat,
  ImportReport,
  ImportSeverity,
} from "./report-types";

const DECISION = {
  accept: {
    sv: "Godkänd: alla rader kan användas.",
    en: "Accepted: every row can be used.",
  },
  "accept-with-row-errors": {
    sv: "Godkänd med radfel: de felfria raderna kan användas, raderna med fel nedan används inte.",
    en: "Accepted with row errors: the rows without errors can be used; the rows with errors below are not used.",
  },
  reject: {
    sv: "Avvisad: inget i filen används.",
    en: "Rejected: nothing in the file is used.",
  },
} as const;

const ENCODING: Record<ImportEncoding, { sv: string; en: string }> = {
  "utf-8": { sv: "UTF-8", en: "UTF-8" },
  "utf-8-bom": { sv: "UTF-8 med BOM", en: "UTF-8 with BOM" },
  "windows-1252": { sv: "Windows-1252 (ANSI)", en: "Windows-1252 (ANSI)" },
  "utf-16le": { sv: "UTF-16LE (Unicode-text)", en: "UTF-16LE (Unicode text)" },
  "utf-16be": { sv: "UTF-16BE", en: "UTF-16BE" },
};

const DELIMITER: Record<ImportDelimiter, { sv: string; en: string }> = {
  ";": { sv: "semikolon", en: "semicolon" },
  ",": { sv: "komma", en: "comma" },
  "\t": { sv: "tabb", en: "TAB" },
};

const FORMAT: Record<ImportFormat, { sv: string; en: string }> = {
  "csv-tidy": { sv: "CSV, en rad per värde", en: "CSV, one row per value" },
  "csv-wide-periods": {
    sv: "CSV, en period per kolumn (år, månad, kvartal)",
    en: "CSV, one period per column (year, month, quarter)",
  },
  "csv-wide-indicators": {
    sv: "CSV, en indikator per kolumn",
    en: "CSV, one indicator per column",
  },
  "pxweb-csv": { sv: "CSV från PxWeb", en: "CSV from PxWeb" },
  "json-tidy": {
    sv: "JSON, en post per värde",
    en: "JSON, one record per value",
  },
  "kolada-json": { sv: "JSON från Koladas API", en: "JSON from Kolada's API" },
  "json-stat2": { sv: "JSON-stat 2.0 (PxWeb)", en: "JSON-stat 2.0 (PxWeb)" },
};

const SEVERITY: Record<ImportSeverity, { sv: string; en: string }> = {
  error: { sv: "fel", en: "error" },
  warning: { sv: "varning", en: "warning" },
  info: { sv: "info", en: "info" },
};

/** The report as lines of text. */
export function formatReportText(
  report: ImportReport,
  locale: Locale = "sv",
): string {
  const sv = locale === "sv";
  const lines: string[] = [];
  lines.push(`${sv ? "Fil" : "File"}: ${report.file}`);
  lines.push(DECISION[report.decision][locale]);
  const read: string[] = [];
  if (report.encoding)
    read.push(
      `${sv ? "teckenkodning" : "encoding"} ${ENCODING[report.encoding][locale]}`,
    );
  if (report.delimiter)
    read.push(
      `${sv ? "avgränsare" : "delimiter"} ${DELIMITER[report.delimiter][locale]}`,
    );
  if (report.format)
    read.push(`${sv ? "format" : "format"}: ${FORMAT[report.format][locale]}`);
  if (read.length > 0)
    lines.push(`${sv ? "Läst som" : "Read as"}: ${read.join(", ")}.`);
  const errors = report.issues.filter((i) => i.severity === "error").length;
  const { errorRows, outsideCountyRows } = report.totals;
  const rows = groupDigits(report.rows, locale);
  const observations = groupDigits(report.observations.length, locale);
  const indicators = report.indicators.length;
  lines.push(
    sv
      ? `${rows} datarader, ${observations} värden att använda, ${indicators} ${indicators === 1 ? "indikator" : "indikatorer"}.`
      : `${rows} data rows, ${observations} values to use, ${indicators} ${indicators === 1 ? "indicator" : "indicators"}.`,
  );
  if (errorRows > 0 || outsideCountyRows > 0)
    lines.push(
      sv
        ? `${groupDigits(errorRows, locale)} rader har fel; ${groupDigits(outsideCountyRows, locale)} rader gäller områden utanför Stockholms län.`
        : `${groupDigits(errorRows, locale)} rows have errors; ${groupDigits(outsideCountyRows, locale)} rows are for areas outside Stockholm County.`,
    );
  if (report.issues.length === 0) {
    lines.push(sv ? "Inga problem." : "No problems.");
    return `${lines.join("\n")}\n`;
  }
  lines.push("");
  lines.push(
    sv
      ? `Problem (${report.issues.length}, varav ${errors} fel):`
      : `Problems (${report.issues.length}, of which ${errors} errors):`,
  );
  for (const issue of report.issues) {
    const where: string[] = [];
    if (issue.line !== null) where.push(`${sv ? "rad" : "line"} ${issue.line}`);
    if (issue.column !== null)
      where.push(`${sv ? "kolumn" : "column"} ”${issue.column}”`);
    const place = where.length > 0 ? `${where.join(", ")}: ` : "";
    const text = `  [${SEVERITY[issue.severity][locale]}] ${place}${issue.message[locale]} (${issue.code})`;
    lines.push(sv ? text : text.replace(/”([^”]*)”/, "“$1”"));
  }
  return `${lines.join("\n")}\n`;
}
