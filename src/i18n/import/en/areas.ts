/** English: area cells (kommun and län codes and names). */
import { groupDigits, quoteEn as q } from "../quote";
import type { areasSv, OtherArea } from "../sv/areas";

const other = (area: OtherArea): string =>
  area.kind === "area"
    ? area.name
    : area.kind === "outside"
      ? `${area.text}, outside the county`
      : "unknown name";

export const areasEn: typeof areasSv = {
  missingArea: () =>
    "The kommun or kommun code is missing; the row is not used.",
  zeroCode: () =>
    "The code “0” is not an area code (Sweden is “00”, in Kolada “0000”); the row is not used.",
  unknownCode: (p) =>
    `The code ${q(p.text)} is no kommun or county of Sweden (an old code, a total row or another division?); the row is not used.`,
  unknownName: (p) =>
    `${q(p.text)} is no kommun or county of Sweden; the row is not used. Check the spelling or use the kommun code.`,
  outsideCounty: (p) =>
    `${q(p.text)} (${p.name}) is outside Stockholm County; the row is not used here.`,
  outsideCountyRows: (p) =>
    `${q(p.text)} (${p.name}) is outside Stockholm County; the row is not used here. (${groupDigits(p.rows, "en")} ${p.line === null ? "values" : `rows, from line ${p.line}`})`,
  kommunInCountyColumn: (p) =>
    `${q(p.text)} is a kommun, but the column holds counties or regions; the row is not used.`,
  areaMismatch: (p) =>
    `The code ${q(p.code)} (${p.codeName}) and the name ${q(p.name)} (${other(p.other)}) do not agree; the row is not used.`,
  countyNameRead: (p) =>
    `The name ${q(p.text)} in a column of counties or regions was read as ${p.name} (code ${p.code}).`,
  nameReadAsCode: (p) => `The name ${q(p.text)} was read as code ${p.code}.`,
  nameRead: (p) =>
    `The name ${q(p.text)} was read as ${p.name} (code ${p.code}).`,
  readByName: (p) =>
    `The kommun code is missing; the name ${q(p.text)} was used and read as ${p.name} (code ${p.code}).`,
  koladaCode: (p) =>
    `The code ${q(p.text)} (Kolada's code for ${p.name}) was read as ${q(p.code)}.`,
  paddedCode: (p) =>
    `The kommun code ${q(p.text)} had lost its leading zero (Excel drops it) and was read as ${q(p.code)} (${p.name}).`,
};
