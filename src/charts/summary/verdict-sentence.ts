/**
 * The verdict of a group of Kommunprofil's indicators in one sentence: "Botkyrka är sämre än länet
 * på 2 av 5 indikatorer, bättre på 2 och ungefär som länet på 1." A count of 0 is left out ("på 4 av
 * 4 indikatorer.", not "bättre på 0"). The same words on the verdict and under every theme's chart.
 */
import type { VerdictTally } from "@/domain/profile-verdict";
import type { Translate, UiLocale } from "@/i18n/i18n";

import { listNames } from "./sentence";

export function verdictSentence(
  tally: VerdictTally,
  name: string,
  t: Translate,
  locale: UiLocale,
): string {
  if (tally.judged === 0) return t("profile.verdictNone");
  const parts = [
    t("profile.verdictWorse", { worse: tally.worse, count: tally.judged }),
    ...(tally.better > 0
      ? [t("profile.verdictBetter", { better: tally.better })]
      : []),
    ...(tally.similar > 0
      ? [t("profile.verdictSimilar", { similar: tally.similar })]
      : []),
  ];
  return t("profile.verdictSentence", {
    name,
    parts: listNames(parts, locale),
  });
}
