/**
 * Need against resources: one point per kommun that has both values (never a guessed or zero
 * value), the county values as references, where each kommun sits against them, and every kommun
 * without a point listed with which value is missing and why. Pure: no React, no pixels. The
 * values come from scatter-values, the axes (county, ticks) from scatter-axis.
 */
import type { Area, AreaCode } from "@/domain/areas";

import { axisOf, type ScatterAxis } from "./scatter-axis";
import { quadrantOf, type Quadrant } from "./scatter-quadrants";
import {
  valuesOf,
  type ScatterAxisInput,
  type ScatterValue,
} from "./scatter-values";

type PairStatus = "both" | "need-missing" | "resource-missing" | "none";

export interface ScatterRow {
  readonly code: AreaCode;
  readonly name: string;
  readonly need: ScatterValue;
  readonly resource: ScatterValue;
  readonly pair: PairStatus;
  /** Against the county on both axes; null when a value or a county value is missing. */
  readonly quadrant: Quadrant | null;
  readonly highlighted: boolean;
}

export interface ScatterPoint {
  readonly code: AreaCode;
  readonly name: string;
  /** Resources (x). */
  readonly x: number;
  /** Need (y). */
  readonly y: number;
  readonly highlighted: boolean;
}

export interface ScatterSeries {
  readonly need: ScatterAxis;
  readonly resource: ScatterAxis;
  /** Every kommun, in the order given (alphabetical from the areas dataset). */
  readonly rows: readonly ScatterRow[];
  /** Kommuner with both values, as points. */
  readonly points: readonly ScatterPoint[];
  readonly coverage: { readonly withValue: number; readonly total: number };
  /** True when the need source names only a few kommuner (fewer than half). */
  readonly fewValues: boolean;
}

export interface ScatterInput {
  readonly need: ScatterAxisInput;
  readonly resource: ScatterAxisInput;
  readonly kommuner: readonly Area[];
  readonly selected: readonly AreaCode[];
}

function pairOf(need: ScatterValue, resource: ScatterValue): PairStatus {
  if (need.value !== null && resource.value !== null) return "both";
  if (need.value === null && resource.value === null) return "none";
  return need.value === null ? "need-missing" : "resource-missing";
}

/** Builds the scatter series. */
export function buildScatterSeries(input: ScatterInput): ScatterSeries {
  const needOf = valuesOf(input.need);
  const resourceOf = valuesOf(input.resource);
  const codes = input.kommuner.map((k) => k.code);
  const need = axisOf(input.need, needOf, codes);
  const resource = axisOf(input.resource, resourceOf, codes);
  const rows: ScatterRow[] = input.kommuner.map((area) => {
    const n = needOf(area.code);
    const r = resourceOf(area.code);
    return {
      code: area.code,
      name: area.name,
      need: n,
      resource: r,
      pair: pairOf(n, r),
      quadrant: quadrantOf(n.value, r.value, need, resource),
      highlighted: input.selected.includes(area.code),
    };
  });
  const points: ScatterPoint[] = rows.flatMap((r) =>
    r.need.value !== null && r.resource.value !== null
      ? [
          {
            code: r.code,
            name: r.name,
            x: r.resource.value,
            y: r.need.value,
            highlighted: r.highlighted,
          },
        ]
      : [],
  );
  return {
    need,
    resource,
    rows,
    points,
    coverage: { withValue: points.length, total: rows.length },
    fewValues: need.withValue > 0 && need.withValue < rows.length / 2,
  };
}
