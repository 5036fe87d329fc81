/** Messages of the Funding view (sv is the reference; en must have the same keys). */
import { registerMessages } from "../i18n";
import type { Widen } from "../widen";

export const fundingSv = {
  heading: "Finansiering",
  lead: "Hur de statliga medlen för psykisk hälsa har fördelats i länet: överenskommelserna per år, stimulansmedlen per kommun 2018 och hur Botkyrka planerade och redovisade sina medel 2020.",
  derived: "beräknat",
  region: "Region Stockholm (2018: landstinget)",
  regionShort: "Region",
  kommuner: "Kommunerna",
  kommunerShort: "Kommuner",
  lansgemensamt: "Länsgemensamt",
  agreementsTitle:
    "Statens medel till länet enligt överenskommelserna: {{years}}",
  agreementsSubtitle:
    "miljoner kr per överenskommelseår och mottagare, summa av tabellens rader",
  summaryMaxMin:
    "störst belopp var {{maxYear}}, {{maxValue}}, och minst {{minYear}}, {{minValue}}",
  summaryOneYear: "{{year}}: {{value}}",
  summarySplit: "{{year}} gick {{parts}}",
  summaryPart: "{{value}} till {{recipient}}",
  summaryRegion: "regionen",
  summaryKommuner: "kommunerna",
  summaryLansgemensamt: "länsgemensamma insatser",
  summarySums: "summorna är beräknade från källans tabellrader",
  summaryInferred: "mottagaren är delvis tolkad {{years}}",
  barLabel: "{{year}}: totalt {{total}} (beräknat); {{parts}}",
  caveat2023:
    "Fördelningen på mottagare 2023 är delvis tolkad, se anmärkning: textversionen av källans tabell har tappat kolumnerna, så för rader med ett enda belopp är mottagaren vald av den som skrev av tabellen. Beloppen per område är säkra.",
  statedMillions: "{{value}} miljoner kr",
  statedHeading: "Källans totalbelopp jämfört med tabellens rader",
  statedSame:
    "{{year}}: raderna summerar till {{sum}} (beräknat); texten anger {{stated}} – samma belopp.",
  statedRounded:
    "{{year}}: raderna summerar till {{sum}} (beräknat); texten anger {{stated}}. Skillnaden {{difference}} beror på att texten avrundar till hela miljoner.",
  statedDiffers:
    "{{year}}: raderna summerar till {{sum}} (beräknat); texten anger {{stated}}. Det skiljer {{difference}}.",
  statedMissing:
    "{{year}}: raderna summerar till {{sum}} (beräknat); källan anger inget totalbelopp.",
  colYear: "År",
  colArea: "Område",
  colRecipient: "Mottagare",
  colAmount: "Belopp",
  colNote: "Anmärkning",
  colSource: "Källa",
  rowSum: "Summa av raderna (beräknat)",
  statedTotal: "Totalbelopp enligt källans text",
  inferred: "mottagaren tolkad",
  jointTitle: "Den länsgemensamma satsningen {{from}}–{{to}}",
  jointSubtitle: "kr per år, avsatt ur de statliga stimulansmedlen",
  jointSummary: "Från {{first}} ({{firstYear}}) till {{last}} ({{lastYear}}).",
  stimulusTitleKr:
    "Stockholm fick {{share}} av kommunernas stimulansmedel {{period}}",
  stimulusTitleGeneric: "Stimulansmedel per kommun {{period}}",
  stimulusTitlePerCapitaEqual:
    "Alla {{count}} kommuner fick {{value}} per invånare {{period}}",
  stimulusSubtitleKr: "kr, {{period}}, sammanlagt {{total}}",
  stimulusSubtitlePerCapita:
    "kr per invånare (beräknat), {{period}}, befolkning {{populationPeriod}}",
  groupHeading: "{{group}} – redovisat {{reported}} (källans delsumma)",
  mode: "Visa",
  modeAbsolute: "Kronor",
  modePerCapita: "Kronor per invånare",
  coverage: "Värde för {{count}} av {{total}} kommuner",
  expectedTitleWithin:
    "Fördelningen {{period}} följde befolkningen: alla kommuner inom ±{{limit}}",
  expectedTitleGeneric:
    "Tilldelat {{period}} jämfört med kommunens andel av befolkningen",
  expectedSubtitle:
    "kr; förväntat = {{total}} × kommunens folkmängd {{populationPeriod}} / de 26 kommunernas folkmängd {{populationSum}} (beräknat)",
  expectedSummary:
    "Största avvikelse: {{name}}, {{amount}} ({{percent}}). Avvikelserna är mindre än en krona och beror på avrundning till hela kronor.",
  expectedSummaryLarge:
    "Största avvikelse: {{name}}, {{amount}} ({{percent}}).",
  expectedRule: "Fördelningsregeln enligt källan",
  expectedRulePopulation:
    "”Medlen är fördelade utifrån befolkningens mängd.” ({{source}})",
  expectedRuleYouth:
    "”Ungdomsmottagningens medel är fördelade på andelen barn och unga 0–25 i respektive upptagningsområde.” ({{source}}, om 2023 års medel)",
  expectedA: "Förväntat efter befolkning (beräknat)",
  expectedB: "Tilldelat enligt källan",
  colKommun: "Kommun",
  colActual: "Tilldelat",
  colPopulation: "Folkmängd {{period}}",
  colExpected: "Förväntat (beräknat)",
  colDeviationKr: "Avvikelse kr (beräknat)",
  colDeviationPct: "Avvikelse % (beräknat)",
  sumRow: "Summa 26 kommuner",
  planTitle:
    "{{name}} {{period}}: redovisade {{reported}}, planerade {{planned}}",
  planSubtitle:
    "kr per målgrupp och aktivitet; skillnad = redovisat − planerat (beräknat)",
  planSummary:
    "Redovisat är {{difference}} mer än planerat. Redovisad summa: {{reported}} – summa av källans {{count}} delsummor, beräknat (källan anger ingen totalsumma). Planerat: {{planned}} enligt planens rad ”Fördelade medel”.",
  planSummaryLess:
    "Redovisat är {{difference}} mindre än planerat. Redovisad summa: {{reported}} – summa av källans {{count}} delsummor, beräknat (källan anger ingen totalsumma). Planerat: {{planned}} enligt planens rad ”Fördelade medel”.",
  planA: "Planerat",
  planB: "Redovisat",
  planOnlyPlanned: "bara i planen",
  planOnlyReported: "bara i redovisningen",
  planOnlyHeading: "Aktiviteter som bara finns i den ena källan",
  planOnlyPlannedList: "Bara i planen: {{items}}.",
  planOnlyReportedList: "Bara i redovisningen: {{items}}.",
  colActivity: "Aktivitet",
  colPlanned: "Planerat",
  colReported: "Redovisat",
  colDifference: "Skillnad (beräknat)",
  groupSubtotal: "Delsumma {{group}}",
  groupSubtotalNote:
    "redovisat: källans delsumma; planerat: summa av aktiviteterna (beräknat)",
  total: "Totalt",
  totalNote:
    "planerat: planens rad ”Fördelade medel”; redovisat: summa av källans {{count}} delsummor, beräknat",
  planSources: "Källor: planerat – {{planned}}; redovisat – {{reported}}",
  noPlanReport:
    "Ingen kommun har både planerad och redovisad användning i datan.",
  noPerCapitaRule:
    "Stimulansmedlen per invånare kan inte visas: katalogen säger inte vilken folkmängd de ska delas med.",
} as const;

export const fundingEn = {
  heading: "Funding",
  lead: "How the state's mental-health funds were allocated in the county: the agreements by year, the stimulus funds per municipality in 2018, and how Botkyrka planned and reported its funds in 2020.",
  derived: "calculated",
  region: "Region Stockholm (2018: the county council)",
  regionShort: "Region",
  kommuner: "The municipalities",
  kommunerShort: "Municipalities",
  lansgemensamt: "Joint county efforts",
  agreementsTitle: "State funds to the county under the agreements: {{years}}",
  agreementsSubtitle:
    "SEK million per agreement year and recipient, sum of the table's rows",
  summaryMaxMin:
    "the largest amount was in {{maxYear}}, {{maxValue}}, and the smallest in {{minYear}}, {{minValue}}",
  summaryOneYear: "{{year}}: {{value}}",
  summarySplit: "in {{year}} the funds went {{parts}}",
  summaryPart: "{{value}} to {{recipient}}",
  summaryRegion: "the region",
  summaryKommuner: "the municipalities",
  summaryLansgemensamt: "joint county efforts",
  summarySums: "the sums are calculated from the source's table rows",
  summaryInferred: "the recipient is partly inferred in {{years}}",
  barLabel: "{{year}}: {{total}} in total (calculated); {{parts}}",
  caveat2023:
    "The split by recipient for 2023 is partly interpreted, see note: the text version of the source's table lost its columns, so for rows with a single amount the recipient was chosen by the transcriber. The amounts per area are certain.",
  statedMillions: "SEK {{value}} million",
  statedHeading: "The source's stated totals compared with the table's rows",
  statedSame:
    "{{year}}: the rows add up to {{sum}} (calculated); the text states {{stated}} – the same amount.",
  statedRounded:
    "{{year}}: the rows add up to {{sum}} (calculated); the text states {{stated}}. The difference of {{difference}} is because the text rounds to whole millions.",
  statedDiffers:
    "{{year}}: the rows add up to {{sum}} (calculated); the text states {{stated}}. They differ by {{difference}}.",
  statedMissing:
    "{{year}}: the rows add up to {{sum}} (calculated); the source states no total.",
  colYear: "Year",
  colArea: "Area",
  colRecipient: "Recipient",
  colAmount: "Amount",
  colNote: "Note",
  colSource: "Source",
  rowSum: "Sum of the rows (calculated)",
  statedTotal: "Total as stated in the source's text",
  inferred: "recipient interpreted",
  jointTitle: "The joint county effort {{from}}–{{to}}",
  jointSubtitle: "SEK per year, set aside from the state stimulus funds",
  jointSummary: "From {{first}} ({{firstYear}}) to {{last}} ({{lastYear}}).",
  stimulusTitleKr:
    "Stockholm received {{share}} of the municipalities' stimulus funds in {{period}}",
  stimulusTitleGeneric: "Stimulus funds per municipality {{period}}",
  stimulusTitlePerCapitaEqual:
    "All {{count}} municipalities received {{value}} per inhabitant in {{period}}",
  stimulusSubtitleKr: "SEK, {{period}}, {{total}} in total",
  stimulusSubtitlePerCapita:
    "SEK per inhabitant (calculated), {{period}}, population {{populationPeriod}}",
  groupHeading: "{{group}} – reported {{reported}} (the source's subtotal)",
  mode: "Show",
  modeAbsolute: "SEK",
  modePerCapita: "SEK per inhabitant",
  coverage: "Values for {{count}} of {{total}} municipalities",
  expectedTitleWithin:
    "The {{period}} allocation followed population: every municipality within ±{{limit}}",
  expectedTitleGeneric:
    "Allocated in {{period}} compared with the municipality's share of the population",
  expectedSubtitle:
    "SEK; expected = {{total}} × the municipality's population {{populationPeriod}} / the 26 municipalities' population {{populationSum}} (calculated)",
  expectedSummary:
    "Largest deviation: {{name}}, {{amount}} ({{percent}}). The deviations are less than one krona and come from rounding to whole kronor.",
  expectedSummaryLarge:
    "Largest deviation: {{name}}, {{amount}} ({{percent}}).",
  expectedRule: "The distribution rule stated in the source",
  expectedRulePopulation:
    "“The funds are distributed according to the size of the population.” ({{source}})",
  expectedRuleYouth:
    "“The youth clinics' funds are distributed by the share of children and young people aged 0–25 in each catchment area.” ({{source}}, on the 2023 funds)",
  expectedA: "Expected by population (calculated)",
  expectedB: "Allocated according to the source",
  colKommun: "Municipality",
  colActual: "Allocated",
  colPopulation: "Population {{period}}",
  colExpected: "Expected (calculated)",
  colDeviationKr: "Deviation SEK (calculated)",
  colDeviationPct: "Deviation % (calculated)",
  sumRow: "Total of the 26 municipalities",
  planTitle: "{{name}} {{period}}: reported {{reported}}, planned {{planned}}",
  planSubtitle:
    "SEK per target group and activity; difference = reported − planned (calculated)",
  planSummary:
    "Reported use is {{difference}} more than planned. Reported total: {{reported}} – the sum of the source's {{count}} subtotals, calculated (the source states no total). Planned: {{planned}} from the plan's row “Fördelade medel”.",
  planSummaryLess:
    "Reported use is {{difference}} less than planned. Reported total: {{reported}} – the sum of the source's {{count}} subtotals, calculated (the source states no total). Planned: {{planned}} from the plan's row “Fördelade medel”.",
  planA: "Planned",
  planB: "Reported",
  planOnlyPlanned: "only in the plan",
  planOnlyReported: "only in the report",
  planOnlyHeading: "Activities found in only one of the sources",
  planOnlyPlannedList: "Only in the plan: {{items}}.",
  planOnlyReportedList: "Only in the report: {{items}}.",
  colActivity: "Activity",
  colPlanned: "Planned",
  colReported: "Reported",
  colDifference: "Difference (calculated)",
  groupSubtotal: "Subtotal {{group}}",
  groupSubtotalNote:
    "reported: the source's subtotal; planned: sum of the activities (calculated)",
  total: "Total",
  totalNote:
    "planned: the plan's row “Fördelade medel”; reported: sum of the source's {{count}} subtotals, calculated",
  planSources: "Sources: planned – {{planned}}; reported – {{reported}}",
  noPlanReport:
    "No municipality has both planned and reported use in the data.",
  noPerCapitaRule:
    "The stimulus funds per inhabitant cannot be shown: the catalogue does not say which population to divide them by.",
} as const satisfies Widen<typeof fundingSv>;

registerMessages("funding", fundingSv, fundingEn);
