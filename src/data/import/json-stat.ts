/**
 * json-stat2: a PxWeb JSON-stat 2.0 dataset (`version`, `class: "dataset"`, `id`, `size`,
 * `dimension`, `value`, `status`). The area dimension is `role.geo` (or named Region/Kommun),
 * the time dimension `role.time` (or Tid/År/Year), the indicator `role.metric` (ContentsCode).
 * Kön is the gender (SCB's 1, 2, 1+2, TotSa); every other dimension with more than one category
 * is a breakdown, so each combination is its own series.
 * The cube's sizes are checked before anything is allocated (json-stat-cube.ts).
 */
import type { ImportMessage } from "@/i18n/import/import-text";

import type { AreaResult } from "./area-results";
import { clip } from "./clip";
import { normaliseGender, parsePeriod, type PeriodResult } from "./fields";
import {
  describe,
  isObject,
  jsonValue,
  optionalText,
  own,
  PROGRESS_EVERY,
  refusePxwebMetadata,
  type JsonImportInput,
  type JsonImportResult,
  type JsonObject,
} from "./json-common";
import { readCube, roleOf, type Dimension } from "./json-stat-cube";
import { symbolMeaning } from "./symbols";
import { SeriesNamer } from "./series";

const GEO =
  /^(region|kommun|kommuner|area|geo|municipality|omrade|område|lan|län)$/i;
const TIME = /^(tid|år|ar|year|time|period|manad|månad|month)$/i;
const METRIC =
  /^(contentscode|contents|tabellinnehall|tabellinnehåll|indikator|indicator|indicators)$/i;
const SEX = /^(kon|kön|sex|gender)$/i;
/** SCB's codes for kön: 1 men, 2 women, 1+2 (API v1) and TotSa (API v2) both. */
const SCB_SEX = new Map([
  ["1", "M"],
  ["2", "K"],
  ["1+2", "T"],
  ["TotSa", "T"],
]);

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
  return walk(data, valueRaw, dims, { geo, time, metric }, total, input);
}

interface Roles {
  readonly geo: number;
  readonly time: number;
  readonly metric: number;
}

/** Walks the cube in row-major order; every cell is a row, refused cells are counted errors. */
function walk(
  data: JsonObject,
  valueRaw: readonly unknown[] | JsonObject,
  dims: readonly Dimension[],
  { geo, time, metric }: Roles,
  total: number,
  input: JsonImportInput,
): JsonImportResult {
  const { issues, store, matcher } = input;
  const value = (n: number): unknown =>
    Array.isArray(valueRaw)
      ? (valueRaw[n] as unknown)
      : own(valueRaw as JsonObject, String(n));
  const statusAt = statusReader(own(data, "status"));
  const geoDim = dims[geo] as Dimension;
  const timeDim = dims[time] as Dimension;
  const metricDim = metric === -1 ? null : (dims[metric] ?? null);
  const indicator = fixedIndicator(data, metricDim !== null, input);
  // Kön is the gender even with one category; other dimensions only when they vary.
  const sexIndex = dims.findIndex(
    (d, i) => i !== geo && i !== time && i !== metric && SEX.test(d.id),
  );
  const others = dims
    .map((_, i) => i)
    .filter(
      (i) =>
        i !== geo &&
        i !== time &&
        i !== metric &&
        i !== sexIndex &&
        (dims[i]?.size ?? 1) > 1,
    );
  const areas = geoDim.ids.map((id, p) =>
    firstOk(matcher.resolve(id), () => matcher.resolve(geoDim.labels[p] ?? "")),
  );
  const periods = timeDim.ids.map((id, p) =>
    firstOk(parsePeriod(id.trim()), () =>
      parsePeriod((timeDim.labels[p] ?? "").trim()),
    ),
  );
  const strides = dims.map((_, i) =>
    dims.slice(i + 1).reduce((product, d) => product * d.size, 1),
  );
  const position = (n: number, i: number): number =>
    Math.floor(n / (strides[i] ?? 1)) % (dims[i]?.size ?? 1);
  const namer = new SeriesNamer();
  for (let n = 0; n < total; n++) {
    if (n % PROGRESS_EVERY === 0) input.onChunk(n / total);
    const path = `value[${n}]`;
    const g = position(n, geo);
    const area = areas[g] as AreaResult;
    if (!area.ok) {
      issues.add("error", area.code, null, path, area.message);
      continue;
    }
    if (area.note)
      issues.once(
        geoDim.ids[g] ?? "",
        "info",
        area.note.code,
        null,
        `${geoDim.id}=${geoDim.ids[g] ?? ""}`,
        area.note.message,
      );
    const t = position(n, time);
    const period = periods[t] as PeriodResult;
    if (!period.ok) {
      issues.add("error", "bad-period", null, path, period.message);
      continue;
    }
    const parsed = jsonValue(value(n));
    if (!parsed.ok) {
      issues.add("error", parsed.code, null, path, parsed.message);
      continue;
    }
    let { status, symbol } = parsed.cell;
    const statusText = statusAt(n);
    if (statusText !== null) {
      if (parsed.cell.value === null) {
        symbol = statusText;
        const meaning = symbolMeaning(statusText.trim());
        if (meaning) status = meaning.status;
      } else {
        issues.once(statusText, "info", "status-with-value", null, path, {
          key: "statusWithValue",
          params: { text: clip(statusText), path },
        });
      }
    }
    const m = metricDim ? position(n, metric) : 0;
    const parts = others.map((i): readonly [string, string] => {
      const dim = dims[i] as Dimension;
      const p = position(n, i);
      return [dim.id, dim.labels[p] ?? dim.ids[p] ?? ""];
    });
    const sex = sexOf(
      dims[sexIndex],
      sexIndex === -1 ? 0 : position(n, sexIndex),
    );
    const named = namer.name(
      metricDim ? (metricDim.ids[m] ?? "") : indicator,
      parts,
      sex,
      input.fileStem,
    );
    const unit = metricDim ? (metricDim.units[m] ?? null) : null;
    store.add(
      {
        area: area.code,
        indicator: named.series,
        period: period.period,
        value: parsed.cell.value,
        status,
        symbol,
        unit,
        gender: sex?.[1] ?? null,
        breakdown: named.breakdown,
        line: 0,
      },
      area.index,
      store.indicator(
        named.series,
        unit,
        metricDim ? (metricDim.labels[m] ?? null) : null,
      ),
      store.period(period.period),
      path,
    );
  }
  return { format: "json-stat2", rows: total, readable: true };
}

/** The first result when it is ok, else the second when that is, else the first. */
function firstOk<T extends { readonly ok: boolean }>(
  first: T,
  second: () => T,
): T {
  if (first.ok) return first;
  const other = second();
  return other.ok ? other : first;
}

/** The kön dimension's [id, T/K/M] at a position (SCB's codes first, then the label). */
function sexOf(
  dim: Dimension | undefined,
  p: number,
): readonly [string, string] | null {
  if (!dim) return null;
  const id = dim.ids[p] ?? "";
  return [dim.id, SCB_SEX.get(id) ?? normaliseGender(dim.labels[p] ?? id)];
}

function statusReader(statusRaw: unknown): (n: number) => string | null {
  return (n) => {
    if (typeof statusRaw === "string") return statusRaw;
    const s = Array.isArray(statusRaw)
      ? (statusRaw[n] as unknown)
      : isObject(statusRaw)
        ? own(statusRaw, String(n))
        : undefined;
    return typeof s === "string" && s !== "" ? s : null;
  };
}

/** Without a metric dimension the indicator is the dataset's label, or the file name. */
function fixedIndicator(
  data: JsonObject,
  hasMetric: boolean,
  input: JsonImportInput,
): string {
  if (hasMetric) return "";
  const label = optionalText(own(data, "label"));
  const name = label ?? input.fileStem;
  input.issues.add(
    "info",
    label ? "indicator-from-title" : "indicator-from-file-name",
    null,
    null,
    { key: "noIndicatorDimension", params: { name: clip(name) } },
  );
  return name;
}
