/** Messages of the Trends view (sv is the reference; en must have the same keys). */
import { registerMessages } from "../i18n";
import type { Widen } from "../widen";

export const trendsSv = {
  heading: "Trender",
  intro:
    "Hur ett nyckeltal har förändrats över åren: alla kommuner i grått, länet och riket, och de kommuner du markerar i färg.",
  indicator: "Indikator",
  show: "Kön",
  groupAll: "Totalt",
  groupWomen: "Kvinnor",
  groupMen: "Män",
  groupBoth: "Kvinnor och män var för sig",
  groupHint: {
    all: "Visar kvinnor och män tillsammans: en linje per kommun.",
    k: "Visar bara kvinnor: en linje per kommun.",
    m: "Visar bara män: en linje per kommun.",
    kon: "Visar kvinnor och män var för sig: två linjer per kommun, kvinnor med fyllda runda punkter och män med ihåliga fyrkanter. De grå linjerna för alla kommuner visas då inte.",
  },
  women: "kvinnor",
  men: "män",
  noneSelected: "Markera kommuner för att se deras linjer.",
  noneSelectedContext:
    "De grå linjerna är länets kommuner. Markera en kommun för att lyfta fram den.",
  title: "{{label}}, {{years}}",
  subtitle: "{{unit}}, {{years}}",
  coverage:
    "{{count}} av {{total}} markerade kommuner har värden. Ett år utan värde är ett glapp i linjen, inte noll.",
  coverageNone:
    "Länet och riket visas. Ett år utan värde är ett glapp i linjen, inte noll.",
  coverageContext:
    "Värden för {{count}} av {{total}} kommuner. Ett år utan värde är ett glapp i linjen, inte noll.",
  summaryChange:
    "{{name}} gick från {{from}} {{fromYear}} till {{to}} {{toYear}}",
  summaryLatest: "{{name}} hade {{value}} {{year}}",
  summarySpread:
    "{{year}} låg kommunerna mellan {{low}} ({{lowNames}}) och {{high}} ({{highNames}})",
  summarySpreadSome:
    "{{year}} låg de {{count}} kommuner som har värde mellan {{low}} ({{lowNames}}) och {{high}} ({{highNames}})",
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
  references: "Referenslinjer",
  refSweden: "Riket",
  refGroup: "Kommungruppens median (beräknat)",
  refHint:
    "Riket är Koladas eget värde. Medianen räknar appen för varje år ur alla kommuner i landet i de markerade kommunernas kommungrupp 2017, en linje per kommungrupp.",
  refNoSweden: "Källan har inget värde för riket för den här indikatorn.",
  refTotals: "Riket visas inte för antal: det är en summa.",
  refNoNational:
    "Kommungruppens median finns bara för Koladas nyckeltal med värden för hela landet.",
  refChooseKommun:
    "Markera en kommun för att se medianen för dess kommungrupp.",
  medianLabel: "Median {{code}} (beräknat)",
  medianLoading: "Hämtar värden för alla kommuner i landet …",
  medianNote:
    "Median {{code}} (beräknat): medianen av de {{total}} kommunerna i landet i kommungrupp 2017 {{code}} {{name}} (SKR), där {{members}} ingår.",
  medianRule:
    "Medianen räknas av appen för varje år ur Koladas värden; ett år där färre än hälften av gruppens kommuner har värde är ett glapp, inte noll.",
  medianHow:
    "Median av {{count}} av {{total}} kommuners värden i Kolada, kommungrupp 2017 {{code}} {{name}}, beräknad av appen",
  medianTooFew: "för få värden ({{count}} av {{total}} kommuner)",
  summaryMedian:
    "medianen i kommungrupp {{code}} ({{name}}) var {{value}} {{year}} (beräknat)",
  tableNoteMedian:
    "Kolumnerna Median är beräknade av appen ur Koladas värden för alla kommuner i kommungruppen.",
  coverageCounty:
    "Länet visas. Ett år utan värde är ett glapp i linjen, inte noll.",
} as const;

export const trendsEn = {
  heading: "Trends",
  intro:
    "How a key figure has changed over the years: every municipality in grey, the county and Sweden, and the municipalities you select in colour.",
  indicator: "Indicator",
  show: "Sex",
  groupAll: "Total",
  groupWomen: "Women",
  groupMen: "Men",
  groupBoth: "Women and men separately",
  groupHint: {
    all: "Shows women and men together: one line per municipality.",
    k: "Shows women only: one line per municipality.",
    m: "Shows men only: one line per municipality.",
    kon: "Shows women and men separately: two lines per municipality, women with filled round markers and men with hollow squares. The grey lines for every municipality are then not shown.",
  },
  women: "women",
  men: "men",
  noneSelected: "Select municipalities to see their lines.",
  noneSelectedContext:
    "The grey lines are the county's municipalities. Select a municipality to bring it forward.",
  title: "{{label}}, {{years}}",
  subtitle: "{{unit}}, {{years}}",
  coverage:
    "{{count}} of {{total}} selected municipalities have values. A year without a value is a gap in the line, not zero.",
  coverageNone:
    "The county and Sweden are shown. A year without a value is a gap in the line, not zero.",
  coverageContext:
    "Values for {{count}} of {{total}} municipalities. A year without a value is a gap in the line, not zero.",
  summaryChange:
    "{{name}} went from {{from}} in {{fromYear}} to {{to}} in {{toYear}}",
  summaryLatest: "{{name}} had {{value}} in {{year}}",
  summarySpread:
    "in {{year}} the municipalities ranged from {{low}} ({{lowNames}}) to {{high}} ({{highNames}})",
  summarySpreadSome:
    "in {{year}} the {{count}} municipalities with a value ranged from {{low}} ({{lowNames}}) to {{high}} ({{highNames}})",
  summaryNoValues: "{{name}} has no values",
  summaryCounty: "the county",
  summarySweden: "Sweden",
  summaryGaps:
    "years without a value are gaps in the line for {{names}}, not zero",
  summaryTotals:
    "the county and Sweden are not shown, as they are totals and cannot be compared with a municipality",
  referencesHidden:
    "The county and Sweden are not shown: for counts they are totals and not comparable with a municipality.",
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
  references: "Reference lines",
  refSweden: "Sweden",
  refGroup: "Median of the municipality group (computed)",
  refHint:
    "Sweden is Kolada's own value. The app computes the median for each year from all municipalities in Sweden in the selected municipalities' municipality group 2017, one line per group.",
  refNoSweden: "The source has no value for Sweden for this indicator.",
  refTotals: "Sweden is not shown for counts: it is a total.",
  refNoNational:
    "The group median is only available for Kolada key figures with values for all of Sweden.",
  refChooseKommun:
    "Select a municipality to see the median of its municipality group.",
  medianLabel: "Median {{code}} (computed)",
  medianLoading: "Loading the values of every municipality in Sweden …",
  medianNote:
    "Median {{code}} (computed): the median of the {{total}} municipalities in Sweden in the municipality group 2017 {{code}} {{name}} (SKR), which includes {{members}}.",
  medianRule:
    "The median is computed by the app for each year from Kolada's values; a year in which fewer than half of the group's municipalities have a value is a gap, not zero.",
  medianHow:
    "Median of {{count}} of {{total}} municipalities' values in Kolada, municipality group 2017 {{code}} {{name}}, computed by the app",
  medianTooFew: "too few values ({{count}} of {{total}} municipalities)",
  summaryMedian:
    "the median of municipality group {{code}} ({{name}}) was {{value}} in {{year}} (computed)",
  tableNoteMedian:
    "The Median columns are computed by the app from Kolada's values for every municipality in the group.",
  coverageCounty:
    "The county is shown. A year without a value is a gap in the line, not zero.",
} as const satisfies Widen<typeof trendsSv>;

registerMessages("trends", trendsSv, trendsEn);
