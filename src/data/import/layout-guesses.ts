/**
 * Guesses about columns from their cells, for files whose headings do not say: an area column
 * of names, one of codes, R's and pandas' row numbers, SCB's "0114 Upplands Väsby" cells, and
 * whether an area column holds counties (landsting, regioner) rather than kommuner.
 */
import type { AreaMatcher } from "./area-match";
import { type AreaLevel, isOutside } from "./area-results";
import { COUNTY_HEADINGS } from "./heading-roles";
import type { SampleRow } from "./layouts";
import { trimCell } from "./numbers";

/** A column without a known heading whose cells are mostly areas, or -1. */
export function guessAreaColumn(
  candidates: readonly number[],
  sample: readonly SampleRow[],
  matcher: AreaMatcher,
): number {
  for (const index of candidates) {
    let areas = 0;
    let filled = 0;
    for (const row of sample) {
      const cell = trimCell(row.fields[index] ?? "");
      if (cell === "") continue;
      filled++;
      if (!/^\d+([.,]\d+)?$/.test(cell) && matcher.resolve(cell).ok) areas++;
    }
    if (filled > 0 && areas >= 0.8 * filled) return index;
  }
  return -1;
}

/**
 * An unnamed column ("", pandas' "Unnamed: 0", R's "X") of consecutive integers: the row numbers
 * R's write.csv and pandas' to_csv put first.
 */
export function isRowNumberColumn(
  heading: string,
  index: number,
  sample: readonly SampleRow[],
): boolean {
  if (index !== 0) return false;
  if (heading !== "" && !/^(unnamed:? ?\d+|x|\.\.\.1)$/i.test(heading))
    return false;
  let previous: number | null = null;
  let count = 0;
  for (const row of sample) {
    if (row.fields.every((field) => trimCell(field) === "")) continue;
    const cell = trimCell(row.fields[index] ?? "");
    if (!/^\d{1,9}$/.test(cell)) return false;
    const value = Number(cell);
    if (previous !== null && value !== previous + 1) return false;
    previous = value;
    count++;
  }
  return count > 0;
}

/**
 * A column without a known heading whose cells are area codes as text ("01", "0114": two or
 * four digits, some with a leading zero, so not years or values), mostly known areas.
 */
export function guessAreaCodeColumn(
  candidates: readonly number[],
  sample: readonly SampleRow[],
  matcher: AreaMatcher,
): number {
  for (const index of candidates) {
    let known = 0;
    let filled = 0;
    let leadingZero = false;
    let codes = true;
    const distinct = new Set<string>();
    for (const row of sample) {
      const cell = trimCell(row.fields[index] ?? "");
      if (cell === "") continue;
      filled++;
      if (!/^(\d{2}|\d{4})$/.test(cell)) {
        codes = false;
        break;
      }
      if (cell.startsWith("0")) leadingZero = true;
      distinct.add(cell);
      const result = matcher.resolve(cell);
      if (result.ok || isOutside(result.code)) known++;
    }
    if (codes && leadingZero && distinct.size >= 2 && known >= 0.5 * filled)
      return index;
  }
  return -1;
}

/** Share of the area column's cells written as SCB writes them: "0114 Upplands Väsby". */
export function codeNameCells(
  index: number,
  sample: readonly SampleRow[],
): number {
  if (index === -1) return 0;
  let filled = 0;
  let pairs = 0;
  for (const row of sample) {
    const cell = trimCell(row.fields[index] ?? "");
    if (cell === "") continue;
    filled++;
    if (/^\d{2,4} \D/.test(cell)) pairs++;
  }
  return filled === 0 ? 0 : pairs / filled;
}

/** Headings that put an area column at county level: the county headings and "Län". */
const COUNTY_LEVEL = new Set([...COUNTY_HEADINGS, "län", "lan"]);

/**
 * County level when the heading says so ("Landsting", "Län") or, for a "Region" column, when
 * its names are counties and at least one is no kommun name ("Sörmland", "Region Skåne").
 */
export function decideAreaLevel(
  heading: string,
  index: number,
  sample: readonly SampleRow[],
  matcher: AreaMatcher,
): AreaLevel {
  if (index === -1) return "kommun";
  const key = heading
    .normalize("NFC")
    .toLowerCase()
    .replace(/[_-]+/g, " ")
    .trim();
  const names = new Set<string>();
  for (const row of sample) {
    const cell = trimCell(row.fields[index] ?? "");
    if (cell !== "" && !/^\d/.test(cell)) names.add(cell);
  }
  if (names.size === 0) return "kommun";
  if (COUNTY_LEVEL.has(key)) return "county";
  if (key !== "region" && key !== "område" && key !== "area") return "kommun";
  let county = 0;
  let onlyCounty = false;
  for (const name of names) {
    if (!matcher.isCountyName(name)) continue;
    county++;
    if (!matcher.isKommunName(name)) onlyCounty = true;
  }
  return onlyCounty && county >= 0.8 * names.size ? "county" : "kommun";
}
