/** English: JSON files (which format, tidy records, Kolada responses). */
import { quoteEn as q } from "../quote";
import type { jsonSv, TopLevel } from "../sv/json";

const json = (value: string | null): string => value ?? "missing";

const topLevel = (top: TopLevel): string =>
  top.kind === "value"
    ? `the file is just the value ${top.value}`
    : top.kind === "empty"
      ? "the object is empty"
      : `the top level has the keys ${top.keys.map(q).join(", ")}${top.more ? " …" : ""}`;

export const jsonEn: typeof jsonSv = {
  badJson: (p) => `The file is not valid JSON (${p.detail}).`,
  jsonStatCollection: () =>
    "The file is JSON-stat but not a single JSON-stat 2.0 dataset (class: dataset). Download the table as json-stat2 from PxWeb.",
  pxwebJson: () =>
    "The file is PxWeb's own JSON format (columns and data), which is not read. Fetch the table in the json-stat2 or csv format instead.",
  unknownJson: (p) =>
    `The JSON file has no recognised format (${topLevel(p.found)}). What is read is a list of observations (area, indicator, period, value), a Kolada API response (values) or a JSON-stat 2.0 dataset from PxWeb.`,
  emptyJson: (p) =>
    `The JSON file has no values: ${p.path === "" ? "the list" : p.path} is empty.`,
  jsonFormulaValue: (p) =>
    `The value ${q(p.text)} looks like a spreadsheet formula; it is never evaluated and not used.`,
  jsonFormulaText: (p) =>
    `The text ${q(p.text)} looks like a spreadsheet formula; it is read as text and never evaluated.`,
  numberTooLarge: (p) =>
    `The number ${p.number} is too large (at most 15 digits before the decimal point); the value is not used.`,
  numberInfinite: () =>
    "The number is too large to read (it becomes infinite, like 1e400); the value is not used.",
  jsonNotANumber: (p) =>
    `${q(p.text)} is not a number (a JSON number such as 12.5, null or a symbol such as ${q("..")}); the value is not used.`,
  pxwebMetadataV1: () =>
    "The file is the table's description (metadata) from PxWeb, not data: it has variables and codes but no values. It was saved from the answer to a GET request. Fetch the data itself with a POST request (with a query and the format json-stat2 or csv) and save that answer.",
  pxwebMetadataV2: () =>
    "The file is the table's description (metadata) from PxWeb, not data: it has dimensions and codes but no values (value is missing). Fetch the data itself (the address …/data instead of …/metadata, format json-stat2 or csv) and save that answer.",
  indicatorWithoutId: (p) =>
    `indicators[${p.index}] has no id and is not used.`,
  recordNotObject: (p) =>
    `${p.path} is not an object with area, indicator, period and value; it is not used.`,
  keyIgnored: (p) => `The field ${q(p.key)} is not used by the import.`,
  areaInvalid: (p) =>
    `area is ${json(p.value)}; a municipality code or name is needed. The record is not used.`,
  indicatorInvalid: (p) =>
    `indicator is ${json(p.value)}; the record is not used.`,
  periodInvalid: (p) =>
    `period is ${json(p.value)}; a year such as ${q("2019")} or a month such as ${q("2019M01")} is needed. The record is not used.`,
  statusDisagrees: (p) =>
    `The status ${q(p.text)} does not agree with the value; the record is not used.`,
  koladaPartial: (p) =>
    `The file is one page of a longer response from Kolada (${p.key} is set); only this page is read. Fetch ${p.next ? "every page" : "the earlier pages too"} and save them as one file.`,
  koladaBadRecord: (p) =>
    `${p.path} does not have Kolada's shape (kpi, municipality, period, values); it is not used.`,
  koladaUnit: (p) =>
    `${p.path} is about an organisational unit (ou), not a municipality; it is not used. Fetch data per municipality from Kolada.`,
  municipalityInvalid: (p) =>
    `municipality is ${json(p.value)}; the record is not used.`,
  koladaPeriodInvalid: (p) =>
    `period is ${json(p.value)}; the record is not used.`,
  koladaNoValues: (p) => `${p.path} has no values (values is empty).`,
  koladaEntryNotObject: (p) =>
    `${p.path} is not an object with gender and value; it is not used.`,
  koladaStatus: (p) =>
    `Kolada gives the status ${q(p.text)} for values (first: ${p.path}); they are read as reported. Check what the status means.`,
};
