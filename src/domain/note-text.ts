/**
 * A data note in both UI languages, as a reader sees it (publicNote: no pointers into the
 * project's own files). English comes from the reviewed table (note-translations.ts); a note
 * it does not know (your own imported data, a dataset not yet translated) stays Swedish in
 * English too, and `noteLang` marks it `lang="sv"`. Every place that shows a note uses these.
 */
import type { LocalText, Locale } from "./local-text";
import { NOTE_TRANSLATIONS } from "./note-translations";
import { publicNote } from "./public-note";

/** The English of a note as the data writes it, or undefined when the table has none. */
export function noteEnglish(note: string): string | undefined {
  const key = note.trim();
  return Object.hasOwn(NOTE_TRANSLATIONS, key)
    ? NOTE_TRANSLATIONS[key]
    : undefined;
}

export function noteText(note: string): LocalText {
  const sv = publicNote(note);
  return { sv, en: noteEnglish(note) ?? sv };
}

/** "sv" when the text shown in `locale` is Swedish left as it is (no English version). */
export function noteLang(text: LocalText, locale: Locale): "sv" | undefined {
  return locale !== "sv" && text.en === text.sv ? "sv" : undefined;
}
