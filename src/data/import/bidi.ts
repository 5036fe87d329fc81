/**
 * Bidirectional control characters (U+202A–U+202E embeddings and overrides, U+2066–U+2069
 * isolates, U+200E/U+200F marks, U+061C) have no place in a table of Swedish statistics, and an
 * override in a label reverses the app's own text after it ("2023" shown as "3202"). They are
 * removed from the file's text before it is read, and the report says where.
 */
import type { IssueCollector } from "./issues";

const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

/** The text without bidi control characters. */
export function withoutBidiControls(text: string): string {
  return text.replace(BIDI, "");
}

/** Removes bidi controls from a whole file's text and reports how many and the first line. */
export function stripBidiControls(
  text: string,
  issues: IssueCollector,
): string {
  BIDI.lastIndex = 0;
  const first = BIDI.exec(text);
  if (!first) return text;
  let count = 0;
  const stripped = text.replace(BIDI, () => {
    count++;
    return "";
  });
  let line = 1;
  for (
    let i = text.indexOf("\n");
    i !== -1 && i < first.index;
    i = text.indexOf("\n", i + 1)
  )
    line++;
  issues.add("warning", "bidi-controls", line, null, {
    sv: `Filen har ${count} osynliga tecken som vänder textriktningen (t.ex. U+202E), första på rad ${line}. De har tagits bort, så att text och tal visas i rätt ordning.`,
    en: `The file has ${count} invisible characters that reverse the text direction (e.g. U+202E), the first on line ${line}. They were removed, so text and numbers show in the right order.`,
  });
  return stripped;
}
