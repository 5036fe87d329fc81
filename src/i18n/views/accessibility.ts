/** Messages of the Accessibility view (sv is the reference; en must have the same keys). */
import { registerMessages } from "../i18n";
import type { Widen } from "../widen";

export const accessibilitySv = {
  heading: "Tillgänglighetsredogörelse",
  intro: "Så tillgänglig är webbplatsen.",
} as const;

const accessibilityEn = {
  heading: "Accessibility statement",
  intro: "How accessible this site is.",
} as const satisfies Widen<typeof accessibilitySv>;

registerMessages("accessibility", accessibilitySv, accessibilityEn);
