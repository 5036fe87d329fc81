/**
 * Planned against reported use of the stimulus funds for one kommun and period, by target group
 * and activity, with the sums the sources lack (beräknat). Pure; the indicator ids are
 * domain/indicator-roles'.
 */
import type { AreaCode } from "@/domain/areas";
import { PLAN_REPORT_ROLES } from "@/domain/indicator-roles";
import type { Indicator } from "@/domain/indicators";
import type { LocalText } from "@/domain/local-text";
import { differenceFrom, sumOfValues } from "@/domain/metrics/derived";
import type { Observation } from "@/domain/observations";

import { GROUP_PREFIX, sourceRows, type SourceRows } from "./plan-report-rows";

const { planned: PLANNED, reported: REPORTED } = PLAN_REPORT_ROLES;

export interface PlanActivity {
  readonly key: string;
  readonly label: LocalText;
  readonly planned: Observation | null;
  readonly reported: Observation | null;
  /** reported − planned (beräknat); null when the activity is in only one of the sources. */
  readonly difference: number | null;
  readonly only: "planned" | "reported" | null;
}

export interface PlanGroup {
  readonly group: string;
  readonly label: LocalText;
  readonly activities: readonly PlanActivity[];
  /** The source's subtotal for the group in the report, if any. */
  readonly reportedSubtotal: Observation | null;
  /** Sum of the group's planned activities (beräknat; the plan has no group subtotals). */
  readonly plannedSum: number | null;
}

export interface PlanReportSeries {
  readonly area: AreaCode;
  readonly period: string;
  readonly groups: readonly PlanGroup[];
  /** The plan's own total row ("Fördelade medel"). */
  readonly plannedTotal: Observation | null;
  /** Sum of the report's group subtotals (beräknat; the report has no total). */
  readonly reportedTotal: number | null;
  readonly reportedSubtotalCount: number;
  /** reportedTotal − plannedTotal (beräknat). */
  readonly difference: number | null;
}

type Labels = (
  key: string,
) => (LocalText & { readonly group?: string | undefined }) | null;

const textOf = (label: LocalText | null | undefined, key: string) =>
  label ? { sv: label.sv, en: label.en } : { sv: key, en: key };

/** The activities by target group: the report's order, then the plan-only ones. */
function activitiesByGroup(
  rows: SourceRows,
  labelOf: Labels,
): Map<string, PlanActivity[]> {
  const { planned, reported } = rows;
  const keys = [
    ...reported.keys(),
    ...[...planned.keys()].filter((k) => !reported.has(k)),
  ];
  // Groups in the order of the report's subtotals, then as their activities come.
  const groups = new Map<string, PlanActivity[]>(
    [...rows.subtotals.keys()].map((g) => [g, []]),
  );
  for (const key of keys) {
    const label = labelOf(key);
    const group = label?.group ?? "";
    const p = planned.get(key) ?? null;
    const r = reported.get(key) ?? null;
    groups.set(group, [
      ...(groups.get(group) ?? []),
      {
        key,
        label: textOf(label, key),
        planned: p,
        reported: r,
        difference: differenceFrom(r?.value ?? null, p?.value ?? null),
        only: p && !r ? "planned" : r && !p ? "reported" : null,
      },
    ]);
  }
  return groups;
}

/** Planned against reported use for one kommun and period, by target group and activity. */
export function buildPlanReportSeries(
  observations: readonly Observation[],
  indicators: readonly Indicator[],
  area: AreaCode,
  period: string,
): PlanReportSeries {
  const plannedInd = indicators.find((i) => i.id === PLANNED);
  const reportedInd = indicators.find((i) => i.id === REPORTED);
  const rows = sourceRows(observations, area, period);
  const labelOf: Labels = (key) =>
    reportedInd?.breakdowns[key] ?? plannedInd?.breakdowns[key] ?? null;
  const groups = [...activitiesByGroup(rows, labelOf)].map(
    ([group, activities]): PlanGroup => {
      const plannedValues = activities
        .filter((a) => a.planned)
        .map((a) => a.planned?.value ?? null);
      return {
        group,
        label: textOf(
          reportedInd?.breakdowns[`${GROUP_PREFIX}${group}`],
          group,
        ),
        activities,
        reportedSubtotal: rows.subtotals.get(group) ?? null,
        plannedSum:
          plannedValues.length === 0 ? null : sumOfValues(plannedValues),
      };
    },
  );
  const subtotalValues = [...rows.subtotals.values()].map((o) => o.value);
  const reportedTotal =
    subtotalValues.length === 0 ? null : sumOfValues(subtotalValues);
  const { plannedTotal } = rows;
  return {
    area,
    period,
    groups,
    plannedTotal,
    reportedTotal,
    reportedSubtotalCount: subtotalValues.length,
    difference: differenceFrom(reportedTotal, plannedTotal?.value ?? null),
  };
}
