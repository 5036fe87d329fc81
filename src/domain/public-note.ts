/**
 * A data note as a reader sees it: the transcriber's pointers into the project's own seed files
 * ("(rad 3768)", "(seed 003 rad 2291–2293)", "(rad 3776, meningen saknar verb i källan)",
 * "(rad 645; rad 671 skriver 'rekviderat')") are left out, the rest of the note is kept word for
 * word. The full note stays in the data and the exports.
 */

/** "rad 598, 603", "även rad 28, 247–248", "seed 000 rad 57, kolumn Län". */
const LOCATOR =
  /^(?:även\s+)?(?:seed \d+\s+)?rad\s+\d+(?:[–-]\d+)?(?:\s*,\s*\d+(?:[–-]\d+)?)*(?:\s*,\s*kolumn [^,;]+)?/;

function withoutLocators(inside: string): string {
  let rest = inside.trim();
  for (;;) {
    const match = LOCATOR.exec(rest);
    if (!match) return rest;
    const after = rest.slice(match[0].length);
    if (after.trim() === "") return "";
    // "rad 3776, meningen …": the words after the pointer stay. "rad 671 skriver …": the whole
    // remark is about a line of the seed file and goes with it.
    const separated = /^\s*[,;]\s*/.exec(after);
    if (!separated) return "";
    rest = after.slice(separated[0].length);
  }
}

export function publicNote(note: string): string {
  return note
    .replace(/\s*\(([^()]*)\)/g, (whole, inside: string) => {
      const kept = withoutLocators(inside);
      if (kept === inside.trim()) return whole;
      return kept === "" ? "" : ` (${kept})`;
    })
    .trim();
}
