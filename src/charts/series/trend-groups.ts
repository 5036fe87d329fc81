/** The trend's split by sex: all, women, men, or women and men as separate lines. Pure. */
import type { Indicator } from "@/domain/indicators";
import type { Observation } from "@/domain/observations";

/** "" all, "k" women, "m" men, "kon" women and men as separate lines. */
export type TrendGroup = "" | "k" | "m" | "kon";
export const TREND_GROUPS: readonly TrendGroup[] = ["", "k", "m", "kon"];

/** The breakdowns a group draws. */
export function breakdownsOfGroup(group: TrendGroup): string[] {
  if (group === "kon") return ["k", "m"];
  return [group];
}

/** True when the indicator has both women and men in the observations. */
export function hasSexSplit(
  indicator: Indicator,
  observations: readonly Observation[],
): boolean {
  let k = false;
  let m = false;
  for (const o of observations) {
    if (o.indicator !== indicator.id) continue;
    if (o.breakdown === "k") k = true;
    else if (o.breakdown === "m") m = true;
    if (k && m) return true;
  }
  return false;
}
