/** Messages of the Trends view (sv is the reference; en must have the same keys). */
import { registerMessages } from "../i18n";
import type { Widen } from "../widen";

export const trendsSv = {
  heading: "Trender",
  intro:
    "Hur ett nyckeltal har förändrats över åren i de kommuner du markerar, i länet och i riket.",
  indicator: "Indikator",
  show: "Visa",
  groupAll: "Alla",
  groupWomen: "Kvinnor",
  groupMen: "Män",
  groupBoth: "Kvinnor och män",
  women: "kvinnor",
  men: "män",
  noneSelected: "Markera kommuner för att se deras linjer.",
  title: "{{label}}, {{years}}",
  subtitle: "{{unit}}, {{years}}",
  coverage:
    "{{count}} av {{total}} markerade kommuner har värden. Ett år utan värde är ett glapp i linjen, inte noll.",
  coverageNone:
    "Länet och riket visas. Ett år utan värde är ett glapp i linjen, inte noll.",
  summaryChange:
    "{{name}} gick från {{from}} {{fromYear}} till {{to}} {{toYear}}",
  summaryLatest: "{{name}} hade {{value}} {{year}}",
  summaryNoValues: "{{name}} saknar värden",
  summaryCounty: "länet",
  summarySweden: "riket",
  summaryGaps: "år utan värde är glapp i linjen för {{names}}, inte noll",
  summaryTotals:
    "länet och riket visas inte, eftersom de är summor och inte kan jämföras med en kommun",
  referencesHidden:
    "Länet och riket visas inte: för antal är de summor och inte jämförbara med en kommun.",
  seriesEnds:
    'Koladas namn på nyckeltalet slutar med "(-{{year}})": Kolada har avslutat serien efter {{year}}, oftast för att definitionen ändrats. Senare år redovisas i ett annat nyckeltal och hör inte hemma i samma linje.',
  breakMark: "Ändrad {{year}}",
  breakNote: "Från {{year}}: Kolada skriver: \u201d{{sentence}}\u201d",
  breaksHeading: "Ändringar i definitionen",
  tableCaption: "{{label}} per år ({{unit}})",
  year: "År",
  missingShort: "–",
  tableNote: "– betyder att uppgift saknas för året. Det är inte noll.",
  county: "Länet",
  sweden: "Riket",
  lineLabel: "{{name}}, {{group}}",
  fewPeriods:
    "Indikatorn har bara värden för ett år och kan inte visas som trend. Välj en annan indikator.",
} as const;

export const trendsEn = {
  heading: "Trends",
  intro:
    "How a key figure has changed over the years in the kommuner you select, the county and Sweden.",
  indicator: "Indicator",
  show: "Show",
  groupAll: "All",
  groupWomen: "Women",
  groupMen: "Men",
  groupBoth: "Women and men",
  women: "women",
  men: "men",
  noneSelected: "Select kommuner to see their lines.",
  title: "{{label}}, {{years}}",
  subtitle: "{{unit}}, {{years}}",
  coverage:
    "{{count}} of {{total}} selected kommuner have values. A year without a value is a gap in the line, not zero.",
  coverageNone:
    "The county and Sweden are shown. A year without a value is a gap in the line, not zero.",
  summaryChange:
    "{{name}} went from {{from}} in {{fromYear}} to {{to}} in {{toYear}}",
  summaryLatest: "{{name}} had {{value}} in {{year}}",
  summaryNoValues: "{{name}} has no values",
  summaryCounty: "the county",
  summarySweden: "Sweden",
  summaryGaps:
    "years without a value are gaps in the line for {{names}}, not zero",
  summaryTotals:
    "the county and Sweden are not shown, as they are totals and cannot be compared with a kommun",
  referencesHidden:
    "The county and Sweden are not shown: for counts they are totals and not comparable with a kommun.",
  seriesEnds:
    'Kolada\'s name for this key figure ends in "(-{{year}})": Kolada closed the series after {{year}}, usually because the definition changed. Later years are published under another key figure and do not belong on the same line.',
  breakMark: "Changed {{year}}",
  breakNote:
    "From {{year}}: Kolada writes (in Swedish): \u201c{{sentence}}\u201d",
  breaksHeading: "Changes in the definition",
  tableCaption: "{{label}} by year ({{unit}})",
  year: "Year",
  missingShort: "–",
  tableNote: "– means there is no value for the year. It is not zero.",
  county: "County",
  sweden: "Sweden",
  lineLabel: "{{name}}, {{group}}",
  fewPeriods:
    "This indicator has values for one year only and cannot be shown as a trend. Choose another indicator.",
} as const satisfies Widen<typeof trendsSv>;

registerMessages("trends", trendsSv, trendsEn);
