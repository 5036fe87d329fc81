/**
 * The area of a CSV row: the area cell (or a code and a name cell, checked against each other)
 * resolved at the plan's level; a refused area is a row error, a note (a code padded, a name
 * mapped) is reported once per distinct cell, and an area elsewhere in Sweden is kept and counted.
 */
import type { AreaMatcher } from "./area-match";
import type { KeptArea } from "./area-results";
import { clip } from "./clip";
import { isFormulaLike } from "./formula";
import type { IssueCollector } from "./issues";
import type { CsvPlan } from "./layouts";

export type RowArea = KeptArea;

export interface RowAreaInput {
  readonly plan: CsvPlan;
  readonly matcher: AreaMatcher;
  readonly issues: IssueCollector;
  /** The physical line of a field of the current row. */
  readonly lineOf: (index: number, line: number) => number;
}

/** The row's area (its note reported once); null (reported) when it is not used. */
export function rowArea(
  fields: readonly string[],
  line: number,
  { plan, matcher, issues, lineOf }: RowAreaInput,
): RowArea | null {
  const areaRaw = fields[plan.areaCode] ?? "";
  const heading = plan.headings[plan.areaCode] ?? "";
  const at = lineOf(plan.areaCode, line);
  const area =
    plan.areaName === -1
      ? plan.areaLevel === "county"
        ? matcher.resolveCounty(areaRaw)
        : matcher.resolve(areaRaw)
      : matcher.resolvePair(areaRaw, fields[plan.areaName] ?? "");
  if (!area.ok) {
    if ("kept" in area) {
      // Elsewhere in Sweden: counted apart, listed once per area, and kept.
      issues.add("info", area.code, at, heading, area.message);
      return area.kept;
    }
    if (isFormulaLike(areaRaw))
      issues.add("error", "formula-cell", at, heading, () => ({
        key: "formulaCell",
        params: { text: clip(areaRaw) },
      }));
    else issues.add("error", area.code, at, heading, area.message);
    return null;
  }
  if (area.note)
    issues.once(
      area.note.code === "area-by-name"
        ? `${areaRaw}\u0000${fields[plan.areaName] ?? ""}`
        : areaRaw,
      "info",
      area.note.code,
      at,
      heading,
      area.note.message,
    );
  return area;
}
