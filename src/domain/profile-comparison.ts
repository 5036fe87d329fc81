/**
 * Kommunprofil: how a kommun's value stands against the county value. Defined once, here:
 * "similar" means within ±5 % of the county value (relative to the county value); otherwise the
 * indicator's polarity decides whether the kommun is better or worse. Indicators without a
 * direction, and values without a comparable county value, get no verdict.
 */
import type { Polarity } from "./indicators";
import { relativeDifferenceFrom } from "./metrics/derived";

/** Relative distance from the county value that still counts as "about the same": 5 %. */
export const SIMILAR_TOLERANCE = 0.05;

export type Verdict =
  "better" | "worse" | "similar" | "no-direction" | "no-county";

/** The kommun against the county, for an indicator of the given polarity. */
export function compareWithCounty(
  value: number,
  county: number | null,
  polarity: Polarity,
  tolerance: number = SIMILAR_TOLERANCE,
): Verdict {
  if (polarity === "neutral") return "no-direction";
  if (county === null) return "no-county";
  const relative = relativeDifferenceFrom(value, county);
  // A county value of 0: only 0 is "the same"; anything else is higher or lower.
  if (relative === null ? value === county : Math.abs(relative) <= tolerance)
    return "similar";
  const higher = value > county;
  return higher === (polarity === "higher-better") ? "better" : "worse";
}
