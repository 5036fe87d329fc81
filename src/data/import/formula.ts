/**
 * Cells a spreadsheet would run as a formula (OWASP "CSV injection"; ASVS 1.2.10): text starting
 * with "=", "+", "-", "@", TAB, CR or LF. A plain number ("-5", "-1 234,5") or a statistical
 * symbol ("-", "–") is not one. The importer keeps such text as text, never evaluates it, and
 * reports it; an exporter can use isFormulaLike to decide which text cells to neutralise.
 */
import { parseNumber } from "./numbers";
import { symbolMeaning } from "./symbols";

const TRIGGERS = new Set([0x3d, 0x2b, 0x2d, 0x40, 0x09, 0x0d, 0x0a]);

/** True when a spreadsheet would treat the text as a formula and it is not a plain number. */
export function isFormulaLike(text: string): boolean {
  if (text.length === 0 || !TRIGGERS.has(text.charCodeAt(0))) return false;
  if (symbolMeaning(text) !== null) return false;
  return (
    parseNumber(text, "comma") === null && parseNumber(text, "point") === null
  );
}
