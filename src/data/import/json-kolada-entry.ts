/**
 * One value of a Kolada record (json-kolada.ts): `{ "gender", "status", "value", "count" }`. A
 * status beside a missing value is its symbol; beside a value it is reported once and the value
 * is used.
 */
import type { AreaResult } from "./area-results";
import { clip } from "./clip";
import { normaliseGender } from "./fields";
import type { IssueCollector } from "./issues";
import {
  isObject,
  jsonValue,
  optionalText,
  own,
  type JsonImportInput,
  type JsonObject,
} from "./json-common";
import type { ImportStatus } from "./report-types";
import { symbolMeaning } from "./symbols";

/** What a record's values share: its KPI, area and period. */
export interface KoladaRecord {
  readonly kpi: string;
  readonly area: Extract<AreaResult, { ok: true }>;
  readonly period: string;
  readonly periodIndex: number;
  readonly indicatorIndex: number;
}

/** Adds one entry of a record's `values` to the store, or reports why it is not used. */
export function importEntry(
  entry: unknown,
  entryPath: string,
  record: KoladaRecord,
  { issues, store }: JsonImportInput,
): void {
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
  const { status, symbol } = statusOf(entry, parsed.cell, entryPath, issues);
  store.add(
    {
      area: record.area.code,
      indicator: record.kpi,
      period: record.period,
      value: parsed.cell.value,
      status,
      symbol,
      unit: null,
      gender: genderText === null ? null : normaliseGender(genderText),
      breakdown: null,
      line: 0,
    },
    record.area.index,
    record.indicatorIndex,
    record.periodIndex,
    entryPath,
  );
}

/** The entry's status and symbol: the cell's, or its `status` when the value is missing. */
function statusOf(
  entry: JsonObject,
  cell: {
    readonly value: number | null;
    readonly status: ImportStatus;
    readonly symbol: string | null;
  },
  entryPath: string,
  issues: IssueCollector,
): { status: ImportStatus; symbol: string | null } {
  const statusText = optionalText(own(entry, "status"));
  let { status, symbol } = cell;
  if (statusText === null) return { status, symbol };
  if (cell.value === null) {
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
  return { status, symbol };
}
