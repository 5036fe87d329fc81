/**
 * The catalogue's earlier versions, rebuilt from the current source (data-src/indikatorer.json) by
 * taking back what each later version changed. Version 4 is the current catalogue without the
 * counterparts (two sources of one measure, version 5 added them). Version 3 is the current catalogue without the
 * periods its sources do not state (`unstatedPeriods`, version 4 added them). Version 2 is version
 * 3 without trend breaks (version 3 added them). Version 1 is version 2 before it said what the sources say and no
 * more:
 * - folkmangd 2017 is the table Bilaga 5's allocation follows; its reference date is not given and
 *   26 of its 27 values differ from SCB's 31 December 2017, so version 2 labels the period as the
 *   source has it (and the stimulus funds' per-inhabitant rule says so too);
 * - N74811's denominator is "minst 60 dagar", as Kolada's definition says;
 * - N01927 is split by women and men in Kolada's extract (kolada-befolkning version 2 keeps them);
 * - ohälsotal (N00957) and sjukpenningtal (N00938) count sick days from all causes: theme
 *   "sick-leave", not mental ill-health.
 */
import type { Indicator } from "../../../src/domain/indicators";

import { FIRST_VERSION, type Revision } from "./common";

export const catalogueJson = (indicators: readonly Indicator[]): string =>
  JSON.stringify({ indicators }, null, 2) + "\n";

/** The object without one of its optional fields, the other fields in their order. */
const without = <T extends object>(o: T, field: keyof T): T =>
  Object.fromEntries(Object.entries(o).filter(([k]) => k !== field)) as T;

/** What version 1 said where version 2 changed it. */
function asInVersion1(i: Indicator): Indicator {
  switch (i.id) {
    case "folkmangd":
      return without(i, "periodLabels");
    case "stimulansmedel":
      return i.perCapita
        ? { ...i, perCapita: without(i.perCapita, "populationPeriodLabel") }
        : i;
    case "kolada-n74811":
      return {
        ...i,
        denominator: {
          sv: "Pågående sjukfall längre än 60 dagar",
          en: "Ongoing sick-leave cases longer than 60 days",
        },
      };
    case "kolada-n01927":
      return { ...i, breakdowns: {} };
    case "kolada-n00957":
    case "kolada-n00938":
      return { ...i, theme: "diagnoses" };
    default:
      return i;
  }
}

export function catalogueHistory(indicators: readonly Indicator[]): Revision[] {
  const v4 = indicators.map((i) => without(i, "counterpart"));
  const v3 = v4.map((i) => without(i, "unstatedPeriods"));
  const v2 = v3.map((i) => without(i, "breaks"));
  return [
    {
      version: 1,
      content: catalogueJson(v2.map(asInVersion1)),
      ...FIRST_VERSION,
    },
    {
      version: 2,
      content: catalogueJson(v2),
      published: "2026-12-02",
      note: {
        sv: "Folkmängd 2017 benämns som källan anger den (enligt Bilaga 5:s underlag, inget referensdatum), N74811:s nämnare är sjukfall om minst 60 dagar, N01927 har kvinnor och män, och ohälsotal och sjukpenningtal (sjukdagar av alla orsaker) ligger under temat sjukfrånvaro.",
        en: "Population 2017 is labelled as the source gives it (as in Annex 5's data, no reference date), N74811's denominator is sick-leave cases of at least 60 days, N01927 has women and men, and ohälsotal and sjukpenningtal (sick days from all causes) are under the theme sickness absence.",
      },
    },
    {
      version: 3,
      content: catalogueJson(v3),
      published: "2026-12-02",
      note: {
        sv: "Definitionsändringar och avslutade serier anges som fält i katalogen (breaks: typ, period och källans egna ord), granskade när katalogen byggs, i stället för att läsas ur definitionstexten när appen körs. Sju indikatorer har sådana brott; inget annat ändras.",
        en: "Definition changes and closed series are fields of the catalogue (breaks: kind, period and the source's own words), reviewed when the catalogue is built, instead of being read from the definition text while the app runs. Seven indicators have such breaks; nothing else changes.",
      },
    },
    {
      version: 4,
      content: catalogueJson(v4),
      published: "2026-12-02",
      note: {
        sv: "Tal vars år källan inte anger (barn i ekonomiskt utsatta hushåll, placerade barn i kommunerna, cirka 320 suicid per år, familjecentraler) anges med unstatedPeriods: de visas som 'år anges inte i källan (publicerad …)', aldrig som ett årtal.",
        en: "Figures whose year the source does not give (children in economically vulnerable households, placed children in the kommuner, about 320 suicides a year, family centres) carry unstatedPeriods: shown as 'year not stated in the source (published …)', never as a bare year.",
      },
    },

    {
      // The counterparts are in the current catalogue; the indicators added later are left out
      // when the version is rebuilt (restricted to its own).
      version: 5,
      content: catalogueJson(indicators),
      published: "2026-12-02",
      note: {
        sv: "Andel ej behöriga till gymnasiet (nulägesanalysen 2018) och Koladas N15428 (behöriga till yrkesprogram) mäter samma sak; katalogen säger det (counterpart, komplement), och där värdena skiljer sig (Sigtuna 2017: 19,3 mot 100 − 85,6 = 14,4 %) står båda vid varandra.",
        en: "The share not eligible for upper secondary school (2018 analysis) and Kolada's N15428 (eligible for vocational programmes) measure the same thing; the catalogue says so (counterpart, complement), and where the values differ (Sigtuna 2017: 19.3 against 100 − 85.6 = 14.4 %) both are shown side by side.",
      },
    },
  ];
}
