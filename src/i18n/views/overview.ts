/** Messages of the Overview view (sv is the reference; en must have the same keys). */
import { registerMessages } from "../i18n";
import type { Widen } from "../widen";

export const overviewSv = {
  heading: "Översikt",
  lead: "Hur mår invånarna i Stockholms läns 26 kommuner, var är behoven störst och hur används de statliga pengarna för psykisk hälsa? Här är de viktigaste siffrorna för länet, med källa. Varje tema leder vidare till diagram där kommunerna kan jämföras.",
  keyFigures: "Nyckeltal för länet",
  sources: "Källor ({{count}})",
  themesHeading: "Teman",
  versionsHeading: "Dataversioner som används",
  versionsTable:
    "Tabell: dataset, version, publiceringsdatum och senaste ändring",
  versionsIntro:
    "Alla siffror kommer från dessa versioner. En publicerad version ändras aldrig; en rättelse blir en ny version.",
  latestChange: "Senaste ändring",
  open: "Öppna {{view}}",
  derivedHow: "Beräknat: {{how}}",
  between:
    "Kommunerna ligger mellan {{range}} (källan anger inte varje kommun).",
  perInhabitant:
    "{{value}} per invånare (beräknat: {{total}} delat med länets {{population}} invånare {{period}})",
  earlier: "Tidigare: {{list}}",
  figures: {
    agreement: "Statliga medel till länet enligt överenskommelsen {{period}}",
    stimulus: "Stimulansmedel till länets kommuner {{period}}",
    diagnoses: "Barn 0–17 år med psykiatrisk diagnos {{period}}",
    suicide: "Människor som tar sitt liv i Stockholmsregionen varje år",
    sickLeave: "Långa sjukfall med psykiatrisk diagnos i länet {{period}}",
    familyCentres: "Familjecentraler i länet {{period}}",
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
  lead: "How are the inhabitants of Stockholm County's 26 kommuner doing, where are the needs greatest, and how is the state's mental-health money used? Here are the county's key figures, with their sources. Each theme leads on to charts that compare the kommuner.",
  keyFigures: "Key figures for the county",
  sources: "Sources ({{count}})",
  themesHeading: "Themes",
  versionsHeading: "Data versions in use",
  versionsTable: "Table: dataset, version, publication date and latest change",
  versionsIntro:
    "Every figure comes from these versions. A published version never changes; a correction becomes a new version.",
  latestChange: "Latest change",
  open: "Open {{view}}",
  derivedHow: "Calculated: {{how}}",
  between:
    "The kommuner lie between {{range}} (the source does not give each kommun).",
  perInhabitant:
    "{{value}} per inhabitant (calculated: {{total}} divided by the county's {{population}} inhabitants {{period}})",
  earlier: "Earlier: {{list}}",
  figures: {
    agreement: "State funds to the county under the agreement {{period}}",
    stimulus: "Stimulus funds to the county's kommuner {{period}}",
    diagnoses: "Children aged 0–17 with a psychiatric diagnosis {{period}}",
    suicide:
      "People who take their own lives in the Stockholm region each year",
    sickLeave:
      "Long sick-leave cases with a psychiatric diagnosis in the county {{period}}",
    familyCentres: "Family centres in the county {{period}}",
    familyCentresIn: "in {{count}} kommuner",
  },
  themes: {
    diagnosesText:
      "Share with a psychiatric diagnosis in the county, with the lowest and highest kommun; per kommun long sick-leave cases with a psychiatric diagnosis and survey answers on mental health (Kolada), against the county. The ill-health rate and the sickness benefit rate (sick days from all causes) are shown separately as sickness absence.",
    needsText:
      "Risk factors that predict need: economic hardship, children in care and school results. For the whole county: how many children and young people are assessed by child and adolescent psychiatry within 30 days, how many first-line care reaches and how long they wait for it (under Needs and resources). There is no measure per kommun of whether support is enough.",
    fundingText:
      "The agreements and the stimulus funds: what the county and each kommun received, per inhabitant and against population.",
    profileText:
      "Everything about one kommun on one page: where it stands against the county on every indicator.",
    compareDiagnoses:
      "Compare the kommuner: long sick leave with a psychiatric diagnosis",
    compareNeeds: "Compare the kommuner: children with a low economic standard",
    compareFunding: "Compare the kommuner: stimulus funds 2018",
  },
} as const satisfies Widen<typeof overviewSv>;

registerMessages("overview", overviewSv, overviewEn);
