/** English UI messages. `satisfies Messages`: a missing or extra key is a compile error. */
import type { Messages } from "./messages";
import { enChart } from "./en/chart";
import { enCounterpart } from "./en/counterpart";
import { enErrors } from "./en/errors";
import { enExport } from "./en/export";

export const en = {
  app: {
    title: "Mental health in Stockholm County",
    tagline:
      "Compare the county's 26 municipalities on mental ill-health, needs and state stimulus funds",
    skipLink: "Skip to content",
    language: "Language",
    switchTo: "Svenska",
    switchToLabel: "Byt till svenska",
    nav: "Views",
    footer:
      "The figures come from public sources named with every chart. No data is sent anywhere.",
  },
  views: {
    compare: "Compare municipalities",
    sources: "Sources",
    overview: "Overview",
    profile: "Municipality profile",
    funding: "Funding",
    needs: "Needs and resources",
    map: "Map",
    trends: "Trends",
    import: "Import",
    presentation: "Presentation",
    accessibility: "Accessibility statement",
    report: "Municipality report",
    regions: "Counties and regions",
  },
  pins: {
    title: "Pinned dataset versions",
    text: "This link shows {{list}} instead of the latest version. Other datasets are shown in their latest version.",
    showLatest: "Show the latest versions",
    unpublished:
      "Version {{version}} of {{id}} has not been published (published: {{published}}), so charts from that dataset cannot be shown. Choose “Show the latest versions”.",
  },
  urlNotice: {
    unknownVersion:
      'The version "{{value}}" could not be read (written dataset@version, for example kolada-behov@1). Showing the latest version.',
    unknownLayout: 'There is no map form "{{value}}". Showing the map.',
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
      '"{{value}}" is not a municipality code in Stockholm County and was removed.',
    unknownMode: 'There is no display mode "{{value}}". Showing {{fallback}}.',
    defaultMode: "the view's default",
    unknownLanguage: 'There is no language "{{value}}". Showing Swedish.',
    unknownBreakdown:
      'The group "{{value}}" does not exist for this indicator. Showing all.',
    unknownSort: 'There is no sort order "{{value}}". Sorting by value.',
    unknownReference:
      'There is no comparison "{{value}}". Comparing with the county\'s municipalities.',
    unknownLine: 'There is no reference line "{{value}}"; it is not shown.',
    unknownTable:
      'Funding has no table "{{value}}". The other tables are shown as given.',
    unknownParameter:
      'The parameter "{{value}}" is not recognised and was ignored.',
    malformedIndicator:
      'The indicator "{{value}}" cannot be read (wrong characters). Showing {{fallback}}.',
    malformedPeriod:
      'The period "{{value}}" cannot be read (written as, for example, 2023). Showing {{fallback}}.',
    malformedIndicatorUnused:
      'The indicator "{{value}}" cannot be read (wrong characters) and is not used.',
    malformedPeriodUnused:
      'The period "{{value}}" cannot be read (written as, for example, 2023) and is not used.',
    tooManyVersions:
      "The link names {{n}} data versions. Only the first {{max}} were read; other datasets show their latest version.",
    moreNotices: "… and {{n}} more of the same kind.",
    unknownDataset:
      'There is no dataset "{{value}}", so its version is not used.',
  },
  themes: {
    diagnoses: "Mental ill-health and diagnoses",
    "sick-leave": "Sickness absence (all causes)",
    "unmet-needs": "Needs and risk factors",
    funding: "Funding and spending",
    population: "Population",
    "own-data": "Your own data",
  },
  compare: {
    reference: "Compare with",
    refCounty: "The county's municipalities",
    refGroup: "Similar municipalities in Sweden",
    refSweden: "All municipalities in Sweden",
    refNoData:
      "{{label}} has no values for Sweden's municipalities (from Kolada or an imported file). Compare with the county's municipalities.",
    refPerCapita:
      "Values for all of Sweden exist only as Kolada reports them, not per inhabitant. Choose the view without per inhabitant.",
    refChooseKommun:
      "Select a municipality to compare it with similar municipalities (its municipality group 2017).",
    notComparable:
      'The indicator "{{value}}" only has a value for the whole county and cannot be compared between municipalities. Showing {{fallback}}.',
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
    kommuner: "Highlight municipalities",
    kommunerHint: "Type to search, choose with Enter",
    remove: "Remove {{name}}",
    clear: "Clear highlight",
    noMatch: "No municipality matches",
    perCapitaSubtitle:
      "SEK per inhabitant, {{period}}, population {{populationPeriod}}",
    countyOnly:
      "The source gives only a value for the whole county for this indicator, so the municipalities cannot be compared.",
    titleSelected: "{{name}}: {{value}} in {{period}}, {{rank}}",
    titleDefault: "{{label}} {{period}}",
    titleSelectedPerCapita:
      "{{name}}: {{value}} per inhabitant in {{period}}, {{rank}}",
    rank: "rank {{rank}} of {{n}}",
    rankShared: "joint rank {{rank}} of {{n}}",
    rankAll: "the same as all {{n}} municipalities",
    titleDefaultPerCapita: "{{label}} per inhabitant {{period}}",
  },
  chart: enChart,
  counterpart: enCounterpart,
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
    months: "months",
    posts: "posts",
    number: "number",
  },
  errors: enErrors,
  kinds: {
    areas: "Areas",
    indicators: "Indicators",
    observations: "Observations",
    groups: "Groups of areas",
  },
  export: enExport,
  pwa: {
    title: "A new version of the tool is available",
    text: "Update to use it. What you have open now will reload.",
    update: "Update",
    later: "Later",
  },
} as const satisfies Messages;
