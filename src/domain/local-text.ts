/** Text in both UI languages. Swedish is the reference language. */
export interface LocalText {
  readonly sv: string;
  readonly en: string;
}

export const LOCALES = ["sv", "en"] as const;
export type Locale = (typeof LOCALES)[number];

/** Picks the text for a locale. */
export function localize(text: LocalText, locale: Locale): string {
  return text[locale];
}
