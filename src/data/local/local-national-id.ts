/**
 * The ids and areas of a local dataset's rows for the rest of Sweden, as plain functions: the
 * store and the worker use them, and they must not pull in the query layer (local-national.ts),
 * which would tie the store's chunk to the app shell's.
 */
const NATIONAL_SUFFIX = "-sverige";

/** The id the national comparisons load a local dataset under ("egen-…-sverige"). */
export const localNationalId = (id: string): string =>
  `${id}${NATIONAL_SUFFIX}`;

/** The local dataset a national id names, or null for any other id. */
export function localBaseId(id: string): string | null {
  return id.endsWith(NATIONAL_SUFFIX)
    ? id.slice(0, -NATIONAL_SUFFIX.length)
    : null;
}

/** True for the county's own areas: its kommuner ("01NN"), the county ("01") and Riket ("00"). */
export const isCountyArea = (code: string): boolean =>
  code === "00" || code.startsWith("01");
