/** Swedish UI messages: the reference language. en.ts must have exactly the same keys. */
import { svChart } from "./sv/chart";
import { svCounterpart } from "./sv/counterpart";
import { svErrors } from "./sv/errors";
import { svExport } from "./sv/export";

export const sv = {
  app: {
    title: "Psykisk hälsa i Stockholms län",
    tagline:
      "Jämför länets 26 kommuner på psykisk ohälsa, behov och statliga stimulansmedel",
    skipLink: "Hoppa till innehållet",
    language: "Språk",
    switchTo: "English",
    switchToLabel: "Switch to English",
    nav: "Vyer",
    footer:
      "Uppgifterna kommer från offentliga källor som anges vid varje diagram. Inga uppgifter skickas någonstans.",
  },
  views: {
    compare: "Jämför kommuner",
    sources: "Data och källor",
    overview: "Översikt",
    profile: "Kommunprofil",
    funding: "Finansiering",
    needs: "Behov och resurser",
    map: "Karta",
    trends: "Trender",
    import: "Importera",
    presentation: "Presentation",
    accessibility: "Tillgänglighetsredogörelse",
    report: "Kommunrapport",
    regions: "Län och regioner",
  },
  pins: {
    title: "Fastlåsta dataversioner",
    text: "Länken visar {{list}} i stället för den senaste versionen. Övriga dataset visas i sin senaste version.",
    showLatest: "Visa senaste versionerna",
    unpublished:
      "Version {{version}} av {{id}} är inte publicerad (publicerade: {{published}}), så diagram med det datasetet kan inte visas. Välj ”Visa senaste versionerna”.",
  },
  urlNotice: {
    unknownScale: 'Färgskalan "{{value}}" finns inte. Visar en stigande skala.',
    unknownLayout: 'Kartformen "{{value}}" finns inte. Visar kartan.',
    unknownVersion:
      'Versionsangivelsen "{{value}}" kunde inte läsas (skrivs dataset@version, till exempel kolada-behov@1). Visar senaste versionen.',
    title: "En del av länken kunde inte användas",
    dismiss: "Stäng",
    unknownView: 'Vyn "{{value}}" finns inte. Visar Översikt.',
    unknownIndicator: 'Indikatorn "{{value}}" finns inte. Visar {{fallback}}.',
    unknownPeriod:
      'Perioden "{{value}}" finns inte för indikatorn. Visar {{fallback}}.',
    unknownKommun:
      'Kommunkoden "{{value}}" finns inte i Stockholms län och togs bort.',
    unknownMode: 'Visningssättet "{{value}}" finns inte. Visar {{fallback}}.',
    defaultMode: "vyns förvalda visningssätt",
    unknownLanguage: 'Språket "{{value}}" finns inte. Visar svenska.',
    unknownBreakdown:
      'Uppdelningen "{{value}}" finns inte för indikatorn. Visar alla.',
    unknownSort: 'Sorteringen "{{value}}" finns inte. Sorterar efter värde.',
    unknownReference:
      'Jämförelsen "{{value}}" finns inte. Jämför med länets kommuner.',
    unknownLine: 'Referenslinjen "{{value}}" finns inte och visas inte.',
    unknownTable:
      'Finansiering har ingen tabell "{{value}}". Övriga tabeller visas som angivet.',
    unknownParameter:
      'Parametern "{{value}}" känns inte igen och används inte.',
    malformedIndicator:
      'Indikatorn "{{value}}" kan inte läsas (fel tecken). Visar {{fallback}}.',
    malformedPeriod:
      'Perioden "{{value}}" kan inte läsas (skrivs till exempel 2023). Visar {{fallback}}.',
    malformedIndicatorUnused:
      'Indikatorn "{{value}}" kan inte läsas (fel tecken) och används inte.',
    malformedPeriodUnused:
      'Perioden "{{value}}" kan inte läsas (skrivs till exempel 2023) och används inte.',
    tooManyVersions:
      "Länken anger {{n}} dataversioner. Bara de första {{max}} lästes; övriga dataset visas i sin senaste version.",
    moreNotices: "… och {{n}} till av samma slag.",
    unknownDataset:
      'Datasetet "{{value}}" finns inte, så versionsangivelsen används inte.',
  },
  themes: {
    diagnoses: "Psykisk ohälsa och diagnoser",
    "sick-leave": "Sjukfrånvaro (alla orsaker)",
    "unmet-needs": "Behov och riskfaktorer",
    funding: "Finansiering och kostnader",
    population: "Befolkning",
    "own-data": "Egen data",
  },
  compare: {
    reference: "Jämför med",
    refCounty: "Länets kommuner",
    refGroup: "Liknande kommuner i landet",
    refSweden: "Alla kommuner i landet",
    refNoData:
      "För {{label}} finns inga värden för landets kommuner (ur Kolada eller en importerad fil). Jämför med länets kommuner.",
    refPerCapita:
      "Värden för hela landet finns bara som Kolada redovisar dem, inte omräknade per invånare. Välj visningssättet utan per invånare.",
    refChooseKommun:
      "Markera en kommun för att jämföra den med liknande kommuner (dess kommungrupp 2017).",
    notComparable:
      'Indikatorn "{{value}}" har bara ett värde för hela länet och kan inte jämföras mellan kommuner. Visar {{fallback}}.',
    women: "kvinnor",
    indicator: "Indikator",
    period: "År",
    breakdown: "Grupp",
    breakdownAll: "Alla",
    mode: "Visa",
    modeAbsolute: "Totalt",
    modePerCapita: "Per invånare",
    sort: "Ordning",
    sortValue: "Efter värde",
    sortName: "Alfabetisk",
    kommuner: "Markera kommuner",
    kommunerHint: "Skriv för att söka, välj med Enter",
    remove: "Ta bort {{name}}",
    clear: "Rensa markering",
    noMatch: "Ingen kommun matchar",
    perCapitaSubtitle:
      "kr per invånare, {{period}}, befolkning {{populationPeriod}}",
    countyOnly:
      "Källan ger bara ett värde för hela länet för den här indikatorn, så kommunerna kan inte jämföras.",
    titleSelected: "{{name}}: {{value}} {{period}}, {{rank}}",
    titleDefault: "{{label}} {{period}}",
    titleSelectedPerCapita:
      "{{name}}: {{value}} per invånare {{period}}, {{rank}}",
    rank: "plats {{rank}} av {{n}}",
    rankShared: "delad plats {{rank}} av {{n}}",
    rankAll: "samma som alla {{n}} kommuner",
    titleDefaultPerCapita: "{{label}} per invånare {{period}}",
  },
  chart: svChart,
  counterpart: svCounterpart,
  status: {
    reported: "redovisat",
    estimated: "ungefärligt värde",
    "range-only": "bara intervall i källan",
    missing: "uppgift saknas",
    suppressed: "sekretess",
    "no-row": "uppgift saknas",
  },
  units: {
    kr: "kr",
    "kr-per-inhabitant": "kr per invånare",
    mnkr: "miljoner kr",
    percent: "procent",
    "percent-change": "procentuell förändring",
    "per-1000": "per 1 000 invånare",
    "per-100000": "per 100 000 invånare",
    count: "antal",
    days: "dagar",
    months: "månader",
    posts: "tjänster",
    number: "tal",
  },
  errors: svErrors,
  kinds: {
    areas: "Områden",
    indicators: "Indikatorer",
    observations: "Observationer",
    groups: "Grupper av områden",
  },
  export: svExport,
  pwa: {
    title: "En ny version av verktyget finns",
    text: "Uppdatera för att använda den. Det du har öppet nu laddas om.",
    update: "Uppdatera",
    later: "Senare",
  },
} as const;
