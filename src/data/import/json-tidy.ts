/**
 * json-tidy, the app's own JSON: an array of observations, or
 * `{ "indicators"?: [{ "id", "unit"?, "label"? }], "observations": [ … ] }` where each
 * observation has `area` ("0127", 127 or a name), `indicator`, `period` ("2019", 2019,
 * "2014M08", "2014K1" or "2013-2016"), `value` (a number, null, a statistical symbol such as
 * "..", or a numeric string with a decimal point), and optionally `status` ("reported" |
 * "missing" | "suppressed"), `symbol`, `unit` and `gender`. The `--json` output of
 * `npm run data:check` is one.
 */
import { normaliseGender, parsePeriod, parseStatus } from "./fields";
import { isFormulaLike } from "./formula";
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
import { trimCell } from "./numbers";
import { symbolMeaning } from "./symbols";
import type { ImportStatus } from "./report-types";

export interface IndicatorMeta {
  readonly unit: string | null;
  readonly label: string | null;
}

/** The `indicators` list of a tidy JSON object: id → unit and label (first entry wins). */
export function indicatorMeta(
  data: JsonObject,
  issues: IssueCollector,
): Map<string, IndicatorMeta> {
  const meta = new Map<string, IndicatorMeta>();
  const list = own(data, "indicators");
  if (!Array.isArray(list)) return meta;
  list.forEach((item: unknown, index) => {
    const id = isObject(item) ? optionalText(own(item, "id")) : null;
    if (!isObject(item) || id === null) {
      issues.add("warning", "bad-record", null, `indicators[${index}]`, {
        key: "indicatorWithoutId",
        params: { index },
      });
      return;
    }
    if (!meta.has(id))
      meta.set(id, {
        unit: optionalText(own(item, "unit")),
        label: optionalText(own(item, "label")),
      });
  });
  return meta;
}

const TIDY_KEYS = new Set([
  "area",
  "indicator",
  "period",
  "value",
  "status",
  "symbol",
  "unit",
  "gender",
  "line",
]);

/**
 * Imports tidy observations. Every item counts as a row, an unusable one too, so "none of the
 * file's N rows" counts what the file holds.
 */
export function importTidy(
  items: readonly unknown[],
  prefix: string,
  meta: ReadonlyMap<string, IndicatorMeta>,
  input: JsonImportInput,
): JsonImportResult {
  if (items.length === 0) return emptyJson(input.issues, "json-tidy", prefix);
  items.forEach((item, index) => {
    if (index % PROGRESS_EVERY === 0) input.onChunk(index / items.length);
    importRecord(item, `${prefix}[${index}]`, meta, input);
  });
  return { format: "json-tidy", rows: items.length, readable: true };
}

function importRecord(
  item: unknown,
  path: string,
  meta: ReadonlyMap<string, IndicatorMeta>,
  input: JsonImportInput,
): void {
  const { issues, store, matcher } = input;
  if (!isObject(item)) {
    issues.add("error", "bad-record", null, path, {
      key: "recordNotObject",
      params: { path },
    });
    return;
  }
  for (const key of Object.keys(item)) {
    if (TIDY_KEYS.has(key)) continue;
    issues.once(key, "info", "json-key-ignored", null, `${path}.${key}`, {
      key: "keyIgnored",
      params: { key: clip(key) },
    });
  }
  const areaRaw = own(item, "area");
  const area =
    typeof areaRaw === "string" || typeof areaRaw === "number"
      ? matcher.resolve(String(areaRaw))
      : null;
  if (!area?.ok) {
    issues.add(
      "error",
      area?.code ?? "missing-area",
      null,
      `${path}.area`,
      area
        ? area.message
        : { key: "areaInvalid", params: { value: describe(areaRaw) } },
    );
    return;
  }
  if (area.note)
    issues.once(
      String(areaRaw),
      "info",
      area.note.code,
      null,
      `${path}.area`,
      area.note.message,
    );
  const indicator = optionalText(own(item, "indicator"));
  if (indicator === null) {
    issues.add("error", "missing-indicator", null, `${path}.indicator`, {
      key: "indicatorInvalid",
      params: { value: describe(own(item, "indicator")) },
    });
    return;
  }
  if (isFormulaLike(indicator))
    issues.once(
      indicator,
      "warning",
      "formula-cell",
      null,
      `${path}.indicator`,
      { key: "jsonFormulaText", params: { text: clip(indicator) } },
    );
  const periodRaw = own(item, "period");
  const period =
    typeof periodRaw === "string" || typeof periodRaw === "number"
      ? parsePeriod(trimCell(String(periodRaw)))
      : null;
  if (!period?.ok) {
    issues.add(
      "error",
      "bad-period",
      null,
      `${path}.period`,
      period
        ? period.message
        : { key: "periodInvalid", params: { value: describe(periodRaw) } },
    );
    return;
  }
  if (period.note)
    issues.once(
      String(periodRaw),
      "info",
      "period-normalised",
      null,
      `${path}.period`,
      period.note,
    );
  const parsed = jsonValue(own(item, "value"));
  if (!parsed.ok) {
    issues.add("error", parsed.code, null, `${path}.value`, parsed.message);
    return;
  }
  const status = declaredStatus(item, parsed.cell, path, issues);
  if (status === null) return;
  const info = meta.get(indicator);
  const unit = optionalText(own(item, "unit")) ?? info?.unit ?? null;
  const genderText = optionalText(own(item, "gender"));
  const indicatorIndex = store.indicator(indicator, unit, info?.label ?? null);
  store.add(
    {
      area: area.code,
      indicator,
      period: period.period,
      value: parsed.cell.value,
      status: status.status,
      symbol: status.symbol,
      unit,
      gender: genderText === null ? null : normaliseGender(genderText),
      breakdown: null,
      line: 0,
    },
    area.index,
    indicatorIndex,
    store.period(period.period),
    path,
  );
}

interface StatusAndSymbol {
  readonly status: ImportStatus;
  readonly symbol: string | null;
}

/**
 * The record's status and symbol from its value, `symbol` and `status` fields; null when the
 * status contradicts the value (reported as status-conflict).
 */
function declaredStatus(
  item: JsonObject,
  cell: { readonly value: number | null } & StatusAndSymbol,
  path: string,
  issues: IssueCollector,
): StatusAndSymbol | null {
  let { status, symbol } = cell;
  const symbolRaw = own(item, "symbol");
  if (typeof symbolRaw === "string" && cell.value === null) {
    symbol = symbolRaw;
    const meaning = symbolMeaning(trimCell(symbolRaw));
    if (meaning) status = meaning.status;
  }
  const statusRaw = own(item, "status");
  if (typeof statusRaw !== "string" || statusRaw === "")
    return { status, symbol };
  const declared = parseStatus(trimCell(statusRaw));
  const conflict =
    (declared.kind === "symbol" && cell.value !== null) ||
    (declared.kind === "reported" && cell.value === null);
  if (conflict) {
    issues.add("error", "status-conflict", null, `${path}.status`, {
      key: "statusDisagrees",
      params: { text: clip(statusRaw) },
    });
    return null;
  }
  if (declared.kind === "symbol") return { status: declared.status, symbol };
  if (declared.kind === "unknown")
    issues.once(
      statusRaw,
      "warning",
      "unknown-status",
      null,
      `${path}.status`,
      { key: "unknownStatus", params: { text: clip(statusRaw) } },
    );
  return { status, symbol };
}
