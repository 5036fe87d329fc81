/** How a source is named on a chart's source line and in exports. One function, used everywhere. */
import type { LocalText, Locale } from "@/domain/local-text";

import type { Source } from "./schemas/manifest";
import { SOURCE_TRANSLATIONS } from "./source-translations";

/**
 * A licence, source note or descriptive section of the manifest in both languages: the English
 * from source-translations.ts, else the Swedish as written (a source's own heading, or text the
 * manifest already writes in English).
 */
export function sourceText(text: string): LocalText {
  const en = Object.hasOwn(SOURCE_TRANSLATIONS, text)
    ? SOURCE_TRANSLATIONS[text]
    : undefined;
  return { sv: text, en: en ?? text };
}

const PRODUCER: LocalText = {
  sv: "ursprunglig producent",
  en: "original producer",
};

/** "Analys och handlingsplaner för Stockholms län 2018, Bilaga 5 …" / "Kolada (RKA), KPI N15428; Skolverket". */
export function citeSource(source: Source, locale: Locale = "sv"): string {
  const producer = source.producer === undefined ? "" : `; ${source.producer}`;
  const section = sourceText(source.section)[locale];
  return `${source.shortTitle ?? source.title}, ${section}${producer}`;
}

/** The full reference: title, publisher, year, section (and URL, unless `withUrl` is false). */
export function fullCitation(
  source: Source,
  locale: Locale,
  withUrl = true,
): string {
  const parts = [
    source.title,
    source.publisher,
    String(source.year),
    sourceText(source.section)[locale],
  ];
  if (source.producer !== undefined)
    parts.push(`${PRODUCER[locale]}: ${source.producer}`);
  if (withUrl && source.url !== undefined) parts.push(source.url);
  return parts.join(". ");
}

/** Parts of a locator that name the project's own files, not the publication. */
const INTERNAL = /^(?:seed \d|reference\/|data-src\/|shared\/)/;

/**
 * The public part of a locator: "Tabell 2, rad 4 · seed 002 rad 310" → "Tabell 2, rad 4";
 * "reference/kommun-facts.csv" → "" (the source's citation says it).
 */
export function publicLocator(locator: string): string {
  return locator
    .split(" · ")
    .map((part) => part.trim())
    .filter((part) => part !== "" && !INTERNAL.test(part))
    .join(" · ");
}
