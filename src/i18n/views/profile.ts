/** Messages of the Kommun profile view (sv is the reference; en must have the same keys). */
import type { Widen } from "../widen";

export const profileSv = {
  heading: "Kommunprofil",
} as const;

export const profileEn = {
  heading: "Kommun profile",
} as const satisfies Widen<typeof profileSv>;
