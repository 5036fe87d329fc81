/** A column mapping's filter ("keep only Kön = Totalt"): the rows it leaves out, per column. */
import { clip } from "./clip";
import type { IssueCollector } from "./issues";
import type { CsvPlan } from "./layouts";
import { trimCell } from "./numbers";

export class RowFilter {
  /** Rows left out, per column index. */
  private readonly filtered = new Map<number, number>();

  constructor(private readonly plan: CsvPlan) {}

  /** False (and counted) when a filtered column holds another value. */
  kept(fields: readonly string[]): boolean {
    for (const [index, value] of this.plan.keep) {
      if (trimCell(fields[index] ?? "") === value) continue;
      this.filtered.set(index, (this.filtered.get(index) ?? 0) + 1);
      return false;
    }
    return true;
  }

  /** One info issue per filtered column with the number of rows left out. */
  report(issues: IssueCollector): void {
    for (const [index, count] of this.filtered) {
      const heading = this.plan.headings[index] ?? "";
      const value = this.plan.keep.get(index) ?? "";
      issues.add("info", "rows-filtered", null, heading, {
        key: "rowsFiltered",
        params: { count, value: clip(value), heading: clip(heading) },
      });
    }
  }
}
