/**
 * Period, gender and status cells. Periods are a year ("2019") or a span of years ("2013-2016";
 * an en dash or slash is read as "-" and reported). Gender words become Kolada's T/K/M.
 */
import type { LocalText } from "@/domain/local-text";

import { clip } from "./issues";
import { symbolMeaning } from "./numbers";
import type { ImportStatus } from "./report-types";

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

export type PeriodResult =
  | {
      readonly ok: true;
      readonly period: string;
      readonly note: LocalText | null;
    }
  | { readonly ok: false; readonly message: LocalText };

const YEAR = /^(\d{4})$/;
const SPAN = /^(\d{4})\s*([-\u2010\u2011\u2013\u2014/])\s*(\d{4})$/;

/** A trimmed period cell (or JSON period) → "2019" / "2013-2016", or why not. */
export function parsePeriod(text: string): PeriodResult {
  const year = YEAR.exec(text);
  if (year) {
    const value = Number(year[1]);
    if (value >= MIN_YEAR && value <= MAX_YEAR)
      return { ok: true, period: text, note: null };
    return badPeriod(text);
  }
  const span = SPAN.exec(text);
  if (span) {
    const [, from = "", , to = ""] = span;
    const start = Number(from);
    const end = Number(to);
    if (start < MIN_YEAR || end > MAX_YEAR || start >= end)
      return badPeriod(text);
    const period = `${from}-${to}`;
    if (period === text) return { ok: true, period, note: null };
    return {
      ok: true,
      period,
      note: {
        sv: `Perioden ”${clip(text)}” lästes som ”${period}”.`,
        en: `The period “${clip(text)}” was read as “${period}”.`,
      },
    };
  }
  return badPeriod(text);
}

function badPeriod(text: string): PeriodResult {
  if (text === "") {
    return {
      ok: false,
      message: {
        sv: "År/period saknas; värdet används inte.",
        en: "The year/period is missing; the value is not used.",
      },
    };
  }
  return {
    ok: false,
    message: {
      sv: `”${clip(text)}” är inget år (${MIN_YEAR}–${MAX_YEAR}) eller period som ”2013-2016”; värdet används inte.`,
      en: `“${clip(text)}” is not a year (${MIN_YEAR}–${MAX_YEAR}) or a period such as “2013-2016”; the value is not used.`,
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
