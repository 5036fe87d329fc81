/**
 * kolada-json: a Kolada API data response. v3 (the current API) and v2 (retired) share the shape
 * `{ "count", "values": [{ "kpi", "municipality", "period", "values": [{ "gender", "status",
 * "value", "count" }] }] }`; paging is `next_url` / `previous_url` in v3 and `next_page` /
 * `previous_page` in v2. A saved page that is not the only one is read with a warning.
 * Kolada's "0000" is Riket and "0001" Region Stockholm (the AreaMatcher maps both).
 */
import { normaliseGender, parsePeriod } from "./fields";
import { clip } from "./clip";
import type { IssueCollector } from "./issues";
import {
  describe,
  emptyJson,
  isObject,
  jsonValue,
  optionalText,
  own,
  PROGRESS_EVERY,
  type JsonImportInput,
  type JsonImportResult,
  type JsonObject,
} from "./json-common";
import { symbolMeaning } from "./symbols";

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
  const { issues, store, matcher } = input;
  const kpi = isObject(item)
    ? optionalText(own(item, "kpi") ?? own(item, "kpi_id"))
    : null;
  const inner = isObject(item) ? own(item, "values") : undefined;
  if (!isObject(item) || kpi === null || !Array.isArray(inner)) {
    issues.add("error", "bad-record", null, path, {
      key: "koladaBadRecord",
      params: { path },
    });
    return 1;
  }
  const rows = Math.max(1, inner.length);
  const municipality =
    own(item, "municipality") ?? own(item, "municipality_id");
  const area =
    typeof municipality === "string" || typeof municipality === "number"
      ? matcher.resolve(String(municipality))
      : null;
  if (!area?.ok) {
    issues.add(
      "error",
      area?.code ?? "missing-area",
      null,
      `${path}.municipality`,
      area
        ? area.message
        : municipality === undefined && own(item, "ou") !== undefined
          ? { key: "koladaUnit", params: { path } }
          : {
              key: "municipalityInvalid",
              params: { value: describe(municipality) },
            },
    );
    return rows;
  }
  if (area.note)
    issues.once(
      String(municipality),
      "info",
      area.note.code,
      null,
      `${path}.municipality`,
      area.note.message,
    );
  const periodRaw = own(item, "period");
  const period =
    typeof periodRaw === "string" || typeof periodRaw === "number"
      ? parsePeriod(String(periodRaw).trim())
      : null;
  if (!period?.ok) {
    issues.add(
      "error",
      "bad-period",
      null,
      `${path}.period`,
      period
        ? period.message
        : {
            key: "koladaPeriodInvalid",
            params: { value: describe(periodRaw) },
          },
    );
    return rows;
  }
  if (inner.length === 0) {
    issues.add("warning", "kolada-no-values", null, `${path}.values`, {
      key: "koladaNoValues",
      params: { path },
    });
    return rows;
  }
  const periodIndex = store.period(period.period);
  const indicatorIndex = store.indicator(kpi, null, null);
  inner.forEach((entry, j) => {
    const entryPath = `${path}.values[${j}]`;
    if (!isObject(entry)) {
      issues.add("error", "bad-record", null, entryPath, {
        key: "koladaEntryNotObject",
        params: { path: entryPath },
      });
      return;
    }
    const parsed = jsonValue(own(entry, "value"));
    if (!parsed.ok) {
      issues.add(
        "error",
        parsed.code,
        null,
        `${entryPath}.value`,
        parsed.message,
      );
      return;
    }
    const genderText = optionalText(own(entry, "gender"));
    const statusText = optionalText(own(entry, "status"));
    let { status, symbol } = parsed.cell;
    if (statusText !== null) {
      if (parsed.cell.value === null) {
        symbol = statusText;
        const meaning = symbolMeaning(statusText);
        if (meaning) status = meaning.status;
      } else {
        issues.once(
          statusText,
          "warning",
          "kolada-status",
          null,
          `${entryPath}.status`,
          {
            key: "koladaStatus",
            params: { text: clip(statusText), path: entryPath },
          },
        );
      }
    }
    store.add(
      {
        area: area.code,
        indicator: kpi,
        period: period.period,
        value: parsed.cell.value,
        status,
        symbol,
        unit: null,
        gender: genderText === null ? null : normaliseGender(genderText),
        breakdown: null,
        line: 0,
      },
      area.index,
      indicatorIndex,
      periodIndex,
      entryPath,
    );
  });
  return rows;
}
