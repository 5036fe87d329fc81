/** Where an observation is, whether two agree, and how the cross-row checks (validate.ts) name them. */
import type { LocalText } from "@/domain/local-text";

import type { ImportedObservation } from "./report-types";

/** Where an observation came from: a physical line (CSV) or a JSON path. */
export interface Where {
  readonly line: number | null;
  readonly column: string | null;
}

/** How a place is named in messages: "rad 12" or a JSON path. */
export function placeText(where: Where): LocalText {
  if (where.line !== null && where.line > 0)
    return { sv: `rad ${where.line}`, en: `line ${where.line}` };
  return { sv: where.column ?? "?", en: where.column ?? "?" };
}

export function valueText(o: ImportedObservation): LocalText {
  if (o.value === null) {
    const symbol =
      o.symbol === null || o.symbol === "" ? null : `”${o.symbol}”`;
    return {
      sv: symbol ?? "saknas",
      en: symbol?.replace(/[”]/g, '"') ?? "missing",
    };
  }
  return {
    sv: String(o.value).replace(".", ",").replace("-", "−"),
    en: String(o.value),
  };
}

export function whereOf(o: ImportedObservation, column: string | null): Where {
  return { line: o.line === 0 ? null : o.line, column };
}

export function sameValue(
  a: ImportedObservation,
  b: ImportedObservation,
): boolean {
  return a.value === b.value && a.status === b.status && a.symbol === b.symbol;
}
