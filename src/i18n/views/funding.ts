/** Messages of the Funding view (sv is the reference; en must have the same keys). */
import type { Widen } from "../widen";

export const fundingSv = {
  heading: "Finansiering",
} as const;

export const fundingEn = {
  heading: "Funding",
} as const satisfies Widen<typeof fundingSv>;
