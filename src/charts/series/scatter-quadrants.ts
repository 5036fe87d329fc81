/**
 * Where a kommun sits against the county on both axes of the scatter, in words of need and
 * resources: "högt behov, låga resurser". Need follows the indicator's polarity (a higher share
 * with good well-being is lower need); a value that reads the same as the county's at the
 * precision shown is "same", never high or low. Pure.
 */
import { decimalsOf } from "@/domain/format";

import { sideOf } from "./county-side";
import type { ScatterAxis } from "./scatter-axis";

type Level = "high" | "low" | "same";

export interface Quadrant {
  readonly need: Level;
  readonly resource: Level;
}

/** The four quadrants in the order the summary names them, most pressing first. */
const QUADRANTS: readonly Quadrant[] = [
  { need: "high", resource: "low" },
  { need: "high", resource: "high" },
  { need: "low", resource: "low" },
  { need: "low", resource: "high" },
];

function levelOf(
  value: number | null,
  axis: ScatterAxis,
  flip: boolean,
): Level | null {
  const county = axis.county?.value ?? null;
  if (value === null || county === null) return null;
  const side = sideOf(value, county, decimalsOf(axis.format));
  if (side === "same") return "same";
  return (side === "above") !== flip ? "high" : "low";
}

/** The kommun's quadrant; null when a value or a county value is missing. */
export function quadrantOf(
  need: number | null,
  resource: number | null,
  needAxis: ScatterAxis,
  resourceAxis: ScatterAxis,
): Quadrant | null {
  const n = levelOf(
    need,
    needAxis,
    needAxis.indicator.polarity === "higher-better",
  );
  const r = levelOf(resource, resourceAxis, false);
  return n === null || r === null ? null : { need: n, resource: r };
}

const sameQuadrant = (a: Quadrant, b: Quadrant): boolean =>
  a.need === b.need && a.resource === b.resource;

/** True when higher values on the need axis mean lower need (the top of the chart is low need). */
export const needFlipped = (axis: ScatterAxis): boolean =>
  axis.indicator.polarity === "higher-better";

/** Rows per quadrant, in QUADRANTS order, and those level with the county on an axis. */
export function quadrantGroups<
  R extends { readonly quadrant: Quadrant | null },
>(
  rows: readonly R[],
): {
  readonly groups: { readonly quadrant: Quadrant; readonly rows: R[] }[];
  readonly level: R[];
} {
  return {
    groups: QUADRANTS.map((quadrant) => ({
      quadrant,
      rows: rows.filter(
        (r) => r.quadrant !== null && sameQuadrant(r.quadrant, quadrant),
      ),
    })),
    level: rows.filter(
      (r) => r.quadrant?.need === "same" || r.quadrant?.resource === "same",
    ),
  };
}

/** The kommuner with high need and low resources against the county (what the title names). */
export function concernRows<R extends { readonly quadrant: Quadrant | null }>(
  rows: readonly R[],
): R[] {
  return rows.filter(
    (r) => r.quadrant?.need === "high" && r.quadrant.resource === "low",
  );
}
