/**
 * Where a value sits against the county value, compared at the precision shown (`decimals`), so
 * two values that read the same ("34,64 kr") are never called above or below each other.
 */
export function sideOf(
  value: number,
  county: number,
  decimals: number,
): "above" | "below" | "same" {
  const factor = 10 ** decimals;
  const a = Math.round(value * factor);
  const b = Math.round(county * factor);
  if (a > b) return "above";
  if (a < b) return "below";
  return "same";
}
