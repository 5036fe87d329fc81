/**
 * kolada-json: a Kolada API data response. v3 (the current API) and v2 (retired) share the shape
 * `{ "count", "values": [{ "kpi", "municipality", "period", "values": [{ "gender", "status",
 * "value", "count" }] }] }`; paging is `next_url` / `previous_url` in v3 and `next_page` /
 * `previous_page` in v2. A saved page that is not the only one is read with a warning.
 * Kolada's "0000" is Riket and "0001" Region Stockholm (the AreaMatcher maps both).
 */
import type { IssueCollector } from "./issues";
import {
  describe,
  emptyJson,
  isObject,
  optionalText,
  own,
  PROGRESS_EVERY,
  type JsonImportInput,
  type JsonImportResult,
  type JsonObject,
} from "./json-common";
import { jsonArea, jsonPeriod } from "./json-place";
import { importEntry, type KoladaRecord } from "./json-kolada-entry";

/** Paging keys of v3 and v2: a non-empty one means the file is one page of several. */
const PAGING_KEYS = [
  "next_url",
  "next_page",
  "next",
  "previous_url",
  "previous_page",
] as const;

/** Imports a Kolada response whose `values` is an array. */
export function importKolada(
  data: JsonObject,
  values: readonly unknown[],
  input: JsonImportInput,
): JsonImportResult {
  warnIfPartial(data, input.issues);
  if (values.length === 0)
    return emptyJson(input.issues, "kolada-json", "values");
  let rows = 0;
  values.forEach((item, index) => {
    if (index % PROGRESS_EVERY === 0) input.onChunk(index / values.length);
    rows += importRecord(item, `values[${index}]`, input);
  });
  return { format: "kolada-json", rows, readable: true };
}

function warnIfPartial(data: JsonObject, issues: IssueCollector): void {
  const key = PAGING_KEYS.find((k) => {
    const link = own(data, k);
    return (
      (typeof link === "string" && link !== "") || typeof link === "number"
    );
  });
  if (key === undefined) return;
  const next = key.startsWith("next");
  issues.add("warning", "kolada-partial", null, key, {
    key: "koladaPartial",
    params: { key, next },
  });
}

/** One `values[]` record; returns the number of rows it counts (its values, at least 1). */
function importRecord(
  item: unknown,
  path: string,
  input: JsonImportInput,
): number {
  const kpi = isObject(item)
    ? optionalText(own(item, "kpi") ?? own(item, "kpi_id"))
    : null;
  const inner = isObject(item) ? own(item, "values") : undefined;
  if (!isObject(item) || kpi === null || !Array.isArray(inner)) {
    input.issues.add("error", "bad-record", null, path, {
      key: "koladaBadRecord",
      params: { path },
    });
    return 1;
  }
  const rows = Math.max(1, inner.length);
  const area = recordArea(item, path, input);
  if (!area) return rows;
  const period = recordPeriod(item, path, input.issues);
  if (!period) return rows;
  if (inner.length === 0) {
    input.issues.add("warning", "kolada-no-values", null, `${path}.values`, {
      key: "koladaNoValues",
      params: { path },
    });
    return rows;
  }
  const record: KoladaRecord = {
    kpi,
    area,
    period,
    periodIndex: input.store.period(period),
    indicatorIndex: input.store.indicator(kpi, null, null),
  };
  inner.forEach((entry, j) => {
    importEntry(entry, `${path}.values[${j}]`, record, input);
  });
  return rows;
}

/** The record's area, its note reported; null (reported) when it is none of the county's. */
function recordArea(
  item: JsonObject,
  path: string,
  input: JsonImportInput,
): KoladaRecord["area"] | null {
  const municipality =
    own(item, "municipality") ?? own(item, "municipality_id");
  return jsonArea(municipality, `${path}.municipality`, input, () =>
    municipality === undefined && own(item, "ou") !== undefined
      ? { key: "koladaUnit", params: { path } }
      : {
          key: "municipalityInvalid",
          params: { value: describe(municipality) },
        },
  );
}

/** The record's period; null (reported) when it is not one. */
function recordPeriod(
  item: JsonObject,
  path: string,
  issues: IssueCollector,
): string | null {
  const periodRaw = own(item, "period");
  return jsonPeriod(periodRaw, `${path}.period`, issues, () => ({
    key: "koladaPeriodInvalid",
    params: { value: describe(periodRaw) },
  }));
}
