/**
 * The number format of a file or column, decided from the cells themselves: each cell's shape
 * (its own separators), and the evidence of all shapes, which decides the decimal separator and
 * how to read cells such as "560,000" or "1.234" that are undecidable alone.
 */
import type { DecimalMode } from "./numbers";

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
