/**
 * Swedish: a report as plain text (`npm run data:check`), the reference for en/report.ts. The
 * Importera view has its own, longer words for the same facts (i18n/views/import.ts).
 */
import { groupDigits } from "../quote";

const DECISIONS = {
  accept: "Godkänd: alla rader kan användas.",
  "accept-with-row-errors":
    "Godkänd med radfel: de felfria raderna kan användas, raderna med fel nedan används inte.",
  reject: "Avvisad: inget i filen används.",
};

const ENCODINGS = {
  "utf-8": "UTF-8",
  "utf-8-bom": "UTF-8 med BOM",
  "windows-1252": "Windows-1252 (ANSI)",
  "utf-16le": "UTF-16LE (Unicode-text)",
  "utf-16be": "UTF-16BE",
};

const DELIMITERS = { ";": "semikolon", ",": "komma", "\t": "tabb" };

const FORMATS = {
  "csv-tidy": "CSV, en rad per värde",
  "csv-wide-periods": "CSV, en period per kolumn (år, månad, kvartal)",
  "csv-wide-indicators": "CSV, en indikator per kolumn",
  "pxweb-csv": "CSV från PxWeb",
  "json-tidy": "JSON, en post per värde",
  "kolada-json": "JSON från Koladas API",
  "json-stat2": "JSON-stat 2.0 (PxWeb)",
};

const SEVERITIES = { error: "fel", warning: "varning", info: "info" };

export type ReportDecision = keyof typeof DECISIONS;
export type ReportEncoding = keyof typeof ENCODINGS;
export type ReportDelimiter = keyof typeof DELIMITERS;
export type ReportFormat = keyof typeof FORMATS;
export type ReportSeverity = keyof typeof SEVERITIES;

/** How the file was read; null where the file was refused before that was known. */
export interface ReadAs {
  readonly encoding: ReportEncoding | null;
  readonly delimiter: ReportDelimiter | null;
  readonly format: ReportFormat | null;
}

const readAs = (p: ReadAs): string[] => [
  ...(p.encoding ? [`teckenkodning ${ENCODINGS[p.encoding]}`] : []),
  ...(p.delimiter ? [`avgränsare ${DELIMITERS[p.delimiter]}`] : []),
  ...(p.format ? [`format: ${FORMATS[p.format]}`] : []),
];

export const reportSv = {
  reportFile: (p: { file: string }) => `Fil: ${p.file}`,
  reportDecision: (p: { decision: ReportDecision }) => DECISIONS[p.decision],
  /** "" when nothing is known of how the file was read. */
  reportReadAs: (p: ReadAs) => {
    const parts = readAs(p);
    return parts.length === 0 ? "" : `Läst som: ${parts.join(", ")}.`;
  },
  reportCounts: (p: {
    rows: number;
    observations: number;
    indicators: number;
  }) =>
    `${groupDigits(p.rows, "sv")} datarader, ${groupDigits(p.observations, "sv")} värden att använda, ${p.indicators} ${p.indicators === 1 ? "indikator" : "indikatorer"}.`,
  reportRowErrors: (p: { errorRows: number }) =>
    `${groupDigits(p.errorRows, "sv")} rader har fel.`,
  /** Rows for the rest of Sweden: how many, and what is kept of them and of the county. */
  reportNational: (p: {
    outsideRows: number;
    nationalValues: number;
    countyValues: number;
  }) =>
    `${groupDigits(p.outsideRows, "sv")} rader gäller kommuner och regioner i resten av Sverige; deras ${groupDigits(p.nationalValues, "sv")} värden sparas för jämförelser med hela landet men visas inte i länets vyer. ${groupDigits(p.countyValues, "sv")} värden gäller Stockholms län, dess kommuner och riket.`,
  reportNoProblems: () => "Inga problem.",
  reportProblems: (p: { count: number; errors: number }) =>
    `Problem (${p.count}, varav ${p.errors} fel):`,
  /** One problem: `text` is the issue's message, already in this language. */
  reportIssue: (p: {
    severity: ReportSeverity;
    line: number | null;
    column: string | null;
    text: string;
    code: string;
  }) => {
    const where = [
      ...(p.line === null ? [] : [`rad ${p.line}`]),
      ...(p.column === null ? [] : [`kolumn ”${p.column}”`]),
    ];
    const place = where.length > 0 ? `${where.join(", ")}: ` : "";
    return `  [${SEVERITIES[p.severity]}] ${place}${p.text} (${p.code})`;
  },
};
