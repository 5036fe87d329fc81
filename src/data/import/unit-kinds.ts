/**
 * What a unit (or, without one, the indicator's name) says about the possible values: a share is
 * 0–100, a count or rate is never negative, an amount in kronor rarely is (validate.ts).
 */

/**
 * share: 0–100 (outside is impossible); count: ≥ 0 (negative is impossible, also rates per
 * 1 000); amount: kronor (negative is unusual: net costs can be); null: anything goes.
 */
export type UnitKind = "share" | "count" | "amount" | null;

const RATE = /per\s?1[\s\u00a0]?000|per\s?100[\s\u00a0]?000|promille|‰|per inv/;

const PERCENT = /%|procent|percent/;

const AMOUNT = /\bkr\b|kronor|\bsek\b|tkr|mnkr/;

const COUNT = /antal|\bst\b|personer|\bcount\b|\bnumber\b/;

/** Figures that may be negative or above 100 whatever their unit: changes, differences, net. */
const SIGNED =
  /förändr|ökning|minskning|skillnad|differens|avvikelse|change|diff|netto|\bnet\b|resultat|saldo|över-?\s?\/?\s?underskott|procentenhet|index|budget/;

/** What a unit (or, without a unit, the indicator's name) says about the possible values. */
export function unitKind(unit: string | null, indicator: string): UnitKind {
  const name = indicator.toLowerCase();
  if (SIGNED.test(name)) return null;
  if (unit !== null && unit.trim() !== "") {
    const u = unit.toLowerCase();
    if (SIGNED.test(u)) return null;
    if (AMOUNT.test(u)) return "amount";
    if (RATE.test(u)) return "count";
    if (PERCENT.test(u)) return "share";
    if (COUNT.test(u)) return "count";
    return null;
  }
  if (/\bkr\b|kronor|\bkostnad/.test(name)) return "amount";
  if (RATE.test(name)) return "count";
  if (PERCENT.test(name) || /\bandel\b/.test(name)) return "share";
  if (/^antal\b/.test(name)) return "count";
  return null;
}
