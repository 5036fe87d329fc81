/** How the import messages quote a file's text and write counts, per language. */
import type { UiLocale } from "../locales";

/** ”text” as Swedish writes it. */
export const quoteSv = (text: string): string => `”${text}”`;

/** “text” as English writes it. */
export const quoteEn = (text: string): string => `“${text}”`;

/**
 * 1234567 → "1 234 567" (sv, no-break spaces) or "1,234,567" (en), for counts in messages; a
 * decimal string of any length too (a JSON-stat file may declare more cells than a number holds).
 */
export function groupDigits(value: number | string, locale: UiLocale): string {
  const text = typeof value === "string" ? value : String(Math.trunc(value));
  const negative = text.startsWith("-");
  const digits = negative ? text.slice(1) : text;
  const separator = locale === "sv" ? "\u00a0" : ",";
  const grouped = digits.replace(/\B(?=(\d{3})+$)/g, separator);
  return negative ? `-${grouped}` : grouped;
}
