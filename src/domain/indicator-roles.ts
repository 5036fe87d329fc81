/**
 * The roles indicators play in the views, by id: the indicator each view starts with, which
 * indicators each view offers, where Översikt's theme cards lead, its key figures and the facts at
 * the top of the Kommunprofil. The one place views learn indicator ids. tests/domain/indicator-roles
 * checks every id against the bundled catalogue: it exists, in the dataset named here, with the
 * scope and theme its role needs.
 */
import type { Indicator, Theme } from "./indicators";

/** The indicator each view shows when the URL names none (or one it does not offer). */
export const DEFAULT_INDICATORS = {
  /** Jämför kommuner: the 2018 stimulus funds. */
  compare: "stimulansmedel",
  /** Karta: children with low economic standard, which varies a lot. */
  map: "kolada-n66077",
  /** Behov och resurser, the need (y): children with low economic standard. */
  need: "kolada-n66077",
  /**
   * Behov och resurser, the resources (x): spending on barn- och ungdomsvård, same year as the
   * default need. The 2018 stimulus funds follow the population (34,64 kr per inhabitant in every
   * kommun), so they tell no kommun apart.
   */
  resource: "kolada-n33001",
  /** Trender: long sick leave with a psychiatric diagnosis (Kolada N74811). */
  trends: "kolada-n74811",
} as const;

/** Resources per inhabitant (kr per inhabitant, or kr with a per-inhabitant rule), in the order offered. */
export const RESOURCE_IDS = [
  "stimulansmedel",
  "kolada-n33001",
  "kolada-n30101",
  "kolada-n35001",
  "kolada-n25021",
] as const;

/**
 * Behov och resurser: inhabitants per kommun on 31 December (Kolada N01951, the denominator of
 * Kolada's "kr per invånare"), to weight a county resources value the source does not give.
 */
export const COUNTY_WEIGHTS = {
  dataset: "kolada-befolkning",
  indicator: "kolada-n01951",
} as const satisfies DatasetIndicator;

/** Themes whose kommun indicators Behov och resurser offers as needs. */
export const NEED_THEMES: readonly Theme[] = [
  "unmet-needs",
  "diagnoses",
  "sick-leave",
  "own-data",
];

/** Indicators with a value per kommun (comparable, mappable), in catalogue order. */
export function comparableIndicators(
  catalogue: readonly Indicator[],
): Indicator[] {
  return catalogue.filter((i) => i.scope === "kommun");
}

/** Need indicators: kommun values and a need theme, in catalogue order. */
export function needIndicators(catalogue: readonly Indicator[]): Indicator[] {
  return catalogue.filter(
    (i) => i.scope === "kommun" && NEED_THEMES.includes(i.theme),
  );
}

/** Resource indicators, in the order of RESOURCE_IDS (those the catalogue has). */
export function resourceIndicators(
  catalogue: readonly Indicator[],
): Indicator[] {
  return RESOURCE_IDS.flatMap((id) => catalogue.filter((i) => i.id === id));
}

/**
 * The indicator Översikt's theme cards open in Jämför kommuner, by the card's theme (each of the
 * theme, with kommun values). The funding card opens Jämför kommuner on its default.
 */
export const THEME_CARD_INDICATORS = {
  diagnoses: "kolada-n74811",
  "unmet-needs": "kolada-n66077",
} as const satisfies Partial<Record<Theme, string>>;

/** An indicator read from one dataset (the catalogue's `datasetId` of the indicator). */
export interface DatasetIndicator {
  readonly dataset: string;
  readonly indicator: string;
}

/** The county's key figures on Översikt, each read from its own dataset. */
export const KEY_FIGURES = {
  /** The latest agreement's total, with the earlier ones. */
  agreement: { dataset: "overenskommelser", indicator: "overenskommelse-ram" },
  stimulus: { dataset: "stimulansmedel-2018", indicator: "stimulansmedel" },
  diagnoses: {
    dataset: "nulagesanalys-2018",
    indicator: "psykiatrisk-diagnos-0-17",
  },
  suicide: { dataset: "lansfakta", indicator: "suicid-per-ar" },
  sickLeave: { dataset: "kolada-psykisk-ohalsa", indicator: "kolada-n74811" },
  familyCentres: { dataset: "lansfakta", indicator: "familjecentraler" },
  familyCentreKommuner: {
    dataset: "lansfakta",
    indicator: "kommuner-med-familjecentral",
  },
} as const satisfies Record<string, DatasetIndicator>;

/**
 * The population the stimulus funds were allocated by (the stimulus indicator's per-inhabitant
 * rule), for the key figure's "per invånare" and Finansiering's sections, loaded without waiting
 * for the catalogue (tests/domain/indicator-roles checks it is the rule's).
 */
export const STIMULUS_POPULATION = {
  dataset: "befolkning",
  indicator: "folkmangd",
  period: "2017",
} as const;

/** Finansiering: the stimulus funds per kommun, one year. */
export const STIMULUS_FUNDS = {
  dataset: "stimulansmedel-2018",
  indicator: "stimulansmedel",
  period: "2018",
} as const;

/** Kommunprofil: shown at the top, not as rows: population (SCB and Kolada) and the stimulus funds. */
export const PROFILE_FACTS = {
  population: "folkmangd",
  koladaPopulation: "kolada-n01951",
  funds: "stimulansmedel",
} as const;

/**
 * Finansiering's agreements (`overenskommelser`): the amount per recipient (one indicator per
 * recipient column), the total the source's text states, and the joint county-wide effort.
 */
export const AGREEMENT_ROLES = {
  dataset: "overenskommelser",
  recipients: {
    region: "fordelning-region",
    kommuner: "fordelning-kommuner",
    lansgemensamt: "fordelning-lansgemensamt",
  },
  statedTotal: "overenskommelse-ram",
  jointEffort: "lansgemensam-satsning",
} as const;

/** Finansiering's planned against reported use of the stimulus funds (Botkyrka 2020). */
export const PLAN_REPORT_ROLES = {
  dataset: "botkyrka-2020",
  planned: "stimulans-planerat",
  reported: "stimulans-redovisat",
} as const;

/**
 * Behov och resurser, "Tillgång till vård för barn och unga": the county's access measures, in
 * the order shown; `waitingTime` has its shortest and longest wait as breakdowns, `visits` and
 * `persons` are the first-line visits by age (breakdowns of the group `ageGroup`, and `girls`).
 */
export const ACCESS_MEASURES = {
  dataset: "tillganglighet-barn-unga",
  figures: [
    "bup-forsta-bedomning-30-dagar",
    "bup-fordjupad-utredning-30-dagar",
    "forsta-linjen-andel-barn",
  ],
  waitingTime: {
    indicator: "forsta-linjen-vantetid",
    shortest: "kortast",
    longest: "langst",
  },
  visits: "forsta-linjen-besok",
  persons: "forsta-linjen-personer",
  ageGroup: "alder",
  girls: "k",
} as const;
