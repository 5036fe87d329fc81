/**
 * Dataset kind "observations" (CSV): one tidy row per area, indicator, breakdown and period.
 * The row schema checks text fields; toObservation converts them (numbers by hand, never
 * guessed) and checks the rules that span fields.
 */
import * as z from "zod/mini";

import type { AreaCode } from "@/domain/areas";
import {
  OBSERVATION_STATUSES,
  STATUSES_WITH_VALUE,
  type Observation,
} from "@/domain/observations";

import {
  areaCodeTextSchema,
  identifierSchema,
  nationalAreaCodeTextSchema,
  numberTextSchema,
  periodSchema,
  problem,
} from "./common";

export const OBSERVATION_HEADER = [
  "area_code",
  "indicator_id",
  "breakdown",
  "period",
  "value",
  "status",
  "low",
  "high",
  "note",
  "source_id",
  "locator",
] as const;
type ObservationField = (typeof OBSERVATION_HEADER)[number];

const rowFields = {
  indicator_id: identifierSchema,
  breakdown: z.string().check(z.regex(/^[a-z0-9:.-]*$/, problem("identifier"))),
  period: periodSchema,
  value: numberTextSchema,
  status: z.enum(OBSERVATION_STATUSES, problem("status")),
  low: numberTextSchema,
  high: numberTextSchema,
  note: z.string(),
  source_id: identifierSchema,
  locator: z.string(),
};
export const observationRowSchema = z.object({
  area_code: areaCodeTextSchema,
  ...rowFields,
});
/** A row of a national dataset (coverage "sweden"): any county or kommun of Sweden. */
export const nationalObservationRowSchema = z.object({
  area_code: nationalAreaCodeTextSchema,
  ...rowFields,
});
export type ObservationRow = z.infer<typeof observationRowSchema>;

/** A rule broken across fields; the loader adds dataset, file and line. */
export interface RowProblem {
  readonly problem: "status-value" | "range";
  readonly field: ObservationField;
}

const toNumber = (text: string): number | null =>
  text === "" ? null : Number(text);

/** Converts a valid row, or names the cross-field rule it breaks. */
export function toObservation(row: ObservationRow): Observation | RowProblem {
  const value = toNumber(row.value);
  const low = toNumber(row.low);
  const high = toNumber(row.high);
  const needsValue = STATUSES_WITH_VALUE.includes(row.status);
  if (needsValue !== (value !== null))
    return { problem: "status-value", field: "value" };
  if (row.status === "range-only" && (low === null || high === null)) {
    return { problem: "range", field: low === null ? "low" : "high" };
  }
  if (low !== null && high !== null && low > high)
    return { problem: "range", field: "low" };
  return {
    area: row.area_code as AreaCode,
    indicator: row.indicator_id,
    breakdown: row.breakdown,
    period: row.period,
    value,
    status: row.status,
    low,
    high,
    note: row.note,
    sourceId: row.source_id,
    locator: row.locator,
  };
}
