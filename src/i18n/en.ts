/** English UI messages. `satisfies Messages`: a missing or extra key is a compile error. */
import type { Messages } from "./messages";
import { overviewEn } from "./views/overview";
import { profileEn } from "./views/profile";
import { fundingEn } from "./views/funding";
import { needsEn } from "./views/needs";
import { mapEn } from "./views/map";
import { trendsEn } from "./views/trends";

export const en = {
  app: {
    title: "Mental health in Stockholm County",
    tagline:
      "Compare the county's 26 kommuner on mental ill-health, needs and state stimulus funds",
    skipLink: "Skip to content",
    language: "Language",
    switchTo: "Svenska",
    switchToLabel: "Byt till svenska",
    nav: "Views",
    footer:
      "The figures come from public sources named with every chart. No data is sent anywhere.",
  },
  views: {
    compare: "Compare kommuner",
    sources: "Data and sources",
    overview: "Overview",
    profile: "Kommun profile",
    funding: "Funding",
    needs: "Needs and resources",
    map: "Map",
    trends: "Trends",
  },
  urlNotice: {
    unknownScale:
      'There is no colour scale "{{value}}". Showing a sequential scale.',
    title: "Part of the link could not be used",
    dismiss: "Close",
    unknownView: 'There is no view "{{value}}". Showing the Overview.',
    unknownIndicator:
      'There is no indicator "{{value}}". Showing {{fallback}}.',
    unknownPeriod:
      'The period "{{value}}" does not exist for this indicator. Showing {{fallback}}.',
    unknownKommun:
      '"{{value}}" is not a kommun code in Stockholm County and was removed.',
    unknownMode: 'There is no display mode "{{value}}". Showing {{fallback}}.',
    unknownLanguage: 'There is no language "{{value}}". Showing Swedish.',
    unknownBreakdown:
      'The group "{{value}}" does not exist for this indicator. Showing all.',
    unknownSort: 'There is no sort order "{{value}}". Sorting by value.',
    unknownParameter:
      'The parameter "{{value}}" is not recognised and was ignored.',
  },
  themes: {
    diagnoses: "Mental ill-health and diagnoses",
    "unmet-needs": "Needs and risk factors",
    funding: "Funding and spending",
    population: "Population",
  },
  compare: {
    summaryAllEqual: "All {{count}} kommuner: {{value}}.",
    summaryHighLow:
      "Highest: {{high}} ({{highValue}}). Lowest: {{low}} ({{lowValue}}).",
    summaryCounty: "County: {{value}}.",
    summaryCountyTotal: "County total: {{value}}.",
    summaryRangeOnly:
      "The source gives only the county value and the span between the kommuner ({{range}}), not each kommun's value.",
    notComparable:
      'The indicator "{{value}}" only has a value for the whole county and cannot be compared between kommuner. Showing {{fallback}}.',
    women: "women",
    indicator: "Indicator",
    period: "Year",
    breakdown: "Group",
    breakdownAll: "All",
    mode: "Show",
    modeAbsolute: "Total",
    modePerCapita: "Per inhabitant",
    sort: "Order",
    sortValue: "By value",
    sortName: "Alphabetical",
    kommuner: "Highlight kommuner",
    kommunerHint: "Type to search, choose with Enter",
    remove: "Remove {{name}}",
    clear: "Clear highlight",
    noMatch: "No kommun matches",
    showTable: "Show table",
    showChart: "Show chart",
    perCapitaSubtitle:
      "SEK per inhabitant, {{period}}, population 31 Dec {{populationPeriod}}",
    countyOnly:
      "The source gives only a value for the whole county for this indicator, so the kommuner cannot be compared.",
    missingTitle: "Kommuner without a value ({{count}})",
    titleSelected: "{{name}}: {{value}} in {{period}}, rank {{rank}} of {{n}}",
    titleDefault: "{{label}} {{period}}",
  },
  chart: {
    allKommuner: "All {{count}} kommuner",
    county: "County",
    sweden: "Sweden",
    coverage: "Value for {{count}} of {{total}} kommuner",
    source: "Source",
    version: "Data version",
    derived: "calculated",
    derivedPerCapita:
      "Calculated: {{value}} divided by the population {{population}} ({{populationPeriod}}).",
    missing: "no data",
    rangeOnly: "between {{low}} and {{high}}",
    estimated: "about",
    about: "About the figures",
    definition: "Definition",
    denominator: "Denominator",
    polarity: "Direction",
    higherBetter: "A higher value is better",
    higherWorse: "A higher value is worse",
    neutral: "Neither a higher nor a lower value is better in itself",
    loading: "Loading figures …",
    empty: "There are no values to show for this choice.",
    errorTitle: "The figures could not be shown",
    retry: "Try again",
    selected: "highlighted",
    rank: "Rank",
    kommun: "Kommun",
    value: "Value",
    status: "Status",
    note: "Note",
    tableCaption: "{{label}}, {{period}}",
    sortBy: "Sort by {{column}}",
    unit: "Unit",
    kolada: "Kolada id",
  },
  status: {
    reported: "reported",
    estimated: "approximate value",
    "range-only": "only a range in the source",
    missing: "no data",
    suppressed: "suppressed",
    "no-row": "no data",
  },
  units: {
    kr: "SEK",
    "kr-per-inhabitant": "SEK per inhabitant",
    mnkr: "SEK million",
    percent: "per cent",
    "percent-change": "per cent change",
    "per-1000": "per 1,000 inhabitants",
    "per-100000": "per 100,000 inhabitants",
    count: "number",
    days: "days",
    posts: "posts",
  },
  sources: {
    heading: "Data and sources",
    intro:
      "Every figure in the tool comes from the datasets listed here. A published version never changes; a correction becomes a new version. The checksum (SHA-256) is verified every time a file is read.",
    exportHeading: "All data in one file",
    exportText:
      "A CSV file with every observation in the latest version of every dataset (dot as decimal separator, empty field where a value is missing).",
    exportButton: "Download all observations (CSV)",
    exportPreparing: "Preparing the file …",
    versions: "Versions",
    version: "Version",
    published: "Published",
    note: "Change",
    checksum: "SHA-256",
    size: "Size",
    file: "File",
    download: "Download",
    sourcesHeading: "Sources",
    contents: "Datasets",
    licence: "Licence",
    kind: "Content",
    bytes: "{{size}} bytes",
  },
  errors: {
    heading: "The dataset {{dataset}} could not be read",
    where: "File {{file}}, version {{version}}",
    line: "line {{line}}",
    field: "field {{field}}",
    unexpected: "An unexpected error occurred: {{message}}",
    problems: {
      "not-in-manifest":
        "The dataset is not listed in the manifest (manifest.json).",
      "version-not-found": "The requested version is not published.",
      "wrong-kind":
        "The dataset does not hold the kind of content this view needs.",
      fetch:
        "The file could not be fetched. Check the network and that the file is on the server.",
      size: "The file's size does not match the manifest.",
      checksum:
        "The file's checksum does not match the manifest. The file was changed after publication and is therefore not shown.",
      encoding: "The file is not valid UTF-8 text.",
      json: "The file is not valid JSON.",
      csv: "The file is not valid CSV.",
      header: "The header row is not the expected one.",
      "field-count": "The line has the wrong number of fields.",
      "area-code": "Invalid area code (four digits, 01 or 00).",
      identifier: "Invalid identifier.",
      period: "Invalid period (a year like 2017 or a span like 2013-2016).",
      number: "Not a number (dot as decimal separator, no spaces).",
      status: "Unknown status.",
      "status-value":
        "Status and value disagree (a value needs status reported or approximate).",
      range: "A range needs lowest ≤ highest value.",
      required: "A required field is empty.",
      "unknown-source":
        "The source reference is not among the dataset's sources.",
      duplicate: "The same area, indicator, group and period occur twice.",
      "file-name": "The file name does not follow <dataset>.v<N>.<format>.",
      schema: "The content does not follow the expected format.",
    },
  },
  overview: overviewEn,
  profile: profileEn,
  funding: fundingEn,
  needs: needsEn,
  map: mapEn,
  trends: trendsEn,
  kinds: {
    areas: "Areas",
    indicators: "Indicators",
    observations: "Observations",
  },
} as const satisfies Messages;
