/**
 * Areas: the 26 kommuner of Stockholms län, the county and Sweden; in the national datasets also
 * every other kommun and region. An area is identified by its SCB code as a string ("0127"
 * Botkyrka, "01" Stockholms län, "03" Region Uppsala, "00" Sweden); names are display data, never
 * keys.
 */

declare const areaCodeBrand: unique symbol;
/** SCB area code as text, with leading zeros. */
export type AreaCode = string & { readonly [areaCodeBrand]: "AreaCode" };

/** "region": another county than Stockholms län (national datasets only). */
export const AREA_KINDS = ["kommun", "county", "region", "country"] as const;
export type AreaKind = (typeof AREA_KINDS)[number];

export interface Area {
  readonly code: AreaCode;
  readonly name: string;
  readonly shortName: string;
  readonly kind: AreaKind;
}

const AREA_CODE_PATTERN = /^(?:00|01|\d{4})$/;

export const COUNTY_CODE = "01" as AreaCode;
export const SWEDEN_CODE = "00" as AreaCode;

/** True for a well-formed SCB code: "00", "01" or four digits. */
export function isAreaCode(text: string): text is AreaCode {
  return AREA_CODE_PATTERN.test(text);
}

/** Kind of area a well-formed code names. */
export function areaKindOf(code: AreaCode): AreaKind {
  if (code === SWEDEN_CODE) return "country";
  if (code === COUNTY_CODE) return "county";
  return code.length === 2 ? "region" : "kommun";
}

/** The kommuner of a list of areas, in SCB code order. */
export function kommunerOf(areas: readonly Area[]): Area[] {
  return areas
    .filter((area) => area.kind === "kommun")
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** Lookup by code; undefined for a code not in the list. */
export function areaIndex(areas: readonly Area[]): ReadonlyMap<AreaCode, Area> {
  return new Map(areas.map((area) => [area.code, area]));
}
