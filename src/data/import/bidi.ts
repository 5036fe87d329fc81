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
    key: "bidiControls",
    params: { count, line },
  });
  return stripBidi(text);
}
