/** Where an observation is, whether two agree, and how the cross-row checks (validate.ts) name them. */
import type { Place, Value } from "@/i18n/import/sv/values";

import type { ImportedObservation } from "./report-types";

/** Where an observation came from: a physical line (CSV) or a JSON path. */
export type Where = Place;

export function whereOf(o: ImportedObservation, column: string | null): Where {
  return { line: o.line === 0 ? null : o.line, column };
}

/** The value as the messages show it: the number, or the file's symbol. */
export function valueOf(o: ImportedObservation): Value {
  return { value: o.value, symbol: o.symbol };
}

/** "Botkyrka (0127), Andel, 2019, K": what a figure is a value of. */
export function subjectOf(o: ImportedObservation, areaName: string): string {
  const gender = o.gender === null ? "" : `, ${o.gender}`;
  return `${areaName} (${o.area}), ${o.indicator}, ${o.period}${gender}`;
}

export function sameValue(
  a: ImportedObservation,
  b: ImportedObservation,
): boolean {
  return a.value === b.value && a.status === b.status && a.symbol === b.symbol;
}
