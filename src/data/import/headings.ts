/**
 * Column headings → roles, in Swedish and English ("Kommun", "Kommunkod", "År", "Year", "Värde",
 * "Indikator", "Nyckeltal", "Enhet", "Status", the app's own export headings, Kolada's and
 * PxWeb's). A heading may carry a unit in parentheses ("Värde (%)") and a trailing year
 * ("Folkmängd 2019"); both are split off here.
 */
export type ColumnRole =
  | "area-code"
  | "area-name"
  | "indicator"
  | "label"
  | "period"
  | "value"
  | "unit"
  | "status"
  | "gender"
  | "breakdown"
  | "ignore";

/** Headings of an area column that holds counties (landsting, regioner), read at county level. */
export const COUNTY_HEADINGS: readonly string[] = [
  "landsting",
  "landsting/region",
  "region/landsting",
  "län namn",
  "lan namn",
  "länsnamn",
  "lansnamn",
  "regioner",
];

const ROLES: readonly (readonly [ColumnRole, readonly string[]])[] = [
  [
    "area-code",
    [
      "kommunkod",
      "kommun kod",
      "kommunnummer",
      "kommunnr",
      "kommun id",
      "kommunid",
      "kod",
      "regionkod",
      "region kod",
      "region code",
      "regionid",
      "region id",
      "area code",
      "areacode",
      "municipality code",
      "municipality id",
      "municipalityid",
      "länskod",
      "lanskod",
      "geo",
      "geo code",
      "code",
      "area id",
      "område kod",
      "områdeskod",
    ],
  ],
  [
    "area-name",
    [
      "kommun",
      "kommunnamn",
      "kommun namn",
      "kommuner",
      "region",
      "regionnamn",
      "region namn",
      "område",
      "omrade",
      "area",
      "area name",
      "municipality",
      "municipality name",
      "kommun/län",
      "kommun/region",
      "län",
      "lan",
      "geografi",
      "geography",
      "kommun eller län",
      "kommun/stadsdel",
      ...COUNTY_HEADINGS,
    ],
  ],
  [
    "indicator",
    [
      "indikator",
      "indicator",
      "indicator id",
      "indikator id",
      "indikatorid",
      "nyckeltal",
      "nyckeltals id",
      "nyckeltalsid",
      "kpi",
      "kpi id",
      "kpiid",
      "mått",
      "matt",
      "measure",
      "variabel",
      "variable",
      "tabellinnehåll",
      "innehåll",
      "contents",
      "statistikvariabel",
    ],
  ],
  [
    "label",
    [
      "indikatornamn",
      "indikator namn",
      "indicator label",
      "indicator name",
      "indikator label",
      "nyckeltalsnamn",
      "nyckeltal namn",
      "kpi namn",
      "kpi title",
      "kpi titel",
      "benämning",
      "beskrivning",
      "titel",
      "title",
      "label",
    ],
  ],
  [
    "period",
    [
      "år",
      "ar",
      "year",
      "period",
      "tid",
      "time",
      "årtal",
      "artal",
      "år/period",
    ],
  ],
  [
    "value",
    ["värde", "varde", "value", "values", "obs value", "data", "siffra"],
  ],
  ["unit", ["enhet", "unit", "måttenhet", "mattenhet", "units"]],
  ["status", ["status", "flagga", "flag", "symbol", "prickmarkering"]],
  ["gender", ["kön", "kon", "gender", "sex"]],
  [
    "breakdown",
    [
      "breakdown",
      "uppdelning",
      "redovisningsgrupp",
      "grupp",
      "ålder",
      "alder",
      "åldersgrupp",
      "aldersgrupp",
      "age",
      "age group",
    ],
  ],
  [
    "ignore",
    [
      "dataset id",
      "dataset version",
      "source",
      "source id",
      "källa",
      "kalla",
      "note",
      "notering",
      "kommentar",
      "comment",
      "anmärkning",
      "anmarkning",
      "fotnot",
      "low",
      "high",
      "locator",
      "count",
      "antal svar",
      "isdeleted",
    ],
  ],
];

const ROLE_BY_KEY = new Map<string, ColumnRole>();
for (const [role, keys] of ROLES)
  for (const key of keys) ROLE_BY_KEY.set(key, role);

export interface Heading {
  /** The heading as the file writes it (trimmed, BOM removed). */
  readonly raw: string;
  readonly role: ColumnRole | null;
  /** Unit in parentheses at the end ("Andel (%)" → "%"), or null. */
  readonly unit: string | null;
  /** A year, span, month or quarter at the end ("Folkmängd 2019" → "2019", "2014M01"), or null. */
  readonly period: string | null;
  /** The heading without that year ("Folkmängd"; "" when the heading is only a year). */
  readonly stem: string;
}

/** Lower case, NFC, quotes/BOM removed, "_" and "-" as spaces, whitespace collapsed. */
function headingKey(text: string): string {
  return text
    .normalize("NFC")
    .replace(/^\ufeff/, "")
    .toLowerCase()
    .replace(/[_\-\u2010\u2011]+/g, " ")
    .replace(/[\s\u00a0\u202f]+/g, " ")
    .trim();
}

const TRAILING_UNIT = /\s*\(([^()]{1,30})\)\s*$/;
const TRAILING_PERIOD =
  /(?:^|[\s_,:;(]+)((?:19|20)\d{2}(?:\s*[-\u2013/]\s*(?:19|20)\d{2}|\s?[MmKkQq]\d{1,2})?)\)?$/;

/**
 * Splits off a unit in parentheses and a trailing period (year, span, SCB month "2014M01" or
 * quarter "2014K1"), and finds the role of what remains. The period text is read by parsePeriod.
 */
export function classifyHeading(text: string): Heading {
  const raw = text.replace(/^\ufeff/, "").trim();
  let rest = raw;
  let period: string | null = null;
  const periodMatch = TRAILING_PERIOD.exec(rest);
  if (periodMatch) {
    period = (periodMatch[1] ?? "")
      .replace(/\s+/g, "")
      .replace(/[\u2013/]/, "-");
    rest = rest.slice(0, periodMatch.index).trim();
  }
  let unit: string | null = null;
  const unitMatch = TRAILING_UNIT.exec(rest);
  if (unitMatch) {
    unit = (unitMatch[1] ?? "").trim();
    const withoutUnit = rest.slice(0, unitMatch.index).trim();
    // "Värde (%)" is a value column with a unit; "Andel (%)" stays an indicator with its unit.
    const role = ROLE_BY_KEY.get(headingKey(withoutUnit)) ?? null;
    if (period === null && role !== null)
      return { raw, role, unit, period, stem: withoutUnit };
  }
  const role =
    period === null ? (ROLE_BY_KEY.get(headingKey(rest)) ?? null) : null;
  return { raw, role, unit, period, stem: rest };
}
