/**
 * The fields of one json-tidy record (json-tidy.ts): keys it does not know (reported once), its
 * area, indicator and period (null, reported, when unusable), and its status and symbol.
 */
import type { AreaResult } from "./area-results";
import { clip } from "./clip";
import { parseStatus } from "./fields";
import { isFormulaLike } from "./formula";
import type { IssueCollector } from "./issues";
import {
  describe,
  optionalText,
  own,
  type JsonImportInput,
  type JsonObject,
} from "./json-common";
import { jsonArea, jsonPeriod } from "./json-place";
import { trimCell } from "./numbers";
import type { ImportStatus } from "./report-types";
import { symbolMeaning } from "./symbols";

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

/** Reports each key a record has that json-tidy does not read (once per key). */
export function reportIgnoredKeys(
  item: JsonObject,
  path: string,
  issues: IssueCollector,
): void {
  for (const key of Object.keys(item)) {
    if (TIDY_KEYS.has(key)) continue;
    issues.once(key, "info", "json-key-ignored", null, `${path}.${key}`, {
      key: "keyIgnored",
      params: { key: clip(key) },
    });
  }
}

export function tidyArea(
  item: JsonObject,
  path: string,
  input: JsonImportInput,
): Extract<AreaResult, { ok: true }> | null {
  const areaRaw = own(item, "area");
  return jsonArea(areaRaw, `${path}.area`, input, () => ({
    key: "areaInvalid",
    params: { value: describe(areaRaw) },
  }));
}

export function tidyIndicator(
  item: JsonObject,
  path: string,
  issues: IssueCollector,
): string | null {
  const indicator = optionalText(own(item, "indicator"));
  if (indicator === null) {
    issues.add("error", "missing-indicator", null, `${path}.indicator`, {
      key: "indicatorInvalid",
      params: { value: describe(own(item, "indicator")) },
    });
    return null;
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
  return indicator;
}

export function tidyPeriod(
  item: JsonObject,
  path: string,
  issues: IssueCollector,
): string | null {
  const periodRaw = own(item, "period");
  return jsonPeriod(periodRaw, `${path}.period`, issues, () => ({
    key: "periodInvalid",
    params: { value: describe(periodRaw) },
  }));
}

interface StatusAndSymbol {
  readonly status: ImportStatus;
  readonly symbol: string | null;
}

/**
 * The record's status and symbol from its value, `symbol` and `status` fields; null when the
 * status contradicts the value (reported as status-conflict).
 */
export function declaredStatus(
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
