/** English: reading a CSV file's lines, header and rows. */
import { quoteEn as q } from "../quote";
import type { csvSv } from "../sv/csv";

export const csvEn: typeof csvSv = {
  sepLine: (p) =>
    `The first line (“sep=${p.delimiter === "\t" ? "TAB" : p.delimiter}”) gives the delimiter and is not data.`,
  noDelimiter: () =>
    "Found no delimiter between columns (semicolon, comma or TAB). The file needs at least two columns: municipality and value.",
  lineTooLong: (p) =>
    `Line ${p.line} is ${p.length} characters long; at most ${p.max} are allowed. The file is not read (is it really a table?).`,
  titleRow: (p) =>
    `The line ${q(p.text)} is above the header row and is read as a title or note.`,
  unclosedQuote: (p) =>
    `The quote that opens on line ${p.line} is never closed, so lines ${p.line}–${p.lastLine} cannot be read.`,
  badQuotes: () =>
    'The line has quotes in the wrong place (a field that starts with " must end with " before the delimiter); the line is not used.',
  recordTooLong: (p) =>
    `The row starting on line ${p.line} runs over more than ${p.max} characters (usually a quote that is never closed); the rest of the file is not read.`,
  noHeader: () =>
    "The file has no header row with at least two columns (it is empty or has only one column).",
  noteRow: (p) =>
    `The line holds only the text ${q(p.text)} and is read as a note, not as data.`,
  tooFewFields: (p) =>
    `The line has ${p.fields} fields but the header has ${p.width}; the line is not used.`,
  tooManyFields: (p) =>
    `The line has ${p.fields} fields but the header has ${p.width}, often a decimal comma or a delimiter in a value without quotes; the line is not used.`,
  rowsFiltered: (p) =>
    `${p.count} rows with another value than ${q(p.value)} in the column ${q(p.heading)} are not used (chosen in the column mapping).`,
  missingIndicator: () => "The indicator is missing; the row is not used.",
};
