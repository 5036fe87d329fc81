/**
 * Period, gender and status cells. A period is a year ("2019"), a month ("2014M08"), a quarter
 * ("2014K1") or a span of years ("2013-2016"); other spellings of these ("2014-08", "2014Q1",
 * "2013–2016", "2013/2016") are read as the canonical form and reported. Gender words become
 * Kolada's T/K/M.
 */
import { periodKind, type PeriodKind } from "@/domain/periods";
import type { ImportMessage } from "@/i18n/import/import-text";

import { clip } from "./clip";
import { symbolMeaning } from "./symbols";
import type { ImportStatus } from "./report-types";

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

export type PeriodResult =
  | {
      readonly ok: true;
      readonly period: string;
      readonly kind: PeriodKind;
      readonly note: ImportMessage | null;
    }
  | { readonly ok: false; readonly message: ImportMessage };

const YEAR = /^(\d{4})$/;
const SPAN = /^(\d{4})\s*([-\u2010\u2011\u2013\u2014/])\s*(\d{4})$/;
/** "2014M08", "2014M8", "2014-08", "2014 M08" (SCB's months and ISO year-month). */
const MONTH = /^(\d{4})(?:\s*[Mm]\s*|-)(\d{1,2})$/;
/** "2014K1", "2014Q1", "2014 K1", "2014-Q1", "2014:1" is not accepted (ambiguous). */
const QUARTER = /^(\d{4})\s*[-\s]?\s*[KkQq]([1-4])$/;

function yearOk(year: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

function read(text: string, period: string): PeriodResult {
  const kind = periodKind(period) ?? "year";
  if (period === text) return { ok: true, period, kind, note: null };
  return {
    ok: true,
    period,
    kind,
    note: { key: "periodRead", params: { text: clip(text), period } },
  };
}

/** A trimmed period cell (or JSON period) → its canonical text and kind, or why not. */
export function parsePeriod(text: string): PeriodResult {
  const year = YEAR.exec(text);
  if (year) {
    if (yearOk(Number(year[1]))) return read(text, text);
    return badPeriod(text);
  }
  const span = SPAN.exec(text);
  if (span) {
    const [, from = "", , to = ""] = span;
    const start = Number(from);
    const end = Number(to);
    if (!yearOk(start) || !yearOk(end) || start >= end) return badPeriod(text);
    return read(text, `${from}-${to}`);
  }
  const month = MONTH.exec(text);
  if (month) {
    const [, y = "", m = ""] = month;
    const number = Number(m);
    if (!yearOk(Number(y)) || number < 1 || number > 12) return badPeriod(text);
    return read(text, `${y}M${String(number).padStart(2, "0")}`);
  }
  const quarter = QUARTER.exec(text);
  if (quarter) {
    const [, y = "", q = ""] = quarter;
    if (!yearOk(Number(y))) return badPeriod(text);
    return read(text, `${y}K${q}`);
  }
  return badPeriod(text);
}

function badPeriod(text: string): PeriodResult {
  if (text === "") return { ok: false, message: { key: "periodMissing" } };
  return {
    ok: false,
    message: {
      key: "periodUnreadable",
      params: { text: clip(text), min: MIN_YEAR, max: MAX_YEAR },
    },
  };
}

const GENDERS = new Map<string, string>([
  ["t", "T"],
  ["totalt", "T"],
  ["total", "T"],
  ["tot", "T"],
  ["alla", "T"],
  ["båda könen", "T"],
  ["bada konen", "T"],
  ["samtliga", "T"],
  ["both sexes", "T"],
  ["all", "T"],
  ["k", "K"],
  ["kvinnor", "K"],
  ["kvinna", "K"],
  ["flickor", "K"],
  ["women", "K"],
  ["woman", "K"],
  ["female", "K"],
  ["females", "K"],
  ["m", "M"],
  ["män", "M"],
  ["man", "M"],
  ["pojkar", "M"],
  ["men", "M"],
  ["male", "M"],
  ["males", "M"],
]);

/** A gender cell → "T"/"K"/"M" when it is a known word, else the trimmed text itself. */
export function normaliseGender(text: string): string {
  return GENDERS.get(text.toLowerCase()) ?? text;
}

export type StatusResult =
  | { readonly kind: "none" }
  | { readonly kind: "reported"; readonly note: string | null }
  | {
      readonly kind: "symbol";
      readonly status: Exclude<ImportStatus, "reported">;
      /** The symbol itself; null for a word such as "saknas" (the value cell's symbol is kept). */
      readonly symbol: string | null;
    }
  | { readonly kind: "unknown" };

const STATUS_WORDS = new Map<string, StatusResult>([
  ["reported", { kind: "reported", note: null }],
  ["rapporterad", { kind: "reported", note: null }],
  ["ok", { kind: "reported", note: null }],
  ["estimated", { kind: "reported", note: "estimated" }],
  ["skattad", { kind: "reported", note: "skattad" }],
  ["preliminär", { kind: "reported", note: "preliminär" }],
  ["preliminary", { kind: "reported", note: "preliminary" }],
  ["range-only", { kind: "reported", note: "range-only" }],
  ["missing", { kind: "symbol", status: "missing", symbol: null }],
  ["saknas", { kind: "symbol", status: "missing", symbol: null }],
  ["uppgift saknas", { kind: "symbol", status: "missing", symbol: null }],
  ["suppressed", { kind: "symbol", status: "suppressed", symbol: null }],
  ["sekretess", { kind: "symbol", status: "suppressed", symbol: null }],
  ["skyddad", { kind: "symbol", status: "suppressed", symbol: null }],
  ["confidential", { kind: "symbol", status: "suppressed", symbol: null }],
]);

/** A status cell: a status word, a statistical symbol, empty, or unknown. */
export function parseStatus(text: string): StatusResult {
  if (text === "") return { kind: "none" };
  const word = STATUS_WORDS.get(text.toLowerCase());
  if (word) return word;
  const symbol = symbolMeaning(text);
  if (symbol) return { kind: "symbol", status: symbol.status, symbol: text };
  return { kind: "unknown" };
}
