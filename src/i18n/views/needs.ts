/** Messages of the Needs and resources view (sv is the reference; en must have the same keys). */
import { registerMessages } from "../i18n";
import type { Widen } from "../widen";

export const needsSv = {
  heading: "Behov och resurser",
  intro:
    "Varje punkt är en kommun: hur stort behovet är (lodrät axel) mot hur mycket resurser kommunen har per invånare (vågrät axel).",
  need: "Behov (lodrät axel)",
  resource: "Resurser per invånare (vågrät axel)",
  period: "År för behovet",
  caution: "Diagrammet visar samband, inte orsak.",
  cautionMore:
    "Att två värden följs åt betyder inte att det ena beror på det andra. Kommunerna skiljer sig på många fler sätt än de två som visas.",
  perCapitaLabel: "{{label}} per invånare",
  titleDefault: "{{need}} och {{resource}}",
  titleSelected:
    "{{name}}: {{needSide}} länet i behov, {{resourceSide}} länet i resurser",
  titleSelectedNeed: "{{name}}: {{needSide}} länet i behov",
  titleSelectedResource: "{{name}}: {{resourceSide}} länet i resurser",
  countyMissing:
    "Länets värde för {{which}} saknas i källan, så den referenslinjen visas inte.",
  whichNeed: "behovet",
  whichResource: "resurserna",
  side: {
    above: "över",
    below: "under",
    same: "i nivå med",
  },
  subtitle:
    "Behov {{needPeriod}} ({{needUnit}}), resurser {{resourcePeriod}} ({{resourceUnit}})",
  derivedUnit:
    "kr per invånare, beräknat: beloppet delat med folkmängden 31 dec {{populationPeriod}}",
  yearsDiffer:
    "Observera: åren skiljer sig. Behovet gäller {{needPeriod}}, resurserna {{resourcePeriod}}.",
  fewValues:
    "Källan nämner bara {{count}} av {{total}} kommuner för den här indikatorn, oftast de med högst och lägst värden. Punkterna visar därför bara ytterligheterna och säger inget om de övriga kommunerna.",
  uniformX:
    "Alla {{count}} kommuner har samma värde på den vågräta axeln, avrundat {{value}}, så den skiljer inte kommunerna åt: punkterna står på en lodrät linje och skillnaderna syns bara i behovet.",
  noPoints:
    "Ingen kommun har båda värdena för det här valet. Listan nedan visar vad som saknas och varför.",
  countyLine: "Länet {{value}}",
  desc: "Punktdiagram med {{count}} av {{total}} kommuner: {{need}} {{needPeriod}} (lodrät axel) mot {{resource}} {{resourcePeriod}} (vågrät axel).",
  descCounty: "Länet: behov {{need}}, resurser {{resource}}.",
  descCountyNeedOnly: "Länet: behov {{need}}; länets resursvärde saknas.",
  descCountyResourceOnly:
    "Länet: resurser {{resource}}; länets behovsvärde saknas.",
  descNoCounty: "Länets värden saknas i källorna.",
  descHigh: "Högst behovsvärde: {{name}} ({{value}}).",
  descSelected: "{{name}}: behov {{need}}, resurser {{resource}}.",
  descSelectedSide:
    "{{name}}: behov {{need}} ({{needSide}} länet), resurser {{resource}} ({{resourceSide}} länet).",
  missingTitle: "Kommuner utan punkt ({{count}})",
  missingNeed: "behovsvärde saknas: {{reason}}",
  missingResource: "resursvärde saknas: {{reason}}",
  tooltipNeed: "Behov",
  tooltipResource: "Resurser",
  tableKommun: "Kommun",
  tableNeed: "Behov: {{label}} {{period}}",
  tableResource: "Resurser: {{label}} {{period}}",
  tableStatus: "Status",
  tableCaption: "{{need}} och {{resource}}",
  pair: {
    both: "båda värdena finns",
    "need-missing": "behovsvärde saknas",
    "resource-missing": "resursvärde saknas",
    none: "båda värdena saknas",
  },
  county: "Länet",
} as const;

export const needsEn = {
  heading: "Needs and resources",
  intro:
    "Each dot is a kommun: how large the need is (vertical axis) against how much resources the kommun has per inhabitant (horizontal axis).",
  need: "Need (vertical axis)",
  resource: "Resources per inhabitant (horizontal axis)",
  period: "Year of the need",
  caution: "The chart shows association, not cause.",
  cautionMore:
    "Two values moving together does not mean that one depends on the other. The kommuner differ in many more ways than the two shown.",
  perCapitaLabel: "{{label}} per inhabitant",
  titleDefault: "{{need}} and {{resource}}",
  titleSelected:
    "{{name}}: {{needSide}} the county in need, {{resourceSide}} the county in resources",
  titleSelectedNeed: "{{name}}: {{needSide}} the county in need",
  titleSelectedResource: "{{name}}: {{resourceSide}} the county in resources",
  countyMissing:
    "The source has no county value for {{which}}, so that reference line is not drawn.",
  whichNeed: "the need",
  whichResource: "the resources",
  side: {
    above: "above",
    below: "below",
    same: "level with",
  },
  subtitle:
    "Need {{needPeriod}} ({{needUnit}}), resources {{resourcePeriod}} ({{resourceUnit}})",
  derivedUnit:
    "SEK per inhabitant, computed: the amount divided by the population on 31 Dec {{populationPeriod}}",
  yearsDiffer:
    "Note: the years differ. The need is for {{needPeriod}}, the resources for {{resourcePeriod}}.",
  fewValues:
    "The source names only {{count}} of {{total}} kommuner for this indicator, mostly those with the highest and lowest values. The dots therefore show only the extremes and say nothing about the other kommuner.",
  uniformX:
    "All {{count}} kommuner have the same value on the horizontal axis, {{value}} when rounded, so it does not tell them apart: the dots stand on a vertical line and the differences show only in the need.",
  noPoints:
    "No kommun has both values for this choice. The list below shows what is missing and why.",
  countyLine: "County {{value}}",
  desc: "Scatter chart of {{count}} of {{total}} kommuner: {{need}} {{needPeriod}} (vertical axis) against {{resource}} {{resourcePeriod}} (horizontal axis).",
  descCounty: "County: need {{need}}, resources {{resource}}.",
  descCountyNeedOnly:
    "County: need {{need}}; the county's resources value is missing.",
  descCountyResourceOnly:
    "County: resources {{resource}}; the county's need value is missing.",
  descNoCounty: "The county values are missing in the sources.",
  descHigh: "Highest need value: {{name}} ({{value}}).",
  descSelected: "{{name}}: need {{need}}, resources {{resource}}.",
  descSelectedSide:
    "{{name}}: need {{need}} ({{needSide}} the county), resources {{resource}} ({{resourceSide}} the county).",
  missingTitle: "Kommuner without a dot ({{count}})",
  missingNeed: "need value missing: {{reason}}",
  missingResource: "resources value missing: {{reason}}",
  tooltipNeed: "Need",
  tooltipResource: "Resources",
  tableKommun: "Kommun",
  tableNeed: "Need: {{label}} {{period}}",
  tableResource: "Resources: {{label}} {{period}}",
  tableStatus: "Status",
  tableCaption: "{{need}} and {{resource}}",
  pair: {
    both: "both values present",
    "need-missing": "need value missing",
    "resource-missing": "resources value missing",
    none: "both values missing",
  },
  county: "County",
} as const satisfies Widen<typeof needsSv>;

registerMessages("needs", needsSv, needsEn);
