/** Messages of the Trends view (sv is the reference; en must have the same keys). */
import type { Widen } from "../widen";

export const trendsSv = {
  heading: "Trender",
} as const;

export const trendsEn = {
  heading: "Trends",
} as const satisfies Widen<typeof trendsSv>;
