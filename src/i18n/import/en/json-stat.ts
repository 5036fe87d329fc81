/** English: JSON-stat 2.0 datasets from PxWeb. */
import { groupDigits, quoteEn as q } from "../quote";
import type { jsonStatSv } from "../sv/json-stat";

export const jsonStatEn: typeof jsonStatSv = {
  jsonStatVersion: (p) =>
    `The JSON-stat version is ${p.version ?? "missing"}, not ${q("2.0")}; the file is read as 2.0 anyway.`,
  noAreaDimension: (p) =>
    `The JSON-stat file has no area dimension (region or municipality), only ${p.dimensions}. These are national figures, and there is nothing to import per municipality. Fetch the table with the Region variable and choose the municipalities.`,
  noTimeDimension: (p) =>
    `Found no time dimension (dimensions: ${p.dimensions}).`,
  valueNotList: () =>
    "value in the JSON-stat file is neither an array nor an object.",
  valueCount: (p) =>
    `value has ${p.values} values but the dimensions make ${p.cells} cells.`,
  statusWithValue: (p) =>
    `Values with the status ${q(p.text)} (first: ${p.path}) are read as reported.`,
  noIndicatorDimension: (p) =>
    `The file has no indicator dimension (ContentsCode); the indicator is named ${q(p.name)}.`,
  cubeIncomplete: () =>
    "The JSON-stat file lacks id, size or dimension, or id and size differ in length.",
  dimensionInvalid: (p) =>
    `Dimension no. ${p.number} has an invalid id or size (${p.id ?? "missing"}, ${p.size ?? "missing"}).`,
  tooManyCells: (p) =>
    `The JSON-stat file declares ${groupDigits(p.cells, "en")} cells (${p.factors.map((f) => groupDigits(f, "en")).join(" × ")}) and the limit is ${groupDigits(p.limit, "en")}, so it was not read. Fetch fewer regions, periods or other choices at a time.`,
  dimensionCategories: (p) =>
    `The dimension ${q(p.id)} lacks categories (category.index) matching its size ${p.size}.`,
};
