/**
 * What the JSON formats share: the input and result of one import, own-property access, value
 * cells and the wording of values in messages.
 *
 * Keys are read with Object.hasOwn only, so "__proto__", "constructor" or "prototype" in a file
 * are plain data and never reach an object's prototype.
 */
import { stripBidi } from "@/domain/bidi";
import type { ImportMessage } from "@/i18n/import/import-text";

import type { AreaMatcher } from "./area-match";
import { clip } from "./clip";
import { isFormulaLike } from "./formula";
import type { IssueCollector } from "./issues";
import { parseNumber, trimCell } from "./numbers";
import { symbolMeaning } from "./symbols";
import type { ImportFormat, ImportStatus } from "./report-types";
import type { ObservationStore } from "./validate";

export interface JsonImportInput {
  readonly text: string;
  readonly fileStem: string;
  readonly matcher: AreaMatcher;
  readonly issues: IssueCollector;
  readonly store: ObservationStore;
  /** Called now and then with the share done; may throw (abort). */
  readonly onChunk: (fraction: number) => void;
}

export interface JsonImportResult {
  readonly format: ImportFormat | null;
  /** Records (tidy), values (Kolada) or cells (JSON-stat) read, used or not. */
  readonly rows: number;
  readonly readable: boolean;
}

export type JsonObject = Readonly<Record<string, unknown>>;

/** Records between two progress reports. */
export const PROGRESS_EVERY = 65536;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** An own property only: never a value from Object.prototype ("constructor", "__proto__"). */
export function own(object: JsonObject, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** A JSON value as a message quotes it, at most 60 characters; null when it is absent. */
export function describe(value: unknown): string | null {
  if (value === undefined) return null;
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** A non-empty trimmed text (NFC) or a finite number as text; else null. */
export function optionalText(value: unknown): string | null {
  if (typeof value === "string") {
    // An escaped "\u202e" survives decoding: bidi controls go here too.
    const text = trimCell(stripBidi(value)).normalize("NFC");
    return text === "" ? null : text;
  }
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return null;
}

/**
 * A JSON array or object with nothing to read: refused with a message naming what is empty
 * (its path; "" for the file's top-level list).
 */
export function emptyJson(
  issues: IssueCollector,
  format: ImportFormat,
  path: string,
): JsonImportResult {
  issues.add("error", "no-rows", null, null, {
    key: "emptyJson",
    params: { path },
  });
  return { format, rows: 0, readable: false };
}

interface Cell {
  readonly value: number | null;
  readonly status: ImportStatus;
  readonly symbol: string | null;
}

export type CellResult =
  | { readonly ok: true; readonly cell: Cell }
  | {
      readonly ok: false;
      readonly code: string;
      readonly message: ImportMessage;
    };

/** Largest magnitude accepted, as in the CSV path: beyond it a double loses whole units. */
const MAX_MAGNITUDE = 1e15;

/** A JSON value: a finite number, null, a statistical symbol or a numeric string with a decimal point. */
export function jsonValue(value: unknown): CellResult {
  if (value === null || value === undefined)
    return { ok: true, cell: { value: null, status: "missing", symbol: null } };
  if (typeof value === "number") {
    if (Number.isFinite(value) && Math.abs(value) < MAX_MAGNITUDE)
      return {
        ok: true,
        cell: {
          value: value === 0 ? 0 : value,
          status: "reported",
          symbol: null,
        },
      };
    return tooLarge(value);
  }
  if (typeof value === "string") {
    const text = trimCell(value);
    const meaning = symbolMeaning(text);
    if (meaning)
      return {
        ok: true,
        cell: { value: null, status: meaning.status, symbol: text },
      };
    const parsed = parseNumber(text, "point");
    if (parsed && parsed.unit === null && !/\s/.test(text))
      return {
        ok: true,
        cell: {
          value: parsed.value === 0 ? 0 : parsed.value,
          status: "reported",
          symbol: null,
        },
      };
    if (isFormulaLike(value)) {
      return {
        ok: false,
        code: "formula-cell",
        message: { key: "jsonFormulaValue", params: { text: clip(value) } },
      };
    }
    return badNumber(value);
  }
  return badNumber(describe(value) ?? "");
}

/** JSON.parse turns 1e400 into Infinity, so the file's own spelling is gone: say what happened. */
function tooLarge(value: number): CellResult {
  const shown = Number.isFinite(value) ? String(value) : null;
  return {
    ok: false,
    code: "bad-number",
    message: shown
      ? { key: "numberTooLarge", params: { number: shown } }
      : { key: "numberInfinite" },
  };
}

function badNumber(text: string): CellResult {
  return {
    ok: false,
    code: "bad-number",
    message: { key: "jsonNotANumber", params: { text: clip(text) } },
  };
}

/**
 * Refuses a PxWeb table description: the user saved the answer to the metadata request instead
 * of the data. v1 (`{ title, variables }`) is the GET answer of a table's address, whose data
 * comes from a POST with a query; v2 gives JSON-stat without values from `…/metadata`, whose data
 * comes from `…/data`.
 */
export function refusePxwebMetadata(
  issues: IssueCollector,
  api: "v1" | "v2",
): JsonImportResult {
  issues.add("error", "pxweb-metadata", null, null, {
    key: api === "v1" ? "pxwebMetadataV1" : "pxwebMetadataV2",
  });
  return { format: null, rows: 0, readable: false };
}
