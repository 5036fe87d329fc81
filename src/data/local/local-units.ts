/** The unit and number format of an imported indicator: guessed from the file, chosen by the user. */
import { decimalPlaces } from "@/domain/format";
import type { FormatTag, Unit } from "@/domain/indicators";

/** The units a user can choose for an imported indicator, with the unit the file suggests. */
export const CHOOSABLE_UNITS: readonly Unit[] = [
  "number",
  "percent",
  "per-1000",
  "per-100000",
  "count",
  "kr",
  "kr-per-inhabitant",
  "mnkr",
  "days",
];

/** Guesses a unit from the file's unit text or the indicator's name; "number" when unsure. */
export function guessUnit(unit: string | null, label: string): Unit {
  const text = `${unit ?? ""} ${label}`.toLowerCase();
  if (/per\s*100\s*000|\/\s*100\s*000/.test(text)) return "per-100000";
  if (/per\s*1\s*000|\/\s*1\s*000|promille|‰/.test(text)) return "per-1000";
  if (/kr\s*(?:per|\/)\s*inv/.test(text)) return "kr-per-inhabitant";
  if (/mnkr|miljoner kr|mkr/.test(text)) return "mnkr";
  if (/%|procent|percent|andel|share/.test(text)) return "percent";
  if (/\bkr\b|kronor|\bsek\b/.test(text)) return "kr";
  if (/\bdagar\b|\bdays\b/.test(text)) return "days";
  if (/\bantal\b|\bcount\b|\bst\b/.test(text)) return "count";
  return "number";
}

const FORMATS: Record<Unit, readonly [FormatTag, FormatTag, FormatTag]> = {
  number: ["num0", "num1", "num2"],
  percent: ["pct1", "pct1", "pct2"],
  "percent-change": ["pct1", "pct1", "pct2"],
  "per-1000": ["num0", "num1", "num2"],
  "per-100000": ["num0", "num1", "num2"],
  count: ["num0", "num1", "num2"],
  kr: ["sek0", "sek2", "sek2"],
  "kr-per-inhabitant": ["sek0", "sek2", "sek2"],
  mnkr: ["mnkr1", "mnkr1", "mnkr1"],
  days: ["num0", "num1", "num2"],
  months: ["num0", "num1", "num2"],
  posts: ["num0", "num1", "num2"],
};

/** The format that shows every value the file gave without hiding decimals (at most two). */
export function formatFor(unit: Unit, values: readonly number[]): FormatTag {
  let decimals = 0;
  for (const v of values) {
    decimals = Math.max(decimals, decimalPlaces(v, 2));
    if (decimals === 2) break;
  }
  return FORMATS[unit][decimals] ?? "num2";
}
