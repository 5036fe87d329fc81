/**
 * Bidi control characters in a file (see domain/bidi.ts) are removed before it is read, and the
 * report says how many and where the first was.
 */
import { BIDI_CONTROLS, stripBidi } from "@/domain/bidi";

import type { IssueCollector } from "./issues";

/** Removes bidi controls from a whole file's text and reports how many and the first line. */
export function stripBidiControls(
  text: string,
  issues: IssueCollector,
): string {
  BIDI_CONTROLS.lastIndex = 0;
  const first = BIDI_CONTROLS.exec(text);
  if (!first) return text;
  const count = text.match(BIDI_CONTROLS)?.length ?? 0;
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
  return stripBidi(text);
}
