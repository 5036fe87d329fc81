/** Messages of the Presentation view (sv is the reference; en must have the same keys). */
import { registerMessages } from "../i18n";
import type { Widen } from "../widen";

export const presentationSv = {
  heading: "Presentation",
  intro: "Samla diagram i en presentation och visa dem i helskärm.",
} as const;

const presentationEn = {
  heading: "Presentation",
  intro: "Collect charts into a presentation and show them full screen.",
} as const satisfies Widen<typeof presentationSv>;

registerMessages("presentation", presentationSv, presentationEn);
