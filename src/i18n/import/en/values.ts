/** English: periods, and the checks across rows (duplicates, conflicts, impossible values). */
import { quoteEn as q } from "../quote";
import type { Place, Value, valuesSv } from "../sv/values";

const place = (p: Place): string =>
  p.line !== null && p.line > 0 ? `line ${p.line}` : (p.column ?? "?");

/** A symbol in plain double quotes, as the report has always written it. */
const value = (v: Value): string =>
  v.value === null
    ? v.symbol === null || v.symbol === ""
      ? "missing"
      : `"${v.symbol.replace(/[”]/g, '"')}"`
    : String(v.value);

export const valuesEn: typeof valuesSv = {
  periodRead: (p) => `The period ${q(p.text)} was read as ${q(p.period)}.`,
  periodMissing: () => "The year/period is missing; the value is not used.",
  periodUnreadable: (p) =>
    `${q(p.text)} is not a period that can be read: a year (${p.min}–${p.max}), a month (“2014M08”), a quarter (“2014K1”) or a range (“2013-2016”); the value is not used.`,
  duplicate: (p) =>
    `The same figure (${p.subject}) with the same value is already on ${place(p.first)}; the duplicate is not used.`,
  conflict: (p) =>
    `Conflicting values for ${p.subject}: ${value(p.first)} on ${place(p.firstPlace)} and ${value(p.value)} on ${place(p.place)}. Neither is used.`,
  conflictAgain: (p) =>
    `Another value (${value(p.value)}) for ${p.subject}, which already has conflicting values; ${place(p.place)} is not used.`,
  conflictWithImpossible: (p) =>
    `Another value (${value(p.value)}) for ${p.subject}, whose first value in the file is impossible; ${place(p.place)} is not used either.`,
  shareOutOfRange: (p) =>
    `The value ${value(p.value)} for ${p.subject} is a percentage share but lies outside 0–100, which is impossible; the value is not used.`,
  negativeCount: (p) =>
    `The value ${value(p.value)} for ${p.subject} is negative, but a count or a rate per inhabitant cannot be; the value is not used.`,
  negativeAmount: (p) =>
    `The value ${value(p.value)} for ${p.subject} is a negative amount. That can be right for a net figure, but check it.`,
};
