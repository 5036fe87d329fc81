/** Messages of the Overview view (sv is the reference; en must have the same keys). */
import type { Widen } from "../widen";

export const overviewSv = {
  heading: "Översikt",
} as const;

export const overviewEn = {
  heading: "Overview",
} as const satisfies Widen<typeof overviewSv>;
