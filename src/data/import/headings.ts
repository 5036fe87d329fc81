/**
 * Column headings → roles, through the table in heading-roles.ts. A heading may carry a unit in
 * parentheses ("Värde (%)") and a trailing year ("Folkmängd 2019"); both are split off here.
 */
import { ROLES, type ColumnRole } from "./heading-roles";

const ROLE_BY_KEY = new Map<string, ColumnRole>();
for (const [role, keys] of ROLES)
  for (const key of keys) ROLE_BY_KEY.set(key, role);

export interface Heading {
  /** The heading as the file writes it (trimmed, BOM removed). */
  readonly raw: string;
  readonly role: ColumnRole | null;
  /** Unit in parentheses at the end ("Andel (%)" → "%"), or null. */
  readonly unit: string | null;
  /** A year, span, month or quarter at the end ("Folkmängd 2019" → "2019", "2014M01"), or null. */
  readonly period: string | null;
  /** The heading without that year ("Folkmängd"; "" when the heading is only a year). */
  readonly stem: string;
}

/** Lower case, NFC, quotes/BOM removed, "_" and "-" as spaces, whitespace collapsed. */
function headingKey(text: string): string {
  return text
    .normalize("NFC")
    .replace(/^\ufeff/, "")
    .toLowerCase()
    .replace(/[_\-\u2010\u2011]+/g, " ")
    .replace(/[\s\u00a0\u202f]+/g, " ")
    .trim();
}

const TRAILING_UNIT = /\s*\(([^()]{1,30})\)\s*$/;
const TRAILING_PERIOD =
  /(?:^|[\s_,:;(]+)((?:19|20)\d{2}(?:\s*[-\u2013/]\s*(?:19|20)\d{2}|\s?[MmKkQq]\d{1,2})?)\)?$/;

/**
 * Splits off a unit in parentheses and a trailing period (year, span, SCB month "2014M01" or
 * quarter "2014K1"), and finds the role of what remains. The period text is read by parsePeriod.
 */
export function classifyHeading(text: string): Heading {
  const raw = text.replace(/^\ufeff/, "").trim();
  let rest = raw;
  let period: string | null = null;
  const periodMatch = TRAILING_PERIOD.exec(rest);
  if (periodMatch) {
    period = (periodMatch[1] ?? "")
      .replace(/\s+/g, "")
      .replace(/[\u2013/]/, "-");
    rest = rest.slice(0, periodMatch.index).trim();
  }
  let unit: string | null = null;
  const unitMatch = TRAILING_UNIT.exec(rest);
  if (unitMatch) {
    unit = (unitMatch[1] ?? "").trim();
    const withoutUnit = rest.slice(0, unitMatch.index).trim();
    // "Värde (%)" is a value column with a unit; "Andel (%)" stays an indicator with its unit.
    const role = ROLE_BY_KEY.get(headingKey(withoutUnit)) ?? null;
    if (period === null && role !== null)
      return { raw, role, unit, period, stem: withoutUnit };
  }
  const role =
    period === null ? (ROLE_BY_KEY.get(headingKey(rest)) ?? null) : null;
  return { raw, role, unit, period, stem: rest };
}
