/**
 * Words with å, ä or ö that English text may keep: names of kommuner, and Swedish names quoted
 * as the sources or the files write them (an authority, a row of a source table, a heading).
 * Anything else with å, ä or ö in English is Swedish left untranslated.
 */
const ALLOWED = new Set([
  // Kommuner with å, ä or ö in their names, and the misspelling imports recognise
  "Ekerö",
  "Järfälla",
  "Lidingö",
  "Norrtälje",
  "Nynäshamn",
  "Södertälje",
  "Täby",
  "Tyresö",
  "Väsby",
  "Värmdö",
  "Österåker",
  "Värdö",
  // Quoted as the sources write them
  "Folkhälsomyndigheten",
  "Fördelade",
]);

/**
 * The words of an English text that look Swedish (interpolation variables left out), besides
 * those in ALLOWED and in `also` (words one set of messages may quote).
 */
export function swedishWords(
  text: string,
  also: readonly string[] = [],
): string[] {
  return text
    .replace(/\{\{\w+\}\}/g, " ")
    .split(/[^\p{L}\d-]+/u)
    .filter((w) => /[åäöÅÄÖ]/.test(w) && !ALLOWED.has(w) && !also.includes(w));
}

/**
 * The text without what it quotes ('…', "…", ‘…’, “…”, ”…”): a data note's English keeps the
 * source's Swedish words inside quotes. An apostrophe inside a word ("county's") opens no quote.
 */
function withoutQuotes(text: string): string {
  return text.replace(
    /(^|[\s(])(?:'[^']*'|"[^"]*"|‘[^’]*’|“[^”]*”|”[^”]*”)(?=$|[\s.,;:)–])/gu,
    "$1…",
  );
}

/** Common Swedish words without å, ä or ö, which swedishWords cannot see. */
const PLAIN_SWEDISH = new Set(
  "och som inte det av har eller kommunen kommunerna uppgift saknas enligt".split(
    " ",
  ),
);

/** The Swedish words of a data note's English, outside what it quotes. */
export function swedishNoteWords(text: string): string[] {
  const rest = withoutQuotes(text);
  return [
    ...swedishWords(rest),
    ...rest
      .split(/[^\p{L}]+/u)
      .filter((w) => PLAIN_SWEDISH.has(w.toLowerCase())),
  ];
}
