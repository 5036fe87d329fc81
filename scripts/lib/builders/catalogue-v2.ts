/**
 * Version 2 of the indicator catalogue: version 1 with what the sources say and no more.
 * - folkmangd 2017 is the table Bilaga 5's allocation follows; its reference date is not given and
 *   26 of its 27 values differ from SCB's 31 December 2017, so the period is labelled as the source
 *   has it (and the stimulus funds' per-inhabitant rule says so too);
 * - N74811's denominator is "minst 60 dagar", as Kolada's definition says;
 * - N01927 is split by women and men in Kolada's extract (kolada-befolkning version 2 keeps them);
 * - ohälsotal (N00957) and sjukpenningtal (N00938) count sick days from all causes: theme
 *   "sick-leave", not mental ill-health.
 */
import type { Indicator } from "../../../src/domain/indicators";
import type { LocalText } from "../../../src/domain/local-text";

import type { Revision } from "./common";

const POPULATION_2017: LocalText = {
  sv: "2017 (enligt Bilaga 5:s underlag)",
  en: "2017 (as in Annex 5's data)",
};

const SEX = {
  k: { sv: "Kvinnor", en: "Women" },
  m: { sv: "Män", en: "Men" },
};

function revise(i: Indicator): Indicator {
  switch (i.id) {
    case "folkmangd":
      return { ...i, periodLabels: { "2017": POPULATION_2017 } };
    case "stimulansmedel":
      return i.perCapita
        ? {
            ...i,
            perCapita: {
              ...i.perCapita,
              populationPeriodLabel: POPULATION_2017,
            },
          }
        : i;
    case "kolada-n74811":
      return {
        ...i,
        denominator: {
          sv: "Pågående sjukfall som varat minst 60 dagar",
          en: "Ongoing sick-leave cases lasting at least 60 days",
        },
      };
    case "kolada-n01927":
      return { ...i, breakdowns: SEX };
    case "kolada-n00957":
    case "kolada-n00938":
      return { ...i, theme: "sick-leave" };
    default:
      return i;
  }
}

export function catalogueV2(indicators: readonly Indicator[]): Revision {
  return {
    version: 2,
    content:
      JSON.stringify({ indicators: indicators.map(revise) }, null, 2) + "\n",
    published: "2026-12-02",
    note: {
      sv: "Folkmängd 2017 benämns som källan anger den (enligt Bilaga 5:s underlag, inget referensdatum), N74811:s nämnare är sjukfall om minst 60 dagar, N01927 har kvinnor och män, och ohälsotal och sjukpenningtal (sjukdagar av alla orsaker) ligger under temat sjukfrånvaro.",
      en: "Population 2017 is labelled as the source gives it (as in Annex 5's data, no reference date), N74811's denominator is sick-leave cases of at least 60 days, N01927 has women and men, and ohälsotal and sjukpenningtal (sick days from all causes) are under the theme sickness absence.",
    },
  };
}
