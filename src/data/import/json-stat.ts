/**
 * json-stat2: a PxWeb JSON-stat 2.0 dataset (`version`, `class: "dataset"`, `id`, `size`,
 * `dimension`, `value`, `status`). The area dimension is `role.geo` (or named Region/Kommun),
 * the time dimension `role.time` (or Tid/År/Year), the indicator `role.metric` (ContentsCode).
 * Kön is the gender (SCB's 1, 2, 1+2, TotSa); every other dimension with more than one category
 * is a breakdown, so each combination is its own series.
 * The cube's sizes are checked before anything is allocated (json-stat-cube.ts).
 */
import type { ImportMessage } from "@/i18n/import/import-text";

import {
  describe,
  isObject,
  own,
  refusePxwebMetadata,
  type JsonImportInput,
  type JsonImportResult,
  type JsonObject,
} from "./json-common";
import { readCells } from "./json-stat-cells";
import { readCube, roleOf } from "./json-stat-cube";

const GEO =
  /^(region|kommun|kommuner|area|geo|municipality|omrade|område|lan|län)$/i;
const TIME = /^(tid|år|ar|year|time|period|manad|månad|month)$/i;
const METRIC =
  /^(contentscode|contents|tabellinnehall|tabellinnehåll|indikator|indicator|indicators)$/i;

type Fail = (code: string, message: ImportMessage) => JsonImportResult;

/** Imports a JSON-stat 2.0 dataset (an object with class "dataset" and dimension). */
export function importJsonStat(
  data: JsonObject,
  input: JsonImportInput,
): JsonImportResult {
  const { issues } = input;
  const valueRaw = own(data, "value");
  if (valueRaw === undefined || valueRaw === null)
    return refusePxwebMetadata(issues, "v2");
  const fail: Fail = (code, message) => {
    issues.add("error", code, null, null, message);
    return { format: "json-stat2", rows: 0, readable: false };
  };
  const version = own(data, "version");
  if (version !== "2.0") {
    issues.add("warning", "json-stat-version", null, "version", {
      key: "jsonStatVersion",
      params: { version: describe(version) },
    });
  }
  const cube = readCube(data);
  if (!cube.ok) return fail(cube.code, cube.message);
  const { dims, total } = cube;
  const find = (role: string, pattern: RegExp): number => {
    const byRole = roleOf(data, role);
    const index = byRole === null ? -1 : dims.findIndex((d) => d.id === byRole);
    return index !== -1 ? index : dims.findIndex((d) => pattern.test(d.id));
  };
  const geo = find("geo", GEO);
  const time = find("time", TIME);
  const metric = find("metric", METRIC);
  const names = dims.map((d) => d.id).join(", ");
  if (geo === -1)
    return fail("no-area-dimension", {
      key: "noAreaDimension",
      params: { dimensions: names },
    });
  if (time === -1)
    return fail("bad-json-stat", {
      key: "noTimeDimension",
      params: { dimensions: names },
    });
  if (!Array.isArray(valueRaw) && !isObject(valueRaw))
    return fail("bad-json-stat", { key: "valueNotList" });
  if (Array.isArray(valueRaw) && valueRaw.length !== total)
    return fail("bad-json-stat", {
      key: "valueCount",
      params: { values: valueRaw.length, cells: total },
    });
  return readCells({
    data,
    valueRaw,
    dims,
    roles: { geo, time, metric },
    total,
    input,
  });
}
