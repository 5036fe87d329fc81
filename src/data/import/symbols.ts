/** Statistical symbols in value cells ("..", "x", "-", "NA"): what each means for the value. */
import type { ImportStatus } from "./report-types";

export interface SymbolMeaning {
  readonly status: Exclude<ImportStatus, "reported">;
  /** true for a dash, which some sources use for zero ("nil"): reported as an info issue. */
  readonly dash: boolean;
}

/**
 * Statistical symbols (PX-file conventions as SCB and Folkhälsomyndigheten use them):
 *   ""            empty cell                          → missing
 *   "."           uppgift saknas                      → missing
 *   ".."          för osäker/för få för att redovisas → suppressed
 *   "..."–"......" uppgift kan inte förekomma / saknas → missing
 *   "-", "–", "—", U+2011, U+2212  noll eller ingenting att redovisa, but not always: → missing,
 *                 with an info issue (never turned into 0)
 *   "x", "X", "×" skyddad (sekretess)                  → suppressed
 *   "NA", "NaN", "N/A"  R's and pandas' missing value        → missing
 */
const SYMBOLS = new Map<string, SymbolMeaning>([
  ["", { status: "missing", dash: false }],
  [".", { status: "missing", dash: false }],
  ["..", { status: "suppressed", dash: false }],
  ["...", { status: "missing", dash: false }],
  ["....", { status: "missing", dash: false }],
  [".....", { status: "missing", dash: false }],
  ["......", { status: "missing", dash: false }],
  ["-", { status: "missing", dash: true }],
  ["\u2013", { status: "missing", dash: true }],
  ["\u2014", { status: "missing", dash: true }],
  ["\u2011", { status: "missing", dash: true }],
  ["\u2212", { status: "missing", dash: true }],
  // R and pandas write a missing value as NA or NaN.
  ["NA", { status: "missing", dash: false }],
  ["NaN", { status: "missing", dash: false }],
  ["nan", { status: "missing", dash: false }],
  ["N/A", { status: "missing", dash: false }],
  ["n/a", { status: "missing", dash: false }],
  ["x", { status: "suppressed", dash: false }],
  ["X", { status: "suppressed", dash: false }],
  ["\u00d7", { status: "suppressed", dash: false }],
]);

/** The meaning of a trimmed cell if it is a statistical symbol, else null. */
export function symbolMeaning(text: string): SymbolMeaning | null {
  // Most cells are numbers: rule them out without hashing the text.
  if (text.length > 6) return null;
  if (text.length > 0) {
    const first = text.charCodeAt(0);
    if (first >= 0x30 && first <= 0x39) return null;
  }
  return SYMBOLS.get(text) ?? null;
}
