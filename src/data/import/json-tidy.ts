/**
 * json-tidy, the app's own JSON: an array of observations, or
 * `{ "indicators"?: [{ "id", "unit"?, "label"? }], "observations": [ … ] }` where each
 * observation has `area` ("0127", 127 or a name), `indicator`, `period` ("2019", 2019,
 * "2014M08", "2014K1" or "2013-2016"), `value` (a number, null, a statistical symbol such as
 * "..", or a numeric string with a decimal point), and optionally `status` ("reported" |
 * "missing" | "suppressed"), `symbol`, `unit` and `gender`. The `--json` output of
 * `npm run data:check` is one.
 */
import { normaliseGender } from "./fields";
import type { IssueCollector } from "./issues";
import {
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
import {
  declaredStatus,
  reportIgnoredKeys,
  tidyArea,
  tidyIndicator,
  tidyPeriod,
} from "./json-tidy-fields";

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
  const { issues, store } = input;
  if (!isObject(item)) {
    issues.add("error", "bad-record", null, path, {
      key: "recordNotObject",
      params: { path },
    });
    return;
  }
  reportIgnoredKeys(item, path, issues);
  const area = tidyArea(item, path, input);
  if (!area) return;
  const indicator = tidyIndicator(item, path, issues);
  if (indicator === null) return;
  const period = tidyPeriod(item, path, issues);
  if (period === null) return;
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
      period,
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
    store.period(period),
    path,
  );
}
