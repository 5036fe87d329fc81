/**
 * Plain-language labels for the Kolada KPIs in the reference extract. Kolada's own name and full
 * definition are kept in the indicator definition; titles use these words (DESIGN.md "Words").
 */
import type {
  FormatTag,
  Polarity,
  Theme,
  Unit,
} from "../../src/domain/indicators";

export interface KoladaLabel {
  readonly dataset: string;
  readonly theme: Theme;
  readonly sv: string;
  readonly en: string;
  readonly unit: Unit;
  readonly format: FormatTag;
  readonly polarity: Polarity;
  readonly denominatorSv: string | null;
  readonly denominatorEn: string | null;
}

const mental = (
  sv: string,
  en: string,
  unit: Unit,
  format: FormatTag,
  polarity: Polarity,
  denominator: [string, string] | null,
): KoladaLabel => ({
  dataset: "kolada-psykisk-ohalsa",
  theme: "diagnoses",
  sv,
  en,
  unit,
  format,
  polarity,
  denominatorSv: denominator?.[0] ?? null,
  denominatorEn: denominator?.[1] ?? null,
});

const need = (
  sv: string,
  en: string,
  unit: Unit,
  format: FormatTag,
  polarity: Polarity,
  denominator: [string, string],
): KoladaLabel => ({
  dataset: "kolada-behov",
  theme: "unmet-needs",
  sv,
  en,
  unit,
  format,
  polarity,
  denominatorSv: denominator[0],
  denominatorEn: denominator[1],
});

const spending = (sv: string, en: string): KoladaLabel => ({
  dataset: "kolada-kostnader",
  theme: "funding",
  sv,
  en,
  unit: "kr-per-inhabitant",
  format: "sek0",
  polarity: "neutral",
  denominatorSv: "Invånare i kommunen 31 december",
  denominatorEn: "Inhabitants of the kommun on 31 December",
});

const population = (
  sv: string,
  en: string,
  unit: Unit = "count",
): KoladaLabel => ({
  dataset: "kolada-befolkning",
  theme: "population",
  sv,
  en,
  unit,
  format: unit === "percent" ? "pct1" : "num0",
  polarity: "neutral",
  denominatorSv: unit === "percent" ? "Invånare totalt 31 december" : null,
  denominatorEn: unit === "percent" ? "All inhabitants on 31 December" : null,
});

const CASES: [string, string] = [
  "Pågående sjukfall längre än 60 dagar",
  "Ongoing sick-leave cases longer than 60 days",
];
const ADULTS: [string, string] = [
  "Invånare 16–84 år (enkät)",
  "Inhabitants aged 16–84 (survey)",
];

export const KOLADA_LABELS: Readonly<Record<string, KoladaLabel>> = {
  N74811: mental(
    "Långa sjukfall med psykiatrisk diagnos, andel",
    "Long sick-leave cases with a psychiatric diagnosis, share",
    "percent",
    "pct1",
    "higher-worse",
    CASES,
  ),
  U01472: mental(
    "Besväras av ängslan, oro eller ångest (16–84 år)",
    "Troubled by worry, anxiety or unease (aged 16–84)",
    "percent",
    "pct1",
    "higher-worse",
    ADULTS,
  ),
  U01473: mental(
    "Gott psykiskt välbefinnande (16–84 år)",
    "Good mental well-being (aged 16–84)",
    "percent",
    "pct1",
    "higher-better",
    ADULTS,
  ),
  N01452: mental(
    "Allvarlig psykisk påfrestning (16–84 år)",
    "Serious psychological distress (aged 16–84)",
    "percent",
    "pct1",
    "higher-worse",
    ADULTS,
  ),
  N00957: mental(
    "Ohälsotal, dagar per person",
    "Ill-health days per person (ohälsotal)",
    "days",
    "num1",
    "higher-worse",
    ["Invånare 16–64 år", "Inhabitants aged 16–64"],
  ),
  N00938: mental(
    "Sjukpenningtal, dagar per försäkrad",
    "Sickness benefit days per insured person",
    "days",
    "num1",
    "higher-worse",
    [
      "Registrerade försäkrade 16–64 år",
      "Registered insured persons aged 16–64",
    ],
  ),
  N66077: need(
    "Barn 0–19 år med låg ekonomisk standard",
    "Children aged 0–19 with a low economic standard",
    "percent",
    "pct1",
    "higher-worse",
    ["Invånare 0–19 år", "Inhabitants aged 0–19"],
  ),
  U31803: need(
    "Barn i familjer med ekonomiskt bistånd",
    "Children in families receiving social assistance",
    "percent",
    "pct1",
    "higher-worse",
    ["Barn i befolkningen", "Children in the population"],
  ),
  N31807: need(
    "Invånare med ekonomiskt bistånd",
    "Inhabitants receiving social assistance",
    "percent",
    "pct1",
    "higher-worse",
    ["Invånare totalt", "All inhabitants"],
  ),
  U31804: need(
    "Unga vuxna 18–24 år med ekonomiskt bistånd",
    "Young adults aged 18–24 receiving social assistance",
    "percent",
    "pct1",
    "higher-worse",
    ["Invånare 18–24 år", "Inhabitants aged 18–24"],
  ),
  N15428: need(
    "Elever i åk 9 behöriga till gymnasiets yrkesprogram",
    "Year 9 pupils eligible for vocational upper secondary programmes",
    "percent",
    "pct1",
    "higher-better",
    ["Elever i årskurs 9 (hemkommun)", "Pupils in year 9 (home kommun)"],
  ),
  N33816: need(
    "Barn och unga 0–20 år placerade på HVB, per 1 000",
    "Children and young people aged 0–20 placed in residential care (HVB), per 1,000",
    "per-1000",
    "num1",
    "higher-worse",
    ["1 000 invånare 0–20 år", "1,000 inhabitants aged 0–20"],
  ),
  N33817: need(
    "Barn och unga 0–20 år placerade i familjehem, per 1 000",
    "Children and young people aged 0–20 placed in foster homes, per 1,000",
    "per-1000",
    "num1",
    "higher-worse",
    ["1 000 invånare 0–20 år", "1,000 inhabitants aged 0–20"],
  ),
  N33802: need(
    "Barn och unga 0–20 år med biståndsbedömda öppna insatser",
    "Children and young people aged 0–20 with assessed open-care interventions",
    "percent",
    "pct1",
    "neutral",
    ["Invånare 0–20 år", "Inhabitants aged 0–20"],
  ),
  N02797: need(
    "Unga 16–24 år som varken arbetar eller studerar",
    "Young people aged 16–24 neither working nor studying",
    "percent",
    "pct1",
    "higher-worse",
    ["Invånare 16–24 år", "Inhabitants aged 16–24"],
  ),
  N02903: need(
    "Barn 0–19 år med en förälder som har sjuk- eller aktivitetsersättning",
    "Children aged 0–19 with a parent on sickness or activity compensation",
    "percent",
    "pct1",
    "higher-worse",
    ["Invånare 0–19 år", "Inhabitants aged 0–19"],
  ),
  N33001: spending(
    "Kostnad för barn- och ungdomsvård, kr per invånare",
    "Spending on child and youth care, SEK per inhabitant",
  ),
  N30101: spending(
    "Kostnad för individ- och familjeomsorg, kr per invånare",
    "Spending on individual and family care, SEK per inhabitant",
  ),
  N35001: spending(
    "Kostnad för missbruksvård för vuxna, kr per invånare",
    "Spending on substance-abuse care for adults, SEK per inhabitant",
  ),
  N25021: spending(
    "Kostnad för stöd enligt SoL till personer med funktionsnedsättning, kr per invånare",
    "Spending on Social Services Act support for people with disabilities, SEK per inhabitant",
  ),
  N01951: population("Invånare totalt", "Inhabitants, total"),
  N01921: population("Invånare 0–12 år", "Inhabitants aged 0–12"),
  N01927: population("Invånare 13–18 år", "Inhabitants aged 13–18"),
  N01952: population("Invånare 0–5 år", "Inhabitants aged 0–5"),
  N01953: population("Invånare 6–15 år", "Inhabitants aged 6–15"),
  N01954: population("Invånare 16–19 år", "Inhabitants aged 16–19"),
  N01994: population(
    "Andel invånare 0–19 år",
    "Share of inhabitants aged 0–19",
    "percent",
  ),
};

export const KOLADA_DATASETS = {
  "kolada-psykisk-ohalsa": {
    sv: "Kolada: psykisk ohälsa och sjukfrånvaro",
    en: "Kolada: mental ill-health and sickness absence",
  },
  "kolada-behov": {
    sv: "Kolada: behov och riskfaktorer",
    en: "Kolada: needs and risk factors",
  },
  "kolada-kostnader": {
    sv: "Kolada: kommunernas kostnader per invånare",
    en: "Kolada: kommun spending per inhabitant",
  },
  "kolada-befolkning": {
    sv: "Kolada: befolkning",
    en: "Kolada: population",
  },
} as const;
