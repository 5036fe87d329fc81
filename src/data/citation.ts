/** How a source is named on a chart's source line and in exports. One function, used everywhere. */
import type { Source } from "./schemas/manifest";

/** "Analys och handlingsplaner för Stockholms län 2018, Bilaga 5 …" / "Kolada (RKA), KPI N15428; Skolverket". */
export function citeSource(source: Source): string {
  const producer = source.producer === undefined ? "" : `; ${source.producer}`;
  return `${source.shortTitle ?? source.title}, ${source.section}${producer}`;
}

/** The full reference: title, publisher, year, section (and URL, unless `withUrl` is false). */
export function fullCitation(source: Source, withUrl = true): string {
  const parts = [
    source.title,
    source.publisher,
    String(source.year),
    source.section,
  ];
  if (source.producer !== undefined)
    parts.push(`ursprunglig producent: ${source.producer}`);
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
