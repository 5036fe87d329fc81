/** Messages of the Import view (sv is the reference; en must have the same keys). */
import { registerMessages } from "../i18n";
import type { Widen } from "../widen";

export const importViewSv = {
  heading: "Importera egen data",
  intro:
    "Här kan du läsa in egna uppgifter från en fil. Filen lämnar aldrig din dator.",
} as const;

const importViewEn = {
  heading: "Import your own data",
  intro:
    "Load your own figures from a file. The file never leaves your computer.",
} as const satisfies Widen<typeof importViewSv>;

registerMessages("importView", importViewSv, importViewEn);
