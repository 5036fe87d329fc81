/**
 * Numbers as files write them, parsed by a strict grammar of our own: never Number(),
 * parseFloat() or papaparse's dynamicTyping, which read "" as 0, "12abc" as 12 and "0x1A" as 26.
 *
 *   number  = [minus] integer [decimal digits] [space] [unit]
 *   minus   = "-" | U+2212 | U+2011
 *   integer = digits | 1–3 digits, then groups of exactly three digits each after a group
 *             separator: a space, U+00A0 or U+202F ("3 174 063") in both modes; in comma mode also
 *             points ("1.234.567", "1.234,5"), in point mode also commas ("3,174,063", "1,234.5")
 *             when the cell itself shows they are groups (two or more, or before a decimal part)
 *   unit    = "%" | "kr" (reported as a unit hint)
 *
 * The decimal separator is decided per file or column from the cells themselves (number-format.ts):
 * a comma (Swedish, the default) or a point (English). A cell such as "560,000" or "1.234", whose
 * reading depends on that decision, is never parsed here (see singleGroupOf). Anything else is a
 * cell error, never a partial parse.
 */
import type { ImportStatus } from "./report-types";

export type DecimalMode = "comma" | "point";
type UnitHint = "%" | "kr";

/** Longest integer part we accept: beyond 15 digits a double no longer holds every integer. */
const MAX_INTEGER_DIGITS = 15;

const SPACED = "\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+";
const UNIT = "(?:[ \\u00a0\\u202f]?(%|kr))?";
const MINUS = "([-\\u2212\\u2011])?";
const GRAMMAR: Record<DecimalMode, RegExp> = {
  comma: new RegExp(
    `^${MINUS}(${SPACED}|\\d{1,3}(?:\\.\\d{3}){2,}|\\d{1,3}(?:\\.\\d{3})+(?=,)|\\d+)(?:,(\\d+))?${UNIT}$`,
  ),
  point: new RegExp(
    `^${MINUS}(${SPACED}|\\d{1,3}(?:,\\d{3}){2,}|\\d{1,3}(?:,\\d{3})+(?=\\.)|\\d+)(?:\\.(\\d+))?${UNIT}$`,
  ),
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
  const digits = integer.replace(/[ \u00a0\u202f.,]/g, "");
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

/**
 * What a (trimmed) cell says about the number format, from its own separators:
 *   plain         "1234", "3 174 063", "-5": nothing
 *   dec-comma     "8,3", "0,125", "1234,567", "1 234,5": a decimal comma (Swedish)
 *   group-point   "1.234.567", "1.234,5": points between thousands (so a comma decimal)
 *   dec-point     "12.5", "0.125", "2540100.5": a decimal point (English)
 *   group-comma   "3,174,063", "1,234.5": commas between thousands (so a point decimal)
 *   single-comma  "560,000", "-12,500": a decimal comma or a thousands comma; undecidable alone
 *   single-point  "1.234": a decimal point or a thousands point; undecidable alone
 *   other         anything else (not a number; the parser reports it)
 */
export type NumberShape =
  | "plain"
  | "dec-comma"
  | "group-point"
  | "dec-point"
  | "group-comma"
  | "single-comma"
  | "single-point"
  | "other";

const CORE =
  /^[-\u2212\u2011]?([\d \u00a0\u202f.,]*\d)(?:[ \u00a0\u202f]?(?:%|kr))?$/;
const SINGLE = /^[1-9]\d{0,2}[.,]\d{3}$/;
const GROUP_COMMA = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const GROUP_POINT = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;

export function numberShape(text: string): NumberShape {
  const fast = plainShape(text);
  if (fast !== null) return fast;
  const comma = text.indexOf(",");
  const point = text.indexOf(".");
  if (comma === -1 && point === -1) return "plain";
  const match = CORE.exec(text);
  if (!match) return "other";
  const core = match[1] ?? "";
  if (comma !== -1 && point !== -1) {
    if (GROUP_COMMA.test(core)) return "group-comma";
    if (GROUP_POINT.test(core)) return "group-point";
    return "other";
  }
  const separator = comma !== -1 ? "," : ".";
  const count = core.split(separator).length - 1;
  if (count >= 2) {
    if (separator === ",")
      return GROUP_COMMA.test(core) ? "group-comma" : "other";
    return GROUP_POINT.test(core) ? "group-point" : "other";
  }
  if (SINGLE.test(core))
    return separator === "," ? "single-comma" : "single-point";
  return separator === "," ? "dec-comma" : "dec-point";
}

/**
 * The shape of the commonest cells without a regex: "-"? digits, at most one separator, digits.
 * Null for anything else (the full rules decide).
 */
function plainShape(text: string): NumberShape | null {
  const length = text.length;
  let i = length > 0 && text.charCodeAt(0) === 0x2d ? 1 : 0;
  const start = i;
  let separator = -1;
  for (; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) continue;
    if ((c === 0x2c || c === 0x2e) && separator === -1) {
      separator = i;
      continue;
    }
    return null;
  }
  if (separator === -1) return length > start ? "plain" : null;
  const integer = separator - start;
  const fraction = length - separator - 1;
  if (integer === 0 || fraction === 0) return null;
  const comma = text.charCodeAt(separator) === 0x2c;
  if (fraction === 3 && integer <= 3 && text.charCodeAt(start) !== 0x30)
    return comma ? "single-comma" : "single-point";
  return comma ? "dec-comma" : "dec-point";
}

/** Counts of the shapes that decide a format, for a column or a whole file. */
export class FormatEvidence {
  decComma = 0;
  groupPoint = 0;
  decPoint = 0;
  groupComma = 0;

  add(shape: NumberShape): void {
    if (shape === "dec-comma") this.decComma++;
    else if (shape === "group-point") this.groupPoint++;
    else if (shape === "dec-point") this.decPoint++;
    else if (shape === "group-comma") this.groupComma++;
  }

  addAll(other: FormatEvidence): void {
    this.decComma += other.decComma;
    this.groupPoint += other.groupPoint;
    this.decPoint += other.decPoint;
    this.groupComma += other.groupComma;
  }

  /** Cells that only a Swedish (decimal comma) format reads. */
  get swedish(): number {
    return this.decComma + this.groupPoint;
  }

  /** Cells that only an English (decimal point) format reads. */
  get english(): number {
    return this.decPoint + this.groupComma;
  }

  get empty(): boolean {
    return this.swedish === 0 && this.english === 0;
  }

  get mixed(): boolean {
    return this.swedish > 0 && this.english > 0;
  }

  /** The mode the cells show (the majority when mixed, comma on a tie); null with no evidence. */
  get mode(): DecimalMode | null {
    if (this.empty) return null;
    return this.english > this.swedish ? "point" : "comma";
  }

  /**
   * How a single-group cell ("560,000", "1.234") reads under this evidence: "group" (thousands:
   * 560000), "decimal" (560), or null when the evidence does not settle it (a row error). A
   * comma is a thousands separator only where other cells show comma groups ("3,174,063") and
   * nothing Swedish; a decimal comma only where other cells show decimal commas and nothing
   * English. The same for a point.
   */
  readSingle(
    shape: "single-comma" | "single-point",
  ): "group" | "decimal" | null {
    if (this.mixed) return null;
    if (shape === "single-comma") {
      if (this.groupComma > 0) return "group";
      if (this.decComma > 0) return "decimal";
      return null;
    }
    if (this.decPoint > 0) return "decimal";
    if (this.groupPoint > 0) return "group";
    return null;
  }
}

/** The value of a single-group cell read as thousands ("560,000" → 560000) or decimal (560). */
export function singleGroupValue(
  text: string,
  reading: "group" | "decimal",
): ParsedNumber | null {
  const match =
    /^([-\u2212\u2011])?(\d{1,3})[.,](\d{3})(?:[ \u00a0\u202f]?(%|kr))?$/.exec(
      text,
    );
  if (!match) return null;
  const [, minus, integer = "", fraction = "", unit] = match;
  const plain =
    reading === "group" ? `${integer}${fraction}` : `${integer}.${fraction}`;
  const value = Number(plain);
  return {
    value: minus ? -value : value,
    unit: unit === "%" || unit === "kr" ? unit : null,
  };
}

/** True for a cell that is a number in the other decimal mode (to explain a bad-number error). */
export function otherModeNumber(text: string, mode: DecimalMode): boolean {
  return parseNumber(text, mode === "comma" ? "point" : "comma") !== null;
}
