/** English: area cells (kommun and län codes and names). */
import { groupDigits, quoteEn as q } from "../quote";
import type { areasSv, OtherArea } from "../sv/areas";

/**
 * An area's name in English: "Riket" is Sweden, "Stockholms län" Stockholm County; a kommun's name
 * is its name.
 */
export function areaNameEn(name: string): string {
  if (name === "Riket") return "Sweden";
  const county = /^(.+?)s? län$/.exec(name);
  return county ? `${county[1] ?? name} County` : name;
}

const other = (area: OtherArea): string =>
  area.kind === "area"
    ? areaNameEn(area.name)
    : area.kind === "outside"
      ? `${area.text}, outside the county`
      : "unknown name";

export const areasEn: typeof areasSv = {
  missingArea: () =>
    "The municipality or municipality code is missing; the row is not used.",
  zeroCode: () =>
    "The code “0” is not an area code (Sweden is “00”, in Kolada “0000”); the row is not used.",
  unknownCode: (p) =>
    `The code ${q(p.text)} is no municipality or county of Sweden (an old code, a total row or another division?); the row is not used.`,
  unknownName: (p) =>
    `${q(p.text)} is no municipality or county of Sweden; the row is not used. Check the spelling or use the municipality code.`,
  outsideCounty: (p) =>
    `${q(p.text)} (${areaNameEn(p.name)}) is outside Stockholm County; the row is kept for comparisons with all of Sweden but not shown in the county's views.`,
  outsideCountyRows: (p) =>
    `${q(p.text)} (${areaNameEn(p.name)}) is outside Stockholm County; the rows are kept for comparisons with all of Sweden but not shown in the county's views. (${groupDigits(p.rows, "en")} ${p.line === null ? "values" : `rows, from line ${p.line}`})`,
  kommunInCountyColumn: (p) =>
    `${q(p.text)} is a municipality, but the column holds counties or regions; the row is not used.`,
  areaMismatch: (p) =>
    `The code ${q(p.code)} (${areaNameEn(p.codeName)}) and the name ${q(p.name)} (${other(p.other)}) do not agree; the row is not used.`,
  countyNameRead: (p) =>
    `The name ${q(p.text)} in a column of counties or regions was read as ${areaNameEn(p.name)} (code ${p.code}).`,
  nameReadAsCode: (p) => `The name ${q(p.text)} was read as code ${p.code}.`,
  nameRead: (p) =>
    `The name ${q(p.text)} was read as ${areaNameEn(p.name)} (code ${p.code}).`,
  readByName: (p) =>
    `The municipality code is missing; the name ${q(p.text)} was used and read as ${areaNameEn(p.name)} (code ${p.code}).`,
  koladaCode: (p) =>
    `The code ${q(p.text)} (Kolada's code for ${areaNameEn(p.name)}) was read as ${q(p.code)}.`,
  paddedCode: (p) =>
    `The municipality code ${q(p.text)} had lost its leading zero (Excel drops it) and was read as ${q(p.code)} (${areaNameEn(p.name)}).`,
};
