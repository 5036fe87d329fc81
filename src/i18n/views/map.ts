/** Messages of the Map view (sv is the reference; en must have the same keys). */
import type { Widen } from "../widen";

export const mapSv = {
  heading: "Karta",
} as const;

export const mapEn = {
  heading: "Map",
} as const satisfies Widen<typeof mapSv>;
