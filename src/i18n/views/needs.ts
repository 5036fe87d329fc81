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
  cautionMore:
    "Att två värden följs åt betyder inte att det ena beror på det andra. Kommunerna skiljer sig på många fler sätt än de två som visas.",
  perCapitaLabel: "{{label}} per invånare",
  titleDefault: "{{need}} och {{resource}}",
  titleConcern: "Högt behov, låga resurser jämfört med länet: {{names}}",
  titleConcernCount:
    "{{count}} kommuner har högt behov och låga resurser jämfört med länet",
  titleConcernNone:
    "Ingen kommun har högt behov och låga resurser jämfört med länet",
  titleSelected: "{{name}} jämfört med länet: {{quadrant}}",
  titleSelectedNeed: "{{name}}: {{needSide}} länet i behov",
  titleSelectedResource: "{{name}}: {{resourceSide}} länet i resurser",
  needLevel: { high: "högt behov", low: "lågt behov", same: "behov som länet" },
  resourceLevel: {
    high: "höga resurser",
    low: "låga resurser",
    same: "resurser som länet",
  },
  tableQuadrant: "Jämfört med länet",
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
    "{{period}}. Varje punkt är en kommun, de streckade linjerna är länet.",
  subtitleYears: "Behov {{needPeriod}}, resurser {{resourcePeriod}}",
  axisUnit: "{{label}} ({{unit}})",
  axisDerived: "{{label}} (beräknat)",
  yearsDiffer:
    "Observera: åren skiljer sig. Behovet gäller {{needPeriod}}, resurserna {{resourcePeriod}}.",
  fewValues:
    "Källan nämner bara {{count}} av {{total}} kommuner för den här indikatorn, oftast de med högst och lägst värden. Punkterna visar därför bara ytterligheterna och säger inget om de övriga kommunerna.",
  uniformX:
    "Alla {{count}} kommuner har samma värde på den vågräta axeln, avrundat {{value}}, så den skiljer inte kommunerna åt: punkterna står på en lodrät linje och skillnaderna syns bara i behovet.",
  noPoints:
    "Ingen kommun har båda värdena för det här valet. Listan nedan visar vad som saknas och varför.",
  countyLine: "Länet {{value}}",
  countyLineComputed: "Länet {{value}}, beräknat",
  countyComputedAbout:
    "Kolada har inget värde för länet för {{resource}}. Länets linje är beräknad: kommunernas värden vägda med deras folkmängd {{populationPeriod}}, alltså länets totala kostnad delad med länets invånare. {{count}} av {{total}} kommuner ingår; en kommun utan värde räknas inte som noll utan lämnas utanför.",
  summaryPoints: "{{count}} av {{total}} kommuner har båda värdena",
  summaryAxis: "{{which}}: {{label}} {{period}}, länet {{county}}",
  summaryAxisNoCounty: "{{which}}: {{label}} {{period}}, länets värde saknas",
  summaryComputed: "{{value}} (beräknat)",
  summaryComputedSome:
    "{{value}} (beräknat från {{count}} av {{total}} kommuner)",
  summaryQuadrants: "jämfört med länet – {{groups}}",
  summaryQuadrant: "{{quadrant}}: {{who}}",
  summaryQuadrantCount: "{{count}} kommuner",
  summaryNone: "ingen",
  summaryLevel: "i nivå med länet på någon axel: {{who}}",
  summarySelectedQuadrant:
    "{{name}} har behov {{need}} och resurser {{resource}}: {{quadrant}}",
  summaryHighLow:
    "högst behov har {{high}} ({{highValue}}) och lägst {{low}} ({{lowValue}})",
  summarySelected: "{{name}} har behov {{need}} och resurser {{resource}}",
  summaryYears:
    "behovet gäller {{needPeriod}} och resurserna {{resourcePeriod}}",
  summaryFew: "källan nämner bara {{count}} av {{total}} kommuner för behovet",
  summaryUniform: "alla kommuner har samma resursvärde, {{value}}",
  summaryDerived: "värdena per invånare är beräknade",
  summaryCaution: "diagrammet visar samband, inte orsak",
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
    "Each dot is a municipality: how large the need is (vertical axis) against how much resources the municipality has per inhabitant (horizontal axis).",
  need: "Need (vertical axis)",
  resource: "Resources per inhabitant (horizontal axis)",
  period: "Year of the need",
  cautionMore:
    "Two values moving together does not mean that one depends on the other. The municipalities differ in many more ways than the two shown.",
  perCapitaLabel: "{{label}} per inhabitant",
  titleDefault: "{{need}} and {{resource}}",
  titleConcern: "High need, low resources against the county: {{names}}",
  titleConcernCount:
    "{{count}} municipalities have high need and low resources against the county",
  titleConcernNone:
    "No municipality has high need and low resources against the county",
  titleSelected: "{{name}} against the county: {{quadrant}}",
  titleSelectedNeed: "{{name}}: {{needSide}} the county in need",
  titleSelectedResource: "{{name}}: {{resourceSide}} the county in resources",
  needLevel: { high: "high need", low: "low need", same: "same need" },
  resourceLevel: {
    high: "high resources",
    low: "low resources",
    same: "same resources",
  },
  tableQuadrant: "Against the county",
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
    "{{period}}. Each dot is a municipality, the dashed lines are the county.",
  subtitleYears: "Need {{needPeriod}}, resources {{resourcePeriod}}",
  axisUnit: "{{label}} ({{unit}})",
  axisDerived: "{{label}} (computed)",
  yearsDiffer:
    "Note: the years differ. The need is for {{needPeriod}}, the resources for {{resourcePeriod}}.",
  fewValues:
    "The source names only {{count}} of {{total}} municipalities for this indicator, mostly those with the highest and lowest values. The dots therefore show only the extremes and say nothing about the other municipalities.",
  uniformX:
    "All {{count}} municipalities have the same value on the horizontal axis, {{value}} when rounded, so it does not tell them apart: the dots stand on a vertical line and the differences show only in the need.",
  noPoints:
    "No municipality has both values for this choice. The list below shows what is missing and why.",
  countyLine: "County {{value}}",
  countyLineComputed: "County {{value}}, computed",
  countyComputedAbout:
    "Kolada has no county value for {{resource}}. The county line is computed: the municipalities' values weighted by their population {{populationPeriod}}, that is the county's total cost divided by its inhabitants. {{count}} of {{total}} municipalities are included; a municipality without a value is not counted as zero but left out.",
  summaryPoints: "{{count}} of {{total}} municipalities have both values",
  summaryAxis: "{{which}}: {{label}} {{period}}, the county {{county}}",
  summaryAxisNoCounty:
    "{{which}}: {{label}} {{period}}, the county value is missing",
  summaryComputed: "{{value}} (computed)",
  summaryComputedSome:
    "{{value}} (computed from {{count}} of {{total}} municipalities)",
  summaryQuadrants: "against the county – {{groups}}",
  summaryQuadrant: "{{quadrant}}: {{who}}",
  summaryQuadrantCount: "{{count}} municipalities",
  summaryNone: "none",
  summaryLevel: "level with the county on an axis: {{who}}",
  summarySelectedQuadrant:
    "{{name}} has need {{need}} and resources {{resource}}: {{quadrant}}",
  summaryHighLow:
    "{{high}} has the highest need ({{highValue}}) and {{low}} the lowest ({{lowValue}})",
  summarySelected: "{{name}} has need {{need}} and resources {{resource}}",
  summaryYears:
    "the need is for {{needPeriod}} and the resources for {{resourcePeriod}}",
  summaryFew:
    "the source names only {{count}} of {{total}} municipalities for the need",
  summaryUniform: "all municipalities have the same resources value, {{value}}",
  summaryDerived: "the values per inhabitant are calculated",
  summaryCaution: "the chart shows association, not cause",
  missingTitle: "Municipalities without a dot ({{count}})",
  missingNeed: "need value missing: {{reason}}",
  missingResource: "resources value missing: {{reason}}",
  tooltipNeed: "Need",
  tooltipResource: "Resources",
  tableKommun: "Municipality",
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
