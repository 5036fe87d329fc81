/** Text in both UI languages. Swedish is the reference language. */
export interface LocalText {
  readonly sv: string;
  readonly en: string;
}

import type { UiLocale } from "@/i18n/locales";

export { LOCALES } from "@/i18n/locales";

/** The UI languages. */
export type Locale = UiLocale;
