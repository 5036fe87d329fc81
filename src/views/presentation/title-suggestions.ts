/**
 * Slide titles a presenter may pick with one click: the sentences of the slide's speaker notes,
 * which start as the chart's summary ("Alla 26 kommuner har 34,64 kr; …"). A title says the
 * point, so each sentence is offered, and each of its clauses between semicolons, as a title:
 * capitalised, without its final full stop. Pure.
 */

/** At most this many suggestions, each at most this long (a title, not a paragraph). */
const MAX_SUGGESTIONS = 5;
const MAX_LENGTH = 140;

/** A sentence ends at . ! or ? followed by a space and a capital letter or a digit. */
const SENTENCE_END = /(?<=[.!?])\s+(?=[\p{Lu}\d"”’])/u;

function asTitle(text: string): string {
  const trimmed = text.trim().replace(/[.;:]+$/, "");
  return trimmed.charAt(0).toLocaleUpperCase("sv") + trimmed.slice(1);
}

/** The titles offered for notes `notes` (the current title left out). */
export function titleSuggestions(notes: string, current: string): string[] {
  const found: string[] = [];
  for (const sentence of notes.split(SENTENCE_END)) {
    const clauses = sentence.split(/;\s+/);
    const parts = clauses.length > 1 ? [sentence, ...clauses] : [sentence];
    for (const part of parts) {
      const title = asTitle(part);
      if (title.length < 8 || title.length > MAX_LENGTH) continue;
      if (title === current.trim() || found.includes(title)) continue;
      found.push(title);
    }
  }
  return found.slice(0, MAX_SUGGESTIONS);
}
