/** Messages of the Overview view (sv is the reference; en must have the same keys). */
import { registerMessages } from "../i18n";
import type { Widen } from "../widen";

export const overviewSv = {
  heading: "Översikt",
  lead: "Hur mår invånarna i Stockholms läns 26 kommuner, var är behoven störst och hur används de statliga pengarna för psykisk hälsa? Här är de viktigaste siffrorna för länet, med källa. Varje tema leder vidare till diagram där kommunerna kan jämföras.",
  keyFigures: "Nyckeltal för länet",
  sources: "Källor ({{count}})",
  themesHeading: "Teman",
  dataLine: "Data: {{count}} dataset, senast uppdaterat {{date}} –",
  dataLineLink: "se Data och källor",
  open: "Öppna {{view}}",
  derivedHow: "Beräknat: {{how}}",
  between:
    "Kommunerna ligger mellan {{range}} (källan anger inte varje kommun).",
  perInhabitant:
    "{{value}} per invånare (beräknat: {{total}} delat med länets {{population}} invånare {{period}})",
  period: "Avser {{period}}",
  periodUnstated: "År anges inte i källan (publicerad {{published}})",
  published: "publ. {{period}}",
  periodPlan:
    "Uppgift i handlingsplanen {{period}} (källan anger ingen period)",
  compare: {
    none: "Ingen jämförelse: datan har bara ett värde.",
    sweden: {
      up: "{{distance}} högre än riket ({{reference}})",
      down: "{{distance}} lägre än riket ({{reference}})",
      same: "Samma som riket ({{reference}})",
    },
    previous: {
      up: "Ökning med {{distance}} sedan {{period}} ({{reference}})",
      down: "Minskning med {{distance}} sedan {{period}} ({{reference}})",
      same: "Oförändrat sedan {{period}} ({{reference}})",
    },
    previousPublished: {
      up: "Ökning med {{distance}} jämfört med källan från {{period}} ({{reference}})",
      down: "Minskning med {{distance}} jämfört med källan från {{period}} ({{reference}})",
      same: "Oförändrat jämfört med källan från {{period}} ({{reference}})",
    },
    verdict: {
      better: "bättre",
      worse: "sämre",
      similar: "liten skillnad",
    },
  },
  visual: {
    sparkline: "Länet över åren, från {{from}} till {{to}}.",
    bars: "Länet: {{list}}.",
    range: "Kommunerna mellan {{low}} och {{high}}, länet {{value}}.",
  },
  figures: {
    agreement: "Statliga medel till länet enligt överenskommelsen",
    stimulus: "Stimulansmedel till länets kommuner",
    diagnoses: "Barn 0–17 år med psykiatrisk diagnos",
    suicide: "Människor som tar sitt liv i Stockholmsregionen varje år",
    sickLeave:
      "Andel av länets långa sjukfall (minst 60 dagar) som har psykiatrisk diagnos",
    familyCentres: "Familjecentraler i länet",
    familyCentresIn: "i {{count}} kommuner",
  },
  themes: {
    diagnosesText:
      "Andel med psykiatrisk diagnos i länet, med lägsta och högsta kommun; per kommun långa sjukfall med psykiatrisk diagnos och enkätsvar om psykisk hälsa (Kolada), jämfört med länet. Ohälsotal och sjukpenningtal (sjukdagar av alla orsaker) visas för sig som sjukfrånvaro.",
    needsText:
      "Riskfaktorer som förutsäger behov: ekonomisk utsatthet, placerade barn och skolresultat. För hela länet: hur många barn och unga som får en första bedömning på BUP inom 30 dagar, hur många första linjen når och hur länge man väntar på den (under Behov och resurser). Per kommun finns inget mått på om stödet räcker.",
    fundingText:
      "Överenskommelserna och stimulansmedlen: vad länet och varje kommun fick, per invånare och jämfört med befolkningen.",
    profileText:
      "Allt om en kommun på en sida: var den ligger jämfört med länet på varje indikator.",
    compareDiagnoses:
      "Jämför kommunerna: långa sjukfall med psykiatrisk diagnos",
    compareNeeds: "Jämför kommunerna: barn med låg ekonomisk standard",
    compareFunding: "Jämför kommunerna: stimulansmedel 2018",
  },
} as const;

export const overviewEn = {
  heading: "Overview",
  lead: "How are the inhabitants of Stockholm County's 26 municipalities doing, where are the needs greatest, and how is the state's mental-health money used? Here are the county's key figures, with their sources. Each theme leads on to charts that compare the municipalities.",
  keyFigures: "Key figures for the county",
  sources: "Sources ({{count}})",
  themesHeading: "Themes",
  dataLine: "Data: {{count}} datasets, last updated {{date}} –",
  dataLineLink: "see Data and sources",
  open: "Open {{view}}",
  derivedHow: "Calculated: {{how}}",
  between:
    "The municipalities lie between {{range}} (the source does not give each municipality).",
  perInhabitant:
    "{{value}} per inhabitant (calculated: {{total}} divided by the county's {{population}} inhabitants {{period}})",
  period: "For {{period}}",
  periodUnstated: "Year not stated in the source (published {{published}})",
  published: "publ. {{period}}",
  periodPlan:
    "Stated in the {{period}} action plan (the source gives no period)",
  compare: {
    none: "No comparison: the data has a single value.",
    sweden: {
      up: "{{distance}} higher than Sweden ({{reference}})",
      down: "{{distance}} lower than Sweden ({{reference}})",
      same: "The same as Sweden ({{reference}})",
    },
    previous: {
      up: "Up {{distance}} since {{period}} ({{reference}})",
      down: "Down {{distance}} since {{period}} ({{reference}})",
      same: "Unchanged since {{period}} ({{reference}})",
    },
    previousPublished: {
      up: "Up {{distance}} on the source published in {{period}} ({{reference}})",
      down: "Down {{distance}} on the source published in {{period}} ({{reference}})",
      same: "Unchanged from the source published in {{period}} ({{reference}})",
    },
    verdict: {
      better: "better",
      worse: "worse",
      similar: "small difference",
    },
  },
  visual: {
    sparkline: "The county over the years, from {{from}} to {{to}}.",
    bars: "The county: {{list}}.",
    range:
      "The municipalities between {{low}} and {{high}}, the county {{value}}.",
  },
  figures: {
    agreement: "State funds to the county under the agreement",
    stimulus: "Stimulus funds to the county's municipalities",
    diagnoses: "Children aged 0–17 with a psychiatric diagnosis",
    suicide:
      "People who take their own lives in the Stockholm region each year",
    sickLeave:
      "Share of the county's long sick-leave cases (60 days or more) with a psychiatric diagnosis",
    familyCentres: "Family centres in the county",
    familyCentresIn: "in {{count}} municipalities",
  },
  themes: {
    diagnosesText:
      "Share with a psychiatric diagnosis in the county, with the lowest and highest municipality; per municipality long sick-leave cases with a psychiatric diagnosis and survey answers on mental health (Kolada), against the county. The ill-health rate and the sickness benefit rate (sick days from all causes) are shown separately as sickness absence.",
    needsText:
      "Risk factors that predict need: economic hardship, children in care and school results. For the whole county: how many children and young people are assessed by child and adolescent psychiatry within 30 days, how many first-line care reaches and how long they wait for it (under Needs and resources). There is no measure per kommun of whether support is enough.",
    fundingText:
      "The agreements and the stimulus funds: what the county and each municipality received, per inhabitant and against population.",
    profileText:
      "Everything about one municipality on one page: where it stands against the county on every indicator.",
    compareDiagnoses:
      "Compare the municipalities: long sick leave with a psychiatric diagnosis",
    compareNeeds:
      "Compare the municipalities: children with a low economic standard",
    compareFunding: "Compare the municipalities: stimulus funds 2018",
  },
} as const satisfies Widen<typeof overviewSv>;

registerMessages("overview", overviewSv, overviewEn);
