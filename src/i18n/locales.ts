/** The UI languages, Swedish (the reference language) first, and the Intl locale of each. */
export const LOCALES = ["sv", "en"] as const;
export type UiLocale = (typeof LOCALES)[number];

/** Swedish as written in Sweden; English with British conventions (day-month, 24-hour). */
export const INTL_LOCALE: Record<UiLocale, string> = {
  sv: "sv-SE",
  en: "en-GB",
};
