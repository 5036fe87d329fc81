/** How much of a file's own text a message quotes. */

const SHOWN_LENGTH = 80;

/**
 * A file's text as quoted in a message: control characters (line breaks, TABs) as spaces and at
 * most 80 characters, so a 60 000-character cell cannot make a 12 MB report.
 */
export function clip(text: string): string {
  // eslint-disable-next-line no-control-regex
  const shown = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, " ");
  return shown.length > SHOWN_LENGTH
    ? `${shown.slice(0, SHOWN_LENGTH - 1)}…`
    : shown;
}
