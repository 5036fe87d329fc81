/**
 * Whether a CSV row is data at all: not empty, not a note (a lone text that is no area), and as
 * wide as the header (extra fields only when they are empty). Reported when it is not.
 */
import type { AreaMatcher } from "./area-match";
import { clip } from "./clip";
import type { IssueCollector } from "./issues";
import type { CsvPlan } from "./layouts";
import { trimCell } from "./numbers";

/** False for an empty row and for a note (reported). */
export function isDataRow(
  fields: readonly string[],
  line: number,
  plan: CsvPlan,
  matcher: AreaMatcher,
  issues: IssueCollector,
): boolean {
  let filled = 0;
  let only = -1;
  for (let i = 0; i < fields.length && filled < 2; i++) {
    const field = fields[i] ?? "";
    if (field !== "" && trimCell(field) !== "") {
      filled++;
      only = i;
    }
  }
  if (filled === 0) return false;
  if (
    filled === 1 &&
    (only !== plan.areaCode || !matcher.resolve(fields[plan.areaCode] ?? "").ok)
  ) {
    const text = trimCell(fields[only] ?? "");
    issues.add("info", "note-row", line, null, {
      key: "noteRow",
      params: { text: clip(text) },
    });
    return false;
  }
  return true;
}

/** False (reported) when the row has too few fields, or too many that are not empty. */
export function fitsHeader(
  fields: readonly string[],
  line: number,
  plan: CsvPlan,
  issues: IssueCollector,
): boolean {
  const params = { fields: fields.length, width: plan.width };
  if (fields.length <= plan.required) {
    issues.add("error", "too-few-fields", line, null, {
      key: "tooFewFields",
      params,
    });
    return false;
  }
  if (fields.length > plan.width && !extraFieldsEmpty(fields, plan.width)) {
    issues.add("error", "too-many-fields", line, null, {
      key: "tooManyFields",
      params,
    });
    return false;
  }
  return true;
}

function extraFieldsEmpty(fields: readonly string[], width: number): boolean {
  for (let i = width; i < fields.length; i++)
    if (trimCell(fields[i] ?? "") !== "") return false;
  return true;
}
