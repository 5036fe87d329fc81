/**
 * The arithmetic of the stacked bars: where each stack ends (positive parts stack up from zero,
 * negative ones down from it, recharts' stackOffset "sign"), which part carries the bar's total
 * label, and the rows recharts draws (a missing part as 0, so the stack stays whole).
 */
import { niceDomainTicks, zeroBasedDomain } from "@/domain/scale";

import type { KeyboardPoint } from "./keyboard-points";
import type { StackedBarDatum, StackedBarPart } from "./stacked-bar-chart";

interface StackEnds {
  readonly low: number;
  readonly high: number;
}

/** The lowest negative and highest positive end of each bar's stack. */
export function stackEnds(
  data: readonly StackedBarDatum[],
  parts: readonly StackedBarPart[],
): StackEnds[] {
  return data.map((d) => {
    const values = parts.map((p) => d.values[p.key] ?? 0);
    return {
      low: values.reduce((sum, v) => sum + Math.min(0, v), 0),
      high: values.reduce((sum, v) => sum + Math.max(0, v), 0),
    };
  });
}

/** The value axis' ticks: nice steps over zero and every stack's ends. */
export function stackTicks(ends: readonly StackEnds[]): number[] {
  return niceDomainTicks(
    zeroBasedDomain(ends.flatMap((e) => [e.low, e.high])),
    4,
  );
}

/** One keyboard stop per bar, spanning its whole stack, announced with the bar's label. */
export function stackKeyboardPoints(
  data: readonly StackedBarDatum[],
  ends: readonly StackEnds[],
): KeyboardPoint[] {
  return data.map((d, i) => ({
    key: d.category,
    kind: "bar",
    x: d.category,
    y0: ends[i]?.low ?? 0,
    y1: ends[i]?.high ?? 0,
    label: d.label,
  }));
}

/**
 * Per bar, the index of the part that carries the total label: the topmost part with a positive
 * value. A bar with only negative parts hangs below zero: its first part (the one at the zero
 * line) carries it, above the zero line, where the label never meets the category axis.
 */
export function totalLabelParts(
  data: readonly StackedBarDatum[],
  parts: readonly StackedBarPart[],
): number[] {
  return data.map((d) => {
    const positive = parts.findLastIndex((p) => (d.values[p.key] ?? 0) > 0);
    return positive !== -1
      ? positive
      : parts.findIndex((p) => (d.values[p.key] ?? 0) < 0);
  });
}

/** The rows recharts draws: category, total label and one number per part. */
export function stackedRows(
  data: readonly StackedBarDatum[],
  parts: readonly StackedBarPart[],
) {
  return data.map((d) => ({
    category: d.category,
    totalLabel: d.totalLabel,
    ...Object.fromEntries(parts.map((p) => [p.key, d.values[p.key] ?? 0])),
  }));
}
