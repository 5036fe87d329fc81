/**
 * Numbers as Swedish files write them, parsed by a strict grammar of our own: never Number(),
 * parseFloat() or papaparse's dynamicTyping, which read "" as 0, "12abc" as 12 and "0x1A" as 26.
 *
 *   number  = [minus] integer [separator digits] [space] [unit]
 *   minus   = "-" | U+2212 | U+2011
 *   integer = digits | 1–3 digits, then groups of exactly three digits each after a space,
 *             U+00A0 or U+202F ("3 174 063")
 *   unit    = "%" | "kr" (reported as a unit hint)
 *
 * The decimal separator is decided once per file (decideDecimalMode): a comma (Swedish, the
 * default) or a point. Anything else is a cell error, never a partial parse.
 */
import type { ImportStatus } from "./report-types";

export type DecimalMode = "comma" | "point";
export type UnitHint = "%" | "kr";

/** Longest integer part we accept: beyond 15 digits a double no longer holds every integer. */
const MAX_INTEGER_DIGITS = 15;

const GROUPED = "\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+";
const UNIT = "(?:[ \\u00a0\\u202f]?(%|kr))?";
const MINUS = "([-\\u2212\\u2011])?";
const GRAMMAR: Record<DecimalMode, RegExp> = {
  comma: new RegExp(`^${MINUS}(${GROUPED}|\\d+)(?:,(\\d+))?${UNIT}$`),
  point: new RegExp(`^${MINUS}(${GROUPED}|\\d+)(?:\\.(\\d+))?${UNIT}$`),
};

export interface ParsedNumber {
  readonly value: number;
  readonly unit: UnitHint | null;
}

const SEPARATOR: Record<DecimalMode, number> = { comma: 0x2c, point: 0x2e };

/**
 * Parses a trimmed cell in the file's decimal mode; null if it is not a number by the grammar.
 * The fast path covers plain "1234", "-5,6"; the regex handles groups, other minus signs, units.
 */
export function parseNumber(
  text: string,
  mode: DecimalMode,
): ParsedNumber | null {
  const fast = parsePlain(text, SEPARATOR[mode]);
  if (fast !== null) return fast;
  const match = GRAMMAR[mode].exec(text);
  if (!match) return null;
  const [, minus, integer = "", fraction, unit] = match;
  const digits = integer.replace(/[ \u00a0\u202f]/g, "");
  if (digits.length > MAX_INTEGER_DIGITS) return null;
  const plain = `${minus ? "-" : ""}${digits}${fraction === undefined ? "" : `.${fraction}`}`;
  return {
    value: Number(plain),
    unit: unit === "%" || unit === "kr" ? unit : null,
  };
}

const NO_UNIT_CACHE: ParsedNumber[] = [];

/** Exact powers of ten (up to 10^22 every one is a double). */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => 10 ** i);
/** Up to 15 digits the digits as an integer are exact, so one division rounds correctly. */
const EXACT_DIGITS = 15;

/**
 * "123", "-12", "5,6" (or "5.6" in point mode) without spaces or units; null otherwise. With at
 * most 15 digits the value is digits / 10^decimals: one correctly rounded division of exact
 * numbers, the same double as Number("5.6"), with no string built.
 */
function parsePlain(text: string, separator: number): ParsedNumber | null {
  const length = text.length;
  if (length === 0 || length > 24) return null;
  const negative = text.charCodeAt(0) === 0x2d;
  let i = negative ? 1 : 0;
  if (i === length) return null;
  let separatorAt = -1;
  let digits = 0;
  let mantissa = 0;
  for (; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      mantissa = mantissa * 10 + (c - 0x30);
      digits++;
      continue;
    }
    if (c === separator && separatorAt === -1) {
      separatorAt = i;
      continue;
    }
    return null;
  }
  const integerDigits =
    (separatorAt === -1 ? length : separatorAt) - (negative ? 1 : 0);
  if (integerDigits === 0 || separatorAt === length - 1) return null;
  if (integerDigits > MAX_INTEGER_DIGITS) return null;
  const decimals = separatorAt === -1 ? 0 : length - separatorAt - 1;
  if (!negative && decimals === 0 && mantissa < 1000) {
    // Small non-negative integers are common (counts, years); share their result objects.
    return (NO_UNIT_CACHE[mantissa] ??= { value: mantissa, unit: null });
  }
  if (digits <= EXACT_DIGITS) {
    const value = mantissa / (POWERS_OF_TEN[decimals] ?? 1);
    return { value: negative ? -value : value, unit: null };
  }
  const plain =
    separatorAt === -1 || separator === 0x2e
      ? text
      : `${text.slice(0, separatorAt)}.${text.slice(separatorAt + 1)}`;
  return { value: Number(plain), unit: null };
}

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

/** Whitespace a spreadsheet cell may carry around its value (including no-break spaces). */
export function trimCell(text: string): string {
  const length = text.length;
  if (length === 0) return text;
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(length - 1);
  if (
    first > 0x20 &&
    first !== 0xa0 &&
    first !== 0x202f &&
    last > 0x20 &&
    last !== 0xa0 &&
    last !== 0x202f
  )
    return text;
  return text.replace(/^[\s\u00a0\u202f]+|[\s\u00a0\u202f]+$/g, "");
}

const POINT_DECIMAL =
  /^[-\u2212\u2011]?\d+\.(\d+)(?:[ \u00a0\u202f]?(?:%|kr))?$/;
const COMMA_DECIMAL =
  /^[-\u2212\u2011]?(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+),\d+(?:[ \u00a0\u202f]?(?:%|kr))?$/;

export interface DecimalDecision {
  readonly mode: DecimalMode;
  /** Cells like "1.234": a point followed by exactly three digits, which could be a thousands separator. */
  readonly ambiguousPoint: boolean;
}

/**
 * The file's decimal separator, from (a sample of) its value cells:
 * - comma, unless the cells use a point as decimal separator and never a comma;
 * - point only when at least one point cell is unambiguous, i.e. has other than exactly three
 *   digits after the point ("12.5", "0.25", "9.94257206"). A file whose point cells all look
 *   like "1.234" stays comma: those cells are errors ("ambiguous-number"), never guessed.
 */
export function decideDecimalMode(cells: Iterable<string>): DecimalDecision {
  let comma = 0;
  let point = 0;
  let unambiguousPoint = 0;
  for (const cell of cells) {
    if (COMMA_DECIMAL.test(cell)) comma++;
    const match = POINT_DECIMAL.exec(cell);
    if (match) {
      point++;
      if ((match[1] ?? "").length !== 3) unambiguousPoint++;
    }
  }
  if (point > 0 && comma === 0 && unambiguousPoint > 0)
    return { mode: "point", ambiguousPoint: false };
  return { mode: "comma", ambiguousPoint: point > 0 && comma === 0 };
}

/** True for a cell that is a number in the other decimal mode (to explain a bad-number error). */
export function otherModeNumber(text: string, mode: DecimalMode): boolean {
  return parseNumber(text, mode === "comma" ? "point" : "comma") !== null;
}
