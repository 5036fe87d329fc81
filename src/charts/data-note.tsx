/**
 * A data note (or a reason quoted from a dataset) as the page shows it: in the UI language where
 * the note has one (noteText), else the Swedish marked `lang="sv"`. Every note on a page goes
 * through here or noteText.
 */
import type { LocalText } from "@/domain/local-text";
import { noteLang, noteText } from "@/domain/note-text";
import { useT } from "@/i18n/i18n";

export function DataNote({
  note,
  block = false,
}: {
  /** The note as the data writes it, or a text already in both languages. */
  readonly note: string | LocalText;
  /** A paragraph of its own rather than a line inside a cell. */
  readonly block?: boolean;
}) {
  const { locale } = useT();
  const text = typeof note === "string" ? noteText(note) : note;
  const Tag = block ? "p" : "span";
  return (
    <Tag className="table-note" lang={noteLang(text, locale)}>
      {text[locale]}
    </Tag>
  );
}
