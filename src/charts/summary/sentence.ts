/**
 * Building blocks of the generated chart summaries: clauses (lower-case fragments from the
 * message files) joined into plain sentences, and lists of names in the locale's own style.
 */
import type { Translate, UiLocale } from "@/i18n/i18n";
import { INTL_LOCALE } from "@/i18n/locales";

const upperFirst = (text: string): string =>
  text.charAt(0).toLocaleUpperCase() + text.slice(1);

/**
 * One sentence from clauses: empty ones are dropped, the rest joined with "; ", the first letter
 * made upper-case and a full stop added. Null when no clause is left.
 */
export function sentence(
  clauses: readonly (string | null | undefined | false)[],
  separator = "; ",
): string | null {
  const kept = clauses.filter(
    (c): c is string => typeof c === "string" && c.trim() !== "",
  );
  if (kept.length === 0) return null;
  const text = upperFirst(kept.join(separator).trim());
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** Sentences joined with a space; missing ones left out. */
export function paragraph(
  sentences: readonly (string | null | undefined)[],
): string {
  return sentences.filter((s): s is string => !!s).join(" ");
}

const listFormats = new Map<UiLocale, Intl.ListFormat>();

/** "Botkyrka, Solna och Täby" / "Botkyrka, Solna and Täby". */
export function listNames(names: readonly string[], locale: UiLocale): string {
  let format = listFormats.get(locale);
  if (!format) {
    format = new Intl.ListFormat(INTL_LOCALE[locale], {
      type: "conjunction",
    });
    listFormats.set(locale, format);
  }
  return format.format(names);
}

/** "lika mycket som länet (50,3 %)", "högre än länet (…)", "lägre än länet (…)". */
export function countyComparison(
  side: "above" | "below" | "same",
  county: string,
  t: Translate,
): string {
  const key = (
    {
      same: "summary.same",
      above: "summary.higher",
      below: "summary.lower",
    } as const
  )[side];
  return t(key, { county });
}
