/** English: value cells (numbers, symbols, units, statuses, formulas). */
import { quoteEn as q } from "../quote";
import type { cellsSv } from "../sv/cells";

const mixedOrNot = (mixed: boolean): string =>
  mixed
    ? "the file mixes Swedish and English number formats"
    : "no other value in the file shows which";

/** Headings in plain double quotes, as the report has always listed them. */
const headings = (list: readonly string[]): string =>
  list.map((h) => `"${h.replace(/[”]/g, '"')}"`).join(", ") || "none";

export const cellsEn: typeof cellsSv = {
  formulaCell: (p) =>
    `The cell ${q(p.text)} looks like a spreadsheet formula; it is never evaluated and not used.`,
  formulaText: (p) =>
    `The cell ${q(p.text)} looks like a spreadsheet formula; it is read as text and never evaluated.`,
  softHyphens: (p) =>
    `The text ${q(p.before)} has soft hyphens (U+00AD, as Socialstyrelsen's database writes them); next to digits they are read as “-” (${q(p.text)}), elsewhere they are removed.`,
  unknownStatus: (p) =>
    `The status ${q(p.text)} is not recognised; the value is read as it stands.`,
  statusMapped: (p) => `The status ${q(p.text)} is read as a reported value.`,
  statusConflict: (p) =>
    `The value ${q(p.text)} does not agree with the status (${p.status}); the value is not used.`,
  dashMissing: (p) =>
    `The sign ${q(p.text)} means zero in some sources and “no figure” in others. It is read as a missing value (never as 0) and the sign is kept; write 0 if you mean zero.`,
  dashNil: (p) =>
    `The file is an export from SCB's database (PxWeb), where ${q(p.text)} means nil (“nothing to report”). Such cells are read as 0 and the sign is kept.`,
  unitHint: (p) =>
    `The values in the column ${q(p.heading)} are written with ${q(p.hint)}; that is taken as the unit.`,
  unitMismatch: (p) =>
    `The value ${q(p.text)} has the unit ${q(p.hint)} but the unit is ${q(p.declared)}; the value is not used.`,
  infiniteNumber: (p) =>
    `${q(p.text)} means an infinite value (R and pandas write it after a division by zero); it is not a number and is not used.`,
  pointInCommaFile: (p) =>
    `${q(p.text)} has a decimal point but the file uses a decimal comma; the value is not used.`,
  commaInPointFile: (p) =>
    `${q(p.text)} has a decimal comma but the file uses a decimal point; the value is not used.`,
  notANumber: (p) =>
    `${q(p.text)} is not a number (write e.g. 1 234,5) or a symbol for a missing value (e.g. ..); the value is not used.`,
  ambiguousComma: (p) =>
    `${q(p.text)} could mean either ${p.text.replace(",", ".")} (decimal comma) or ${p.text.replace(/[.,]/, "")} (comma between thousands), and ${mixedOrNot(p.mixed)}; the value is not used. Write thousands without a comma or set the number format.`,
  ambiguousPoint: (p) =>
    `${q(p.text)} could mean either ${p.text} (decimal point) or ${p.text.replace(/[.,]/, "")} (point between thousands), and ${mixedOrNot(p.mixed)}; the value is not used. Write decimals with a comma and thousands without a point.`,
  numberFormatEnglish: () =>
    "The file writes numbers the English way: a decimal point and commas between thousands (e.g. “3,174,063” and “12.5”); they are read so throughout.",
  decimalPoint: () =>
    "The file uses a decimal point (e.g. “12.5”), so a point is read as the decimal separator throughout.",
  numberFormatMixed: (p) =>
    `The columns write numbers differently, so the number format is decided per column: decimal point in ${headings(p.point)}, decimal comma in ${headings(p.comma)}. Check the values.`,
};
