/**
 * One page of a Kolada API v3 data response, checked, and the county's rows of a KPI's pages in
 * the reference extract's layout (by-geo-year and by-geo-gender-year CSV). Shape:
 * `{ "count", "values": [{ "kpi", "municipality", "period", "values": [{ "gender": "T"|"K"|"M",
 * "value": number|null, "status", "count" }] }], "next_url" }`.
 */
interface KoladaValue {
  readonly gender: string;
  readonly value: number | null;
}

interface KoladaRecord {
  readonly kpi: string;
  readonly municipality: string;
  readonly period: number | string;
  readonly values: readonly KoladaValue[];
}

export interface KoladaPage {
  readonly values: readonly KoladaRecord[];
  /** The next page's address, or null on the last page. */
  readonly next: string | null;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function checkValue(v: unknown, where: string): KoladaValue {
  if (
    !isObject(v) ||
    typeof v.gender !== "string" ||
    !(typeof v.value === "number" || v.value === null)
  ) {
    throw new Error(`${where} is not { gender, value }`);
  }
  return { gender: v.gender, value: v.value };
}

function checkRecord(r: unknown, where: string): KoladaRecord {
  if (
    !isObject(r) ||
    typeof r.kpi !== "string" ||
    typeof r.municipality !== "string" ||
    !(typeof r.period === "number" || typeof r.period === "string") ||
    !/^\d{4}$/.test(String(r.period)) ||
    !Array.isArray(r.values)
  ) {
    throw new Error(
      `${where} is not { kpi, municipality, period, values: [...] }`,
    );
  }
  const values = r.values.map((v, i) =>
    checkValue(v, `${where}.values[${String(i)}]`),
  );
  return { kpi: r.kpi, municipality: r.municipality, period: r.period, values };
}

/** The page, or an error saying what is wrong with it (never a partial page). */
export function parsePage(text: string, kpi: string): KoladaPage {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error("the answer is not valid JSON");
  }
  if (!isObject(data) || !Array.isArray(data.values)) {
    throw new Error('the answer has no "values" array');
  }
  const values = data.values.map((r, i) =>
    checkRecord(r, `values[${String(i)}]`),
  );
  const other = values.find((r) => r.kpi !== kpi);
  if (other) throw new Error(`it holds KPI ${other.kpi}, not ${kpi}`);
  const next = data.next_url ?? data.next_page ?? null;
  if (next !== null && typeof next !== "string") {
    throw new Error('its "next_url" is not a string');
  }
  return { values, next: next === "" ? null : next };
}

/**
 * The area code of the county extract for a Kolada municipality id: "0000" Riket → "0",
 * "0001" Region Stockholm → "01", a kommun of Stockholms län (01xx) as it is; else null (the rest
 * of Sweden is kept in the saved responses only).
 */
function countyGeo(municipality: string): string | null {
  if (municipality === "0000") return "0";
  if (municipality === "0001") return "01";
  return /^01\d\d$/.test(municipality) ? municipality : null;
}

const GENDERS: Readonly<Record<string, string>> = { K: "k", M: "m" };

/** The KPI's county rows as by-geo-year and by-geo-gender-year CSV (a null value stays absent). */
export function countyCsv(
  kpi: string,
  pages: readonly KoladaPage[],
): { total: string; byGender: string } {
  const col = kpi.toLowerCase();
  const total: string[][] = [];
  const byGender: string[][] = [];
  for (const r of pages.flatMap((p) => p.values)) {
    const geo = countyGeo(r.municipality);
    if (geo === null) continue;
    const year = String(r.period);
    for (const v of r.values) {
      if (v.value === null) continue;
      const value = String(v.value);
      if (v.gender === "T") total.push([geo, year, value]);
      const g = GENDERS[v.gender];
      if (g) byGender.push([geo, g, year, value]);
    }
  }
  const sorted = (rows: string[][]) =>
    rows
      .sort((a, b) => a.join(",").localeCompare(b.join(",")))
      .map((r) => r.join(",") + "\n")
      .join("");
  return {
    total: `geo,year,${col}\n${sorted(total)}`,
    byGender: `geo,gender,year,${col}\n${sorted(byGender)}`,
  };
}
