/** Messages of the Kommun profile view (sv is the reference; en must have the same keys). */
import { registerMessages } from "../i18n";
import type { Widen } from "../widen";

import { profileGroupEn, profileGroupSv } from "./parts/profile-group";

export const profileSv = {
  heading: "Kommunprofil",
  headingKommun: "Kommunprofil: {{name}}",
  choose: "Välj kommun",
  choosePlaceholder: "– välj en kommun –",
  prompt:
    "Se hur kommunen står sig mot länet: psykisk hälsa, behov, befolkning och stimulansmedel.",
  reportLink: "Kommunrapport för utskrift (PDF)",
  chooserTitle: "Välj en kommun",
  verdictTitle: "{{name}} i korthet",
  verdictHealth: "Psykisk hälsa och sjukfrånvaro",
  verdictNeed: "Behov och riskfaktorer",
  verdictSentence: "{{name}} är {{parts}}.",
  verdictWorse_one: "sämre än länet på {{worse}} av {{count}} indikator",
  verdictWorse_other: "sämre än länet på {{worse}} av {{count}} indikatorer",
  verdictBetter: "bättre på {{better}}",
  verdictSimilar: "ungefär som länet på {{similar}}",
  verdictNone: "Inga indikatorer här kan jämföras med länet.",
  largestTitle: "Störst skillnad mot länet",
  largestItem: "{{label}}: {{name}} {{value}}, länet {{county}} ({{period}})",
  verdictKey:
    "▲ bättre och ▼ sämre än länet med indikatorns riktning; ≈ högst {{tolerance}} från länets värde.",
  sourcesTitle: "Källor",
  sourcesIntro:
    "Varje siffra ovan kommer från en av de här källorna. Siffrornas källa står också under varje diagram.",
  producer: "Ursprunglig producent",
  versions: "Dataversioner: {{list}}.",
  factsTitle: "Befolkning och stimulansmedel i {{name}}",
  population: "Folkmängd {{period}}",
  koladaPopulation: "Folkmängd 31 dec {{period}} (Kolada, SCB)",
  funds: "Stimulansmedel {{period}}",
  fundsPerCapita: "Stimulansmedel per invånare {{period}}",
  derivedHow:
    "{{value}} / {{population}} invånare (folkmängd {{populationPeriod}})",
  factMissing: "uppgift saknas",
  indicatorsTitle: "{{name}} jämfört med länet",
  indicatorsIntro:
    "Varje rad visar en indikator det senaste året med värden för kommunerna. Den blå stapeln går från länets lägsta till högsta kommun, det svarta strecket är länets värde och pricken är {{name}}.",
  rule: "▲ bättre och ▼ sämre betyder att {{name}} ligger mer än {{tolerance}} från länets värde (räknat på länets värde), åt det håll som är bättre eller sämre för indikatorn. ≈ ungefär som länet: högst {{tolerance}} ifrån. Indikatorer där högt värde varken är bättre eller sämre får ingen markering. Plats räknas från högsta värdet (plats 1 = högst värde) även där ett högt värde är sämre; lika värden delar plats.",
  themeTitle: "{{theme}}: {{name}} jämfört med länet",
  themeSubtitle: "{{count}} indikatorer, senaste år med värden för kommunerna",
  themeSummaryNeutral:
    "Indikatorerna här har ingen riktning: ett högre värde är varken bättre eller sämre.",
  summaryLargest:
    "störst skillnad mot länet gäller {{label}}: {{name}} {{value}}, länet {{county}} ({{verdict}})",
  summaryPartial_one:
    "{{count}} indikator har värden för färre än alla {{total}} kommuner",
  summaryPartial_other:
    "{{count}} indikatorer har värden för färre än alla {{total}} kommuner",
  better: "▲ bättre",
  worse: "▼ sämre",
  similar: "≈ ungefär som länet",
  betterLong: "bättre än länet",
  worseLong: "sämre än länet",
  similarLong: "ungefär som länet",
  noDirection: "ingen riktning",
  noCounty: "inget länsvärde att jämföra med",
  countyTotal: "länet totalt {{value}} (summa, jämförs inte)",
  county: "Länet",
  countyValue: "Länet {{value}}",
  difference: "Skillnad",
  differenceValue: "skillnad {{value}}",
  comparison: "Jämfört med länet",
  rank: "plats {{rank}} av {{n}}",
  rankShort: "{{rank}} av {{n}}",
  dashNote:
    "– i kolumnerna Länet och Jämfört med länet: källan ger inget länsvärde att jämföra med, eller indikatorn har ingen riktning (ett högre värde är varken bättre eller sämre).",
  rankColumn: "Plats (1 = högst värde)",
  rankHighest: "plats 1 = högst värde",
  range: "Lägst–högst i länet",
  rangeValue: "{{low}} ({{lowName}}) – {{high}} ({{highName}})",
  lowest: "lägst {{value}}",
  highest: "högst {{value}}",
  coverage: "värde för {{count}} av {{total}} kommuner",
  indicator: "Indikator",
  period: "År",
  source: "Källa",
  rowDescription:
    "{{label}}, {{period}}: {{name}} {{value}}. {{county}}. Kommunerna från {{low}} ({{lowName}}) till {{high}} ({{highName}}). {{verdict}}",
  tableCaption: "{{theme}}: {{name}} jämfört med länet",
  gapsTitle: "Indikatorer utan värde för {{name}} ({{count}})",
  gapsIntro:
    "De här indikatorerna har inget värde för kommunen i källan. Saknade värden visas aldrig som noll.",
  gapRange: "{{range}} (källan anger bara spannet)",
  gapKindRange: "Källan anger bara spannet mellan kommunerna",
  gapKindMissing: "Uppgift saknas",
  gapKindNotNamed: "Källan nämner inte kommunen",
  statementsTitle: "Vad källorna säger om {{name}}",
  statementsIntro:
    "Uppgifter som källan bara ger för några namngivna kommuner. De är inte en rangordning av alla 26 kommuner.",
  statementsNone: "Källorna nämner inte {{name}} särskilt.",
  statementNamed: "Källan anger värden för {{count}} av 26 kommuner.",
  errorsTitle: "Några dataset kunde inte läsas. Resten visas nedan.",
  group: profileGroupSv,
} as const;

export const profileEn = {
  heading: "Municipality profile",
  headingKommun: "Municipality profile: {{name}}",
  choose: "Choose municipality",
  choosePlaceholder: "– choose a municipality –",
  prompt:
    "See how the municipality compares with the county: mental health, needs, population and stimulus funds.",
  reportLink: "Municipality report for printing (PDF)",
  chooserTitle: "Choose a municipality",
  verdictTitle: "{{name}} at a glance",
  verdictHealth: "Mental health and sick leave",
  verdictNeed: "Needs and risk factors",
  verdictSentence: "{{name}} is {{parts}}.",
  verdictWorse_one: "worse than the county on {{worse}} of {{count}} indicator",
  verdictWorse_other:
    "worse than the county on {{worse}} of {{count}} indicators",
  verdictBetter: "better on {{better}}",
  verdictSimilar: "about the same on {{similar}}",
  verdictNone: "None of the indicators here can be compared with the county.",
  largestTitle: "Largest differences from the county",
  largestItem:
    "{{label}}: {{name}} {{value}}, the county {{county}} ({{period}})",
  verdictKey:
    "▲ better and ▼ worse than the county in the indicator's direction; ≈ at most {{tolerance}} from the county value.",
  sourcesTitle: "Sources",
  sourcesIntro:
    "Every figure above comes from one of these sources. Each figure's source is also given under its chart.",
  producer: "Original producer",
  versions: "Dataset versions: {{list}}.",
  factsTitle: "Population and stimulus funds in {{name}}",
  population: "Population {{period}}",
  koladaPopulation: "Population 31 Dec {{period}} (Kolada, SCB)",
  funds: "Stimulus funds {{period}}",
  fundsPerCapita: "Stimulus funds per inhabitant {{period}}",
  derivedHow:
    "{{value}} / {{population}} inhabitants (population {{populationPeriod}})",
  factMissing: "no value",
  indicatorsTitle: "{{name}} compared with the county",
  indicatorsIntro:
    "Each row shows one indicator in the latest year with municipality values. The blue bar runs from the county's lowest to its highest municipality, the black tick is the county value and the dot is {{name}}.",
  rule: "▲ better and ▼ worse mean that {{name}} is more than {{tolerance}} away from the county value (relative to the county value), in the direction that is better or worse for the indicator. ≈ about the same as the county: at most {{tolerance}} away. Indicators where a higher value is neither better nor worse get no mark. Ranks count from the highest value (rank 1 = highest value), also where a high value is worse; equal values share a rank.",
  themeTitle: "{{theme}}: {{name}} compared with the county",
  themeSubtitle: "{{count}} indicators, latest year with municipality values",
  themeSummaryNeutral:
    "The indicators here have no direction: a higher value is neither better nor worse.",
  summaryLargest:
    "the largest difference from the county is in {{label}}: {{name}} {{value}}, the county {{county}} ({{verdict}})",
  summaryPartial_one:
    "{{count}} indicator has values for fewer than all {{total}} municipalities",
  summaryPartial_other:
    "{{count}} indicators have values for fewer than all {{total}} municipalities",
  better: "▲ better",
  worse: "▼ worse",
  similar: "≈ about the same as the county",
  betterLong: "better than the county",
  worseLong: "worse than the county",
  similarLong: "about the same as the county",
  noDirection: "no direction",
  noCounty: "no county value to compare with",
  countyTotal: "county total {{value}} (a sum, not compared)",
  county: "County",
  countyValue: "County {{value}}",
  difference: "Difference",
  differenceValue: "difference {{value}}",
  comparison: "Compared with the county",
  rank: "rank {{rank}} of {{n}}",
  rankShort: "{{rank}} of {{n}}",
  dashNote:
    "– in the columns County and Compared with the county: the source gives no county value to compare with, or the indicator has no direction (a higher value is neither better nor worse).",
  rankColumn: "Rank (1 = highest value)",
  rankHighest: "rank 1 = highest value",
  range: "Lowest–highest in the county",
  rangeValue: "{{low}} ({{lowName}}) – {{high}} ({{highName}})",
  lowest: "lowest {{value}}",
  highest: "highest {{value}}",
  coverage: "values for {{count}} of {{total}} municipalities",
  indicator: "Indicator",
  period: "Year",
  source: "Source",
  rowDescription:
    "{{label}}, {{period}}: {{name}} {{value}}. {{county}}. Municipalities from {{low}} ({{lowName}}) to {{high}} ({{highName}}). {{verdict}}",
  tableCaption: "{{theme}}: {{name}} compared with the county",
  gapsTitle: "Indicators without a value for {{name}} ({{count}})",
  gapsIntro:
    "These indicators have no value for the municipality in the source. Missing values are never shown as zero.",
  gapRange: "{{range}} (the source gives only the span)",
  gapKindRange: "The source gives only the span between the municipalities",
  gapKindMissing: "No value",
  gapKindNotNamed: "The source does not name the municipality",
  statementsTitle: "What the sources say about {{name}}",
  statementsIntro:
    "Figures the source gives only for a few named municipalities. They are not a ranking of all 26 municipalities.",
  statementsNone: "The sources do not single out {{name}}.",
  statementNamed: "The source gives values for {{count}} of 26 municipalities.",
  errorsTitle: "Some datasets could not be read. The rest is shown below.",
  group: profileGroupEn,
} as const satisfies Widen<typeof profileSv>;

registerMessages("profile", profileSv, profileEn);
