/**
 * The look-up tables of an AreaMatcher (area-match.ts): the context's areas by code and by name
 * (official and short names plus a small alias table), the other kommuner and län of Sweden
 * (sweden-areas.ts), and county-level names. Names are keyed after NFC normalisation, case
 * folding and hyphens as spaces (nameKey), and again without diacritics (foldKey).
 */
import type { ImportArea } from "./report-types";
import { SWEDISH_KOMMUNER, SWEDISH_LAN } from "./sweden-areas";

export const COUNTY = "01";
export const COUNTRY = "00";

/** Name variants that are not in the areas dataset (sources' spellings and typos). */
const ALIASES: readonly (readonly [string, string])[] = [
  ["värdö", "0120"], // the known typo in the agreements' annexes (SOURCES.md)
  ["stockholms län", COUNTY],
  ["stockholms lan", COUNTY],
  ["stockholms läns landsting", COUNTY],
  ["stockholms lans landsting", COUNTY],
  ["region stockholm", COUNTY],
  ["stockholm county", COUNTY],
  ["stockholms län totalt", COUNTY],
  ["länet", COUNTY],
  ["länet totalt", COUNTY],
  ["riket", COUNTRY],
  ["hela riket", COUNTRY],
  ["riket totalt", COUNTRY],
  ["sverige", COUNTRY],
  ["hela sverige", COUNTRY],
  ["sweden", COUNTRY],
];

/** Older and other names of län as sources write them (Socialstyrelsen 2016: "Södermanland"). */
const COUNTY_NAMES: Readonly<Record<string, readonly string[]>> = {
  "04": ["Södermanland", "Landstinget Sörmland"],
  "08": ["Landstinget i Kalmar län"],
  "10": ["Landstinget Blekinge"],
  "17": ["Landstinget i Värmland"],
  "18": ["Örebro läns landsting"],
  "19": ["Landstinget Västmanland"],
  "20": ["Landstinget Dalarna"],
  "21": ["Landstinget Gävleborg"],
  "22": ["Landstinget Västernorrland"],
  "23": ["Jämtland", "Jämtlands läns landsting"],
  "24": ["Västerbottens läns landsting"],
  "25": ["Norrbottens läns landsting"],
};

/** Lower case, NFC, hyphens/underscores/dashes and runs of whitespace as one space. */
export function nameKey(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[-_\u2010\u2011\u2013\u2014.]+/g, " ")
    .replace(/[\s\u00a0\u202f]+/g, " ")
    .trim();
}

/** Without diacritics ("Värmdö" → "varmdo"), for files exported without å, ä and ö. */
export function foldKey(key: string): string {
  return key.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}

export interface AreaIndex {
  /** The context's areas (with Riket and the county): code → dense index. */
  readonly byCode: Map<string, number>;
  readonly names: Map<string, string>;
  readonly byName: Map<string, string>;
  readonly byFolded: Map<string, string>;
  /** Kommuner and län of Sweden outside the context: code → name. */
  readonly national: Map<string, string>;
  /** Their dense indexes, after the context's (byCode.size, byCode.size + 1, …). */
  readonly nationalIndex: Map<string, number>;
  readonly nationalByName: Map<string, string>;
  /** County level: län names (official, short, regional) → länskod, Riket → "00". */
  readonly countyByName: Map<string, string>;
}

/** The tables for the context's areas; Riket and the county are always known. */
export function buildAreaIndex(areas: readonly ImportArea[]): AreaIndex {
  const index: AreaIndex = {
    byCode: new Map(),
    names: new Map(),
    byName: new Map(),
    byFolded: new Map(),
    national: new Map(),
    nationalIndex: new Map(),
    nationalByName: new Map(),
    countyByName: new Map(),
  };
  const all: ImportArea[] = [...areas];
  if (!areas.some((a) => a.code === COUNTRY))
    all.push({ code: COUNTRY, name: "Riket" });
  if (!areas.some((a) => a.code === COUNTY))
    all.push({ code: COUNTY, name: "Stockholms län" });
  for (const area of all) {
    if (!index.byCode.has(area.code))
      index.byCode.set(area.code, index.byCode.size);
    if (!index.names.has(area.code)) index.names.set(area.code, area.name);
    addName(index, area.name, area.code);
    if (area.shortName) addName(index, area.shortName, area.code);
  }
  for (const [alias, code] of ALIASES) addName(index, alias, code);
  addNational(index);
  addCounties(index);
  for (const code of index.national.keys())
    index.nationalIndex.set(code, index.byCode.size + index.nationalIndex.size);
  return index;
}

function addName(index: AreaIndex, name: string, code: string): void {
  const key = nameKey(name);
  if (!index.byName.has(key)) index.byName.set(key, code);
  const folded = foldKey(key);
  if (!index.byFolded.has(folded)) index.byFolded.set(folded, code);
}

/**
 * The kommuner of Sweden outside the context, by code and by name: exact names first, so "Habo"
 * is Habo and not Håbo without its ring ("habo" is both).
 */
function addNational(index: AreaIndex): void {
  const kommuner = SWEDISH_KOMMUNER.filter(([code]) => !index.byCode.has(code));
  for (const [code, name] of kommuner) {
    index.national.set(code, name);
    const key = nameKey(name);
    if (!index.nationalByName.has(key)) index.nationalByName.set(key, code);
  }
  for (const [code, name] of kommuner) {
    const folded = foldKey(nameKey(name));
    if (!index.nationalByName.has(folded))
      index.nationalByName.set(folded, code);
  }
}

/** The län of Sweden under all their names, and Riket, at county level. */
function addCounties(index: AreaIndex): void {
  for (const [code, official, short, regional] of SWEDISH_LAN) {
    if (!index.byCode.has(code)) index.national.set(code, official);
    for (const name of [
      official,
      short,
      regional,
      ...(COUNTY_NAMES[code] ?? []),
      `${short}s läns landsting`,
      `landstinget ${short}`,
      `region ${short}`,
    ]) {
      const key = nameKey(name);
      if (!index.countyByName.has(key)) index.countyByName.set(key, code);
      const folded = foldKey(key);
      if (!index.countyByName.has(folded)) index.countyByName.set(folded, code);
      // "Region Uppsala", "Uppsala län": county names are known at kommun level too.
      if (code !== COUNTY && !index.nationalByName.has(key) && name !== short)
        index.nationalByName.set(key, code);
    }
  }
  for (const name of [
    "riket",
    "hela riket",
    "sverige",
    "sweden",
    "riket totalt",
  ])
    index.countyByName.set(name, COUNTRY);
}
