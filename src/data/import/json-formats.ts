/**
 * The JSON path of an import: parses the text once and hands it to its format.
 *
 * - json-tidy (json-tidy.ts): the app's own list of observations.
 * - kolada-json (json-kolada.ts): a Kolada API v3 (or v2) data response.
 * - json-stat2 (json-stat.ts): a PxWeb JSON-stat 2.0 dataset.
 *
 * Other JSON is refused with a message that says what it is when that is known: a PxWeb table
 * description (metadata) instead of data, PxWeb's own "json" format, a JSON-stat collection.
 */
import type { TopLevel } from "@/i18n/import/sv/json";

import { clip } from "./clip";
import type { IssueCollector } from "./issues";
import {
  describe,
  isObject,
  own,
  refusePxwebMetadata,
  type JsonImportInput,
  type JsonImportResult,
  type JsonObject,
} from "./json-common";
import { importKolada } from "./json-kolada";
import { importJsonStat } from "./json-stat";
import { importTidy, indicatorMeta } from "./json-tidy";

export type { JsonImportInput, JsonImportResult } from "./json-common";

/**
 * The text parsed by looksLikeJson, kept for the importJson call that follows it so a large
 * file is parsed once. Only the latest text is kept, and importJson always clears it.
 */
let sniffed: { readonly text: string; readonly data: unknown } | null = null;

/**
 * Whether to read the file as JSON: a .json file always (a syntax error is then reported as
 * such); any other file when its content is JSON: the first character after white space and a
 * BOM is "{" or "[" and the whole text parses. A CSV whose first cell starts with "[" is CSV.
 */
export function looksLikeJson(text: string, fileName = ""): boolean {
  sniffed = null;
  if (fileName.toLowerCase().endsWith(".json")) return true;
  const start = /^[\s\ufeff]*/.exec(text)?.[0].length ?? 0;
  const first = text.charAt(start);
  if (first !== "{" && first !== "[") return false;
  try {
    sniffed = { text, data: JSON.parse(withoutBom(text)) as unknown };
    return true;
  } catch {
    return false;
  }
}

/** JSON.parse refuses a byte order mark; decoding normally removes it already. */
function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Parses and imports a JSON text. */
export function importJson(input: JsonImportInput): JsonImportResult {
  const cached = sniffed;
  sniffed = null;
  if (cached !== null && cached.text === input.text)
    return importParsed(cached.data, input);
  let data: unknown;
  try {
    data = JSON.parse(withoutBom(input.text));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(detail);
    const line = position ? lineAt(input.text, Number(position[1])) : null;
    input.issues.add("error", "bad-json", line, null, {
      key: "badJson",
      params: { detail },
    });
    return { format: null, rows: 0, readable: false };
  }
  return importParsed(data, input);
}

function importParsed(data: unknown, input: JsonImportInput): JsonImportResult {
  const { issues } = input;
  if (Array.isArray(data)) return importTidy(data, "", new Map(), input);
  if (!isObject(data)) return unknownJson(issues, data);
  if (own(data, "class") === "dataset" && Object.hasOwn(data, "dimension"))
    return importJsonStat(data, input);
  const refused = recogniseOther(data, issues);
  if (refused) return refused;
  const values = own(data, "values");
  if (Array.isArray(values)) return importKolada(data, values, input);
  const observations = own(data, "observations");
  if (Array.isArray(observations))
    return importTidy(
      observations,
      "observations",
      indicatorMeta(data, issues),
      input,
    );
  return unknownJson(issues, data);
}

/** JSON that is known but not data this app reads: refused with what to fetch instead. */
function recogniseOther(
  data: JsonObject,
  issues: IssueCollector,
): JsonImportResult | null {
  const kind = own(data, "class");
  if (
    kind === "collection" ||
    kind === "bundle" ||
    isObject(own(data, "dataset"))
  ) {
    issues.add("error", "unsupported-json", null, null, {
      key: "jsonStatCollection",
    });
    return { format: null, rows: 0, readable: false };
  }
  if (typeof own(data, "title") === "string" && isVariableList(data))
    return refusePxwebMetadata(issues, "v1");
  if (Array.isArray(own(data, "columns")) && Array.isArray(own(data, "data"))) {
    issues.add("error", "unsupported-json", null, null, { key: "pxwebJson" });
    return { format: null, rows: 0, readable: false };
  }
  return null;
}

/** PxWeb v1 metadata: `variables` is a list of `{ code, text, values }`. */
function isVariableList(data: JsonObject): boolean {
  const variables = own(data, "variables");
  return (
    Array.isArray(variables) &&
    variables.length > 0 &&
    variables.every(
      (v) =>
        isObject(v) &&
        typeof own(v, "code") === "string" &&
        Array.isArray(own(v, "values")),
    )
  );
}

function lineAt(text: string, position: number): number {
  let line = 1;
  for (
    let i = text.indexOf("\n");
    i !== -1 && i < position;
    i = text.indexOf("\n", i + 1)
  )
    line++;
  return line;
}

/** Refuses JSON of no known shape, naming what its top level holds; no structure is guessed. */
function unknownJson(issues: IssueCollector, data: unknown): JsonImportResult {
  issues.add("error", "unknown-json", null, null, {
    key: "unknownJson",
    params: { found: topLevel(data) },
  });
  return { format: null, rows: 0, readable: false };
}

const SHOWN_KEYS = 3;

function topLevel(data: unknown): TopLevel {
  if (!isObject(data)) return { kind: "value", value: describe(data) ?? "" };
  const keys = Object.keys(data);
  if (keys.length === 0) return { kind: "empty" };
  return {
    kind: "keys",
    keys: keys.slice(0, SHOWN_KEYS).map(clip),
    more: keys.length > SHOWN_KEYS,
  };
}
