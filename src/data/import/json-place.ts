/**
 * Where and when a JSON record is (Kolada and json-tidy share this): the area from a code or name,
 * the period from a year or span. Each reports an unusable value as an error at the record's
 * field and a normalisation once as information, and returns null when the record cannot be used.
 */
import type { ImportMessage } from "@/i18n/import/import-text";

import type { KeptArea } from "./area-results";
import { parsePeriod } from "./fields";
import type { JsonImportInput } from "./json-common";
import type { IssueCollector } from "./issues";
import { trimCell } from "./numbers";

type ResolvedArea = KeptArea;

/** The area `raw` names, or null after an error ("invalid" when it is neither text nor number). */
export function jsonArea(
  raw: unknown,
  at: string,
  { issues, matcher }: Pick<JsonImportInput, "issues" | "matcher">,
  invalid: () => ImportMessage,
): ResolvedArea | null {
  const area =
    typeof raw === "string" || typeof raw === "number"
      ? matcher.resolve(String(raw))
      : null;
  if (area && !area.ok && "kept" in area) {
    // Elsewhere in Sweden: counted apart, listed once per area, and kept.
    issues.add("info", area.code, null, at, area.message);
    return area.kept;
  }
  if (!area?.ok) {
    issues.add(
      "error",
      area?.code ?? "missing-area",
      null,
      at,
      area ? area.message : invalid(),
    );
    return null;
  }
  if (area.note)
    issues.once(
      String(raw),
      "info",
      area.note.code,
      null,
      at,
      area.note.message,
    );
  return area;
}

/** The period `raw` names, or null after an error ("invalid" when it is neither text nor number). */
export function jsonPeriod(
  raw: unknown,
  at: string,
  issues: IssueCollector,
  invalid: () => ImportMessage,
): string | null {
  const period =
    typeof raw === "string" || typeof raw === "number"
      ? parsePeriod(trimCell(String(raw)))
      : null;
  if (!period?.ok) {
    issues.add(
      "error",
      "bad-period",
      null,
      at,
      period ? period.message : invalid(),
    );
    return null;
  }
  if (period.note)
    issues.once(
      String(raw),
      "info",
      "period-normalised",
      null,
      at,
      period.note,
    );
  return period.period;
}
