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
 * cell error, never a partial parse. Statistical symbols ("..", "x") are symbols.ts.
 */
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
