/**
 * A detected reading plan as a column mapping (mapping-plan.ts goes the other way): the mapping
 * the Importera view starts from, so the user only corrects what detection got wrong.
 */
import type { CsvPlan } from "./layouts";
import {
  MAPPING_VERSION,
  type ImportMapping,
  type MappedColumn,
} from "./mapping";
import type { DecimalMode } from "./numbers";

function column(plan: CsvPlan, index: number): MappedColumn {
  return { index, heading: plan.headings[index] ?? "" };
}

/** The mapping that says what a detected plan does (the starting point for the user's edits). */
export function mappingFromPlan(
  plan: CsvPlan,
  modes: ReadonlyMap<number, DecimalMode>,
): ImportMapping {
  const withPeriod = plan.values.filter((v) => v.period !== null);
  const breakdownColumns = [
    ...(plan.gender === -1 ? [] : [plan.gender]),
    ...plan.breakdowns,
  ].sort((a, b) => a - b);
  const names = new Set(plan.values.map((v) => v.indicator));
  const oneName = names.size === 1 ? [...names][0] : undefined;
  return {
    version: MAPPING_VERSION,
    area: { column: column(plan, plan.areaCode), level: plan.areaLevel },
    areaName: plan.areaName === -1 ? null : column(plan, plan.areaName),
    period:
      plan.period !== -1
        ? { from: "column", column: column(plan, plan.period) }
        : withPeriod.length > 0
          ? { from: "headings" }
          : { from: "fixed", period: "" },
    values: plan.values.map((v) => ({ index: v.index, heading: v.heading })),
    indicator:
      plan.indicator !== -1
        ? { from: "column", column: column(plan, plan.indicator) }
        : oneName !== undefined && oneName !== null && oneName !== ""
          ? { from: "name", name: oneName }
          : null,
    breakdowns: breakdownColumns.map((index) => ({
      column: column(plan, index),
      keep: plan.keep.get(index) ?? null,
    })),
    numberFormat: [...modes.values()].includes("point") ? "en" : "sv",
    dash: plan.dashIsZero ? "zero" : "missing",
  };
}
