/** Messages of the Needs and resources view (sv is the reference; en must have the same keys). */
import type { Widen } from "../widen";

export const needsSv = {
  heading: "Behov och resurser",
} as const;

export const needsEn = {
  heading: "Needs and resources",
} as const satisfies Widen<typeof needsSv>;
