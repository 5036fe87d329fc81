/**
 * The messages of the checks across rows (validate.ts), and the check of one value against the
 * kind of its figure: a share outside 0–100 or a negative count or rate is impossible (an
 * error, not used); a negative amount in kronor is unusual (a warning, used).
 */
import type { ImportMessage } from "@/i18n/import/import-text";

import type { IssueCollector } from "./issues";
import { subjectOf, valueOf, type Where, whereOf } from "./observation-text";
import type { ImportedObservation } from "./report-types";
import type { UnitKind } from "./unit-kinds";

/** How the messages name an observation: its value and what it is a value of. */
export type Namer = (o: ImportedObservation) => {
  readonly value: ReturnType<typeof valueOf>;
  readonly subject: string;
};

export function namerOf(areaName: (code: string) => string): Namer {
  return (o) => ({
    value: valueOf(o),
    subject: subjectOf(o, areaName(o.area)),
  });
}

export function duplicateMessage(
  name: Namer,
  o: ImportedObservation,
  first: Where,
): ImportMessage {
  return { key: "duplicate", params: { subject: name(o).subject, first } };
}

/** A conflict between two values; without the first, a further value of a conflicted figure. */
export function conflictMessage(
  name: Namer,
  o: ImportedObservation,
  where: Where,
  first: { readonly o: ImportedObservation; readonly where: Where } | null,
): ImportMessage {
  if (!first)
    return { key: "conflictAgain", params: { ...name(o), place: where } };
  return {
    key: "conflict",
    params: {
      ...name(o),
      place: where,
      first: valueOf(first.o),
      firstPlace: first.where,
    },
  };
}

/** Reports an impossible value (false: not used) or an unusual one (true: used). */
export function checkPossible(
  o: ImportedObservation,
  value: number,
  kind: UnitKind,
  { issues, name }: { readonly issues: IssueCollector; readonly name: Namer },
  column: string | null,
): boolean {
  const line = whereOf(o, column).line;
  if (kind === "share" && (value < 0 || value > 100)) {
    issues.add("error", "impossible-value", line, column, () => ({
      key: "shareOutOfRange",
      params: name(o),
    }));
    return false;
  }
  if (kind === "count" && value < 0) {
    issues.add("error", "impossible-value", line, column, () => ({
      key: "negativeCount",
      params: name(o),
    }));
    return false;
  }
  if (kind === "amount" && value < 0)
    issues.add("warning", "implausible", line, column, () => ({
      key: "negativeAmount",
      params: name(o),
    }));
  return true;
}
