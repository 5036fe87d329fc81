/**
 * The JSON path of an import. Three formats are recognised:
 *
 * - json-tidy, the app's own: an array of observations, or
 *   `{ "indicators"?: [{ "id", "unit"?, "label"? }], "observations": [ … ] }` where each
 *   observation has `area` ("0127", 127 or a name), `indicator`, `period` ("2019", 2019 or
 *   "2013-2016"), `value` (a number, null, a statistical symbol such as "..", or a numeric string
 *   with a decimal point), and optionally `status` ("reported" | "missing" | "suppressed"),
 *   `symbol`, `unit` and `gender`. The `--json` output of `npm run data:check` is one.
 * - kolada-json: a Kolada API data response, `{ "values": [{ "kpi", "municipality", "period",
 *   "values": [{ "gender", "status", "value", "count" }] }], "next_page"? }` (v2; v3 has the same
 *   fields). Kolada's "0000" is Riket and "0001" Region Stockholm.
 * - json-stat2: a PxWeb JSON-stat 2.0 dataset (`version`, `class: "dataset"`, `id`, `size`,
 *   `dimension`, `value`, `status`). The area dimension is `role.geo` (or named Region/Kommun),
 *   the time dimension `role.time` (or Tid/År/Year), the indicator `role.metric` (ContentsCode);
 *   other dimensions with more than one category become the breakdown (gender).
 *
 * Keys are read with Object.hasOwn only, so "__proto__", "constructor" or "prototype" in a file
 * are plain data and never reach an object's prototype.
 */
import type { LocalText } from "@/domain/local-text";

import type { AreaMatcher } from "./area-match";
import { normaliseGender, parsePeriod, parseStatus } from "./fields";
import { SeriesNamer } from "./series";
import { isFormulaLike } from "./formula";
import { clip, type IssueCollector } from "./issues";
import { parseNumber, symbolMeaning, trimCell } from "./numbers";
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
  readonly rows: number;
  readonly readable: boolean;
}

type JsonObject = Readonly<Record<string, unknown>>;

const PROGRESS_EVERY = 65536;

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** An own property only: never a value from Object.prototype ("constructor", "__proto__"). */
function own(object: JsonObject, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

function describe(value: unknown): string {
  if (value === undefined) return "saknas";
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function describeEn(value: unknown): string {
  if (value === undefined) return "missing";
  return describe(value);
}

/**
 * Whether to read the file as JSON: a .json file always; a .csv, .tsv or .txt file never; any
 * other name when the text starts like JSON (an object or an array).
 */
export function looksLikeJson(text: string, fileName = ""): boolean {
  const name = fileName.toLowerCase();
  if (name.endsWith(".json")) return true;
  if (/\.(csv|tsv|txt|tab)$/.test(name)) return false;
  return /^[\s\ufeff]*[[{]/.test(text.slice(0, 256));
}

/** Parses and imports a JSON text. */
export function importJson(input: JsonImportInput): JsonImportResult {
  const { issues } = input;
  let data: unknown;
  try {
    data = JSON.parse(input.text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(detail);
    const line = position ? lineAt(input.text, Number(position[1])) : null;
    issues.add("error", "bad-json", line, null, {
      sv: `Filen är inte giltig JSON (${detail}).`,
      en: `The file is not valid JSON (${detail}).`,
    });
    return { format: null, rows: 0, readable: false };
  }
  if (Array.isArray(data)) return importTidy(data, "", new Map(), input);
  if (!isObject(data)) return unknownJson(issues);
  if (own(data, "class") === "dataset" && Object.hasOwn(data, "dimension"))
    return importJsonStat(data, input);
  if (
    own(data, "class") === "collection" ||
    own(data, "class") === "bundle" ||
    isObject(own(data, "dataset"))
  ) {
    issues.add("error", "unsupported-json", null, null, {
      sv: "Filen är JSON-stat men inte en enda JSON-stat 2.0-datamängd (class: dataset). Hämta tabellen som json-stat2 från PxWeb.",
      en: "The file is JSON-stat but not a single JSON-stat 2.0 dataset (class: dataset). Download the table as json-stat2 from PxWeb.",
    });
    return { format: null, rows: 0, readable: false };
  }
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
  return unknownJson(issues);
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

function unknownJson(issues: IssueCollector): JsonImportResult {
  issues.add("error", "unknown-json", null, null, {
    sv: "JSON-filen har inget format som känns igen: en lista med observationer (area, indicator, period, value), ett svar från Koladas API (values) eller en JSON-stat 2.0-datamängd från PxWeb.",
    en: "The JSON file has no recognised format: a list of observations (area, indicator, period, value), a Kolada API response (values) or a JSON-stat 2.0 dataset from PxWeb.",
  });
  return { format: null, rows: 0, readable: false };
}

interface IndicatorMeta {
  readonly unit: string | null;
  readonly label: string | null;
}

function optionalText(value: unknown): string | null {
  if (typeof value === "string") {
    const text = trimCell(value).normalize("NFC");
    return text === "" ? null : text;
  }
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return null;
}

function indicatorMeta(
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
        sv: `indicators[${index}] saknar id och används inte.`,
        en: `indicators[${index}] has no id and is not used.`,
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

interface Cell {
  readonly value: number | null;
  readonly status: ImportStatus;
  readonly symbol: string | null;
}

type CellResult =
  | { readonly ok: true; readonly cell: Cell }
  | { readonly ok: false; readonly code: string; readonly message: LocalText };

/** A JSON value: a finite number, null, a statistical symbol or a numeric string with a decimal point. */
function jsonValue(value: unknown): CellResult {
  if (value === null || value === undefined)
    return { ok: true, cell: { value: null, status: "missing", symbol: null } };
  if (typeof value === "number") {
    if (Number.isFinite(value) && Math.abs(value) < 1e15)
      return {
        ok: true,
        cell: {
          value: value === 0 ? 0 : value,
          status: "reported",
          symbol: null,
        },
      };
    return badNumber(String(value));
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
        message: {
          sv: `Värdet ”${clip(value)}” ser ut som en kalkylbladsformel; det beräknas aldrig och används inte.`,
          en: `The value “${clip(value)}” looks like a spreadsheet formula; it is never evaluated and not used.`,
        },
      };
    }
    return badNumber(value);
  }
  return badNumber(describe(value));
}

function badNumber(text: string): CellResult {
  return {
    ok: false,
    code: "bad-number",
    message: {
      sv: `”${clip(text)}” är inget tal (JSON-tal som 12.5, null eller en symbol som ".."); värdet används inte.`,
      en: `“${clip(text)}” is not a number (a JSON number such as 12.5, null or a symbol such as ".."); the value is not used.`,
    },
  };
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

function importTidy(
  items: readonly unknown[],
  prefix: string,
  meta: ReadonlyMap<string, IndicatorMeta>,
  input: JsonImportInput,
): JsonImportResult {
  const { issues, store, matcher } = input;
  let rows = 0;
  items.forEach((item, index) => {
    if (index % PROGRESS_EVERY === 0) input.onChunk(index / items.length);
    const path = `${prefix}[${index}]`;
    if (!isObject(item)) {
      issues.add("error", "bad-record", null, path, {
        sv: `${path} är inget objekt med area, indicator, period och value; den används inte.`,
        en: `${path} is not an object with area, indicator, period and value; it is not used.`,
      });
      return;
    }
    rows++;
    for (const key of Object.keys(item)) {
      if (TIDY_KEYS.has(key)) continue;
      issues.once(key, "info", "json-key-ignored", null, `${path}.${key}`, {
        sv: `Fältet ”${clip(key)}” används inte vid importen.`,
        en: `The field “${clip(key)}” is not used by the import.`,
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
          : {
              sv: `area är ${describe(areaRaw)}; det behövs en kommunkod eller ett kommunnamn. Posten används inte.`,
              en: `area is ${describeEn(areaRaw)}; a kommun code or name is needed. The record is not used.`,
            },
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
        sv: `indicator är ${describe(own(item, "indicator"))}; posten används inte.`,
        en: `indicator is ${describeEn(own(item, "indicator"))}; the record is not used.`,
      });
      return;
    }
    if (isFormulaLike(indicator))
      formulaText(issues, indicator, `${path}.indicator`);
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
          : {
              sv: `period är ${describe(periodRaw)}; det behövs ett år som "2019". Posten används inte.`,
              en: `period is ${describeEn(periodRaw)}; a year such as "2019" is needed. The record is not used.`,
            },
      );
      return;
    }
    const parsed = jsonValue(own(item, "value"));
    if (!parsed.ok) {
      issues.add("error", parsed.code, null, `${path}.value`, parsed.message);
      return;
    }
    const { value } = parsed.cell;
    let { status, symbol } = parsed.cell;
    const symbolRaw = own(item, "symbol");
    if (typeof symbolRaw === "string" && value === null) {
      symbol = symbolRaw;
      const meaning = symbolMeaning(trimCell(symbolRaw));
      if (meaning) status = meaning.status;
    }
    const statusRaw = own(item, "status");
    if (typeof statusRaw === "string" && statusRaw !== "") {
      const declared = parseStatus(trimCell(statusRaw));
      if (declared.kind === "symbol") {
        if (value !== null) {
          statusConflict(issues, `${path}.status`, statusRaw);
          return;
        }
        status = declared.status;
      } else if (declared.kind === "reported") {
        if (value === null) {
          statusConflict(issues, `${path}.status`, statusRaw);
          return;
        }
      } else if (declared.kind === "unknown") {
        issues.once(
          statusRaw,
          "warning",
          "unknown-status",
          null,
          `${path}.status`,
          {
            sv: `Statusen ”${clip(statusRaw)}” känns inte igen; värdet läses som det står.`,
            en: `The status “${clip(statusRaw)}” is not recognised; the value is read as it stands.`,
          },
        );
      }
    }
    const info = meta.get(indicator);
    const unit = optionalText(own(item, "unit")) ?? info?.unit ?? null;
    const genderText = optionalText(own(item, "gender"));
    const gender = genderText === null ? null : normaliseGender(genderText);
    const indicatorIndex = store.indicator(
      indicator,
      unit,
      info?.label ?? null,
    );
    store.add(
      {
        area: area.code,
        indicator,
        period: period.period,
        value,
        status,
        symbol,
        unit,
        gender,
        breakdown: null,
        line: 0,
      },
      area.index,
      indicatorIndex,
      store.period(period.period),
      path,
    );
  });
  return { format: "json-tidy", rows, readable: true };
}

function formulaText(issues: IssueCollector, text: string, path: string): void {
  issues.once(text, "warning", "formula-cell", null, path, {
    sv: `Texten ”${clip(text)}” ser ut som en kalkylbladsformel; den läses som text och beräknas aldrig.`,
    en: `The text “${clip(text)}” looks like a spreadsheet formula; it is read as text and never evaluated.`,
  });
}

function statusConflict(
  issues: IssueCollector,
  path: string,
  status: string,
): void {
  issues.add("error", "status-conflict", null, path, {
    sv: `Statusen ”${status}” stämmer inte med värdet; posten används inte.`,
    en: `The status “${status}” does not agree with the value; the record is not used.`,
  });
}

function importKolada(
  data: JsonObject,
  values: readonly unknown[],
  input: JsonImportInput,
): JsonImportResult {
  const { issues, store, matcher } = input;
  const next = own(data, "next_page") ?? own(data, "next");
  if (typeof next === "string" && next !== "") {
    issues.add("warning", "kolada-partial", null, "next_page", {
      sv: `Svaret från Kolada är en sida av flera (next_page: ${next}); bara den här sidan läses. Hämta alla sidor.`,
      en: `The Kolada response is one page of several (next_page: ${next}); only this page is read. Fetch every page.`,
    });
  }
  let rows = 0;
  values.forEach((item, index) => {
    if (index % PROGRESS_EVERY === 0) input.onChunk(index / values.length);
    const path = `values[${index}]`;
    const kpi = isObject(item)
      ? optionalText(own(item, "kpi") ?? own(item, "kpi_id"))
      : null;
    const inner = isObject(item) ? own(item, "values") : undefined;
    if (!isObject(item) || kpi === null || !Array.isArray(inner)) {
      issues.add("error", "bad-record", null, path, {
        sv: `${path} har inte Koladas form (kpi, municipality, period, values); posten används inte.`,
        en: `${path} does not have Kolada's shape (kpi, municipality, period, values); it is not used.`,
      });
      return;
    }
    const municipality =
      own(item, "municipality") ?? own(item, "municipality_id");
    const area =
      typeof municipality === "string" || typeof municipality === "number"
        ? matcher.resolve(String(municipality))
        : null;
    if (!area?.ok) {
      rows += Math.max(1, inner.length);
      issues.add(
        "error",
        area?.code ?? "missing-area",
        null,
        `${path}.municipality`,
        area
          ? area.message
          : {
              sv: `municipality är ${describe(municipality)}; posten används inte.`,
              en: `municipality is ${describeEn(municipality)}; the record is not used.`,
            },
      );
      return;
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
      rows += Math.max(1, inner.length);
      issues.add(
        "error",
        "bad-period",
        null,
        `${path}.period`,
        period
          ? period.message
          : {
              sv: `period är ${describe(periodRaw)}; posten används inte.`,
              en: `period is ${describeEn(periodRaw)}; the record is not used.`,
            },
      );
      return;
    }
    const periodIndex = store.period(period.period);
    const indicatorIndex = store.indicator(kpi, null, null);
    inner.forEach((entry, j) => {
      rows++;
      const entryPath = `${path}.values[${j}]`;
      if (!isObject(entry)) {
        issues.add("error", "bad-record", null, entryPath, {
          sv: `${entryPath} är inget objekt med gender och value; det används inte.`,
          en: `${entryPath} is not an object with gender and value; it is not used.`,
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
              sv: `Kolada anger statusen ”${clip(statusText)}” för värden (första: ${entryPath}); de läses som rapporterade. Kontrollera vad statusen betyder.`,
              en: `Kolada gives the status “${clip(statusText)}” for values (first: ${entryPath}); they are read as reported. Check what the status means.`,
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
  });
  return { format: "kolada-json", rows, readable: true };
}

interface Dimension {
  readonly id: string;
  readonly size: number;
  /** Category ids by position. */
  readonly ids: readonly string[];
  /** Category labels by position (the id when there is none). */
  readonly labels: readonly string[];
  readonly units: readonly (string | null)[];
}

function dimensionOf(id: string, size: number, raw: unknown): Dimension | null {
  if (!isObject(raw)) return null;
  const category = own(raw, "category");
  if (!isObject(category)) return null;
  const index = own(category, "index");
  const labelMap = own(category, "label");
  const ids: string[] = new Array<string>(size).fill("");
  if (Array.isArray(index)) {
    index.forEach((value, position) => {
      if (position < size) ids[position] = String(value);
    });
  } else if (isObject(index)) {
    for (const key of Object.keys(index)) {
      const position = own(index, key);
      if (
        typeof position === "number" &&
        Number.isInteger(position) &&
        position >= 0 &&
        position < size
      )
        ids[position] = key;
    }
  } else if (isObject(labelMap) && size === Object.keys(labelMap).length) {
    Object.keys(labelMap).forEach((key, position) => (ids[position] = key));
  }
  if (ids.some((value) => value === "")) return null;
  const unitMap = own(category, "unit");
  const labels = ids.map((key) => {
    const label = isObject(labelMap) ? own(labelMap, key) : undefined;
    return typeof label === "string" ? label : key;
  });
  const units = ids.map((key) => {
    const unit = isObject(unitMap) ? own(unitMap, key) : undefined;
    if (!isObject(unit)) return null;
    return optionalText(own(unit, "label")) ?? optionalText(own(unit, "base"));
  });
  return { id, size, ids, labels, units };
}

function roleOf(data: JsonObject, name: string): string | null {
  const role = own(data, "role");
  if (!isObject(role)) return null;
  const list = own(role, name);
  return Array.isArray(list) && typeof list[0] === "string" ? list[0] : null;
}

const GEO =
  /^(region|kommun|kommuner|area|geo|municipality|omrade|område|lan|län)$/i;
const TIME = /^(tid|år|ar|year|time|period)$/i;
const METRIC =
  /^(contentscode|contents|tabellinnehall|tabellinnehåll|indikator|indicator|indicators)$/i;
const SEX = /^(kon|kön|sex|gender)$/i;
/** SCB's codes for kön: 1 men, 2 women, 1+2 both. */
const SCB_SEX = new Map([
  ["1", "M"],
  ["2", "K"],
  ["1+2", "T"],
]);

function importJsonStat(
  data: JsonObject,
  input: JsonImportInput,
): JsonImportResult {
  const { issues, store, matcher } = input;
  const fail = (message: LocalText): JsonImportResult => {
    issues.add("error", "bad-json-stat", null, null, message);
    return { format: "json-stat2", rows: 0, readable: false };
  };
  const version = own(data, "version");
  if (version !== "2.0") {
    issues.add("warning", "json-stat-version", null, "version", {
      sv: `JSON-stat-versionen är ${describe(version)}, inte "2.0"; filen läses ändå som 2.0.`,
      en: `The JSON-stat version is ${describeEn(version)}, not "2.0"; the file is read as 2.0 anyway.`,
    });
  }
  const ids = own(data, "id");
  const sizes = own(data, "size");
  const dimensionObject = own(data, "dimension");
  if (
    !Array.isArray(ids) ||
    !Array.isArray(sizes) ||
    ids.length !== sizes.length ||
    !isObject(dimensionObject) ||
    ids.length === 0
  ) {
    return fail({
      sv: "JSON-stat-filen saknar id, size eller dimension, eller så är id och size olika långa.",
      en: "The JSON-stat file lacks id, size or dimension, or id and size differ in length.",
    });
  }
  const dims: Dimension[] = [];
  let total = 1;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as unknown;
    const size = sizes[i] as unknown;
    if (
      typeof id !== "string" ||
      typeof size !== "number" ||
      !Number.isInteger(size) ||
      size < 1
    ) {
      return fail({
        sv: `Dimension nr ${i + 1} har ogiltigt id eller storlek.`,
        en: `Dimension no. ${i + 1} has an invalid id or size.`,
      });
    }
    const dim = dimensionOf(id, size, own(dimensionObject, id));
    if (!dim) {
      return fail({
        sv: `Dimensionen ”${id}” saknar kategorier (category.index) som stämmer med storleken ${size}.`,
        en: `The dimension “${id}” lacks categories (category.index) matching its size ${size}.`,
      });
    }
    dims.push(dim);
    total *= size;
  }
  if (total > 50_000_000) {
    return fail({
      sv: `JSON-stat-filen har ${total} celler; det är för många.`,
      en: `The JSON-stat file has ${total} cells; that is too many.`,
    });
  }
  const find = (role: string, pattern: RegExp): number => {
    const byRole = roleOf(data, role);
    const index = byRole === null ? -1 : dims.findIndex((d) => d.id === byRole);
    return index !== -1 ? index : dims.findIndex((d) => pattern.test(d.id));
  };
  const geo = find("geo", GEO);
  const time = find("time", TIME);
  const metric = find("metric", METRIC);
  if (geo === -1 || time === -1) {
    return fail({
      sv: `Hittar ingen dimension för ${geo === -1 ? "region" : "tid"} (dimensioner: ${dims.map((d) => d.id).join(", ")}).`,
      en: `Found no ${geo === -1 ? "region" : "time"} dimension (dimensions: ${dims.map((d) => d.id).join(", ")}).`,
    });
  }
  const others = dims
    .map((_, i) => i)
    .filter(
      (i) =>
        i !== geo && i !== time && i !== metric && (dims[i]?.size ?? 1) > 1,
    );
  const valueRaw = own(data, "value");
  const value = (n: number): unknown => {
    if (Array.isArray(valueRaw)) return valueRaw[n] as unknown;
    if (isObject(valueRaw)) return own(valueRaw, String(n));
    return undefined;
  };
  if (Array.isArray(valueRaw) && valueRaw.length !== total) {
    return fail({
      sv: `value har ${valueRaw.length} värden men dimensionerna ger ${total} celler.`,
      en: `value has ${valueRaw.length} values but the dimensions make ${total} cells.`,
    });
  }
  if (!Array.isArray(valueRaw) && !isObject(valueRaw)) {
    return fail({
      sv: "JSON-stat-filen saknar value.",
      en: "The JSON-stat file has no value.",
    });
  }
  const statusRaw = own(data, "status");
  const statusAt = (n: number): string | null => {
    if (typeof statusRaw === "string") return statusRaw;
    const s = Array.isArray(statusRaw)
      ? (statusRaw[n] as unknown)
      : isObject(statusRaw)
        ? own(statusRaw, String(n))
        : undefined;
    return typeof s === "string" && s !== "" ? s : null;
  };
  const geoDim = dims[geo] as Dimension;
  const timeDim = dims[time] as Dimension;
  const metricDim = metric === -1 ? null : (dims[metric] ?? null);
  const label = optionalText(own(data, "label"));
  const fixedIndicator = metricDim ? null : (label ?? input.fileStem);
  if (fixedIndicator !== null) {
    issues.add(
      "info",
      label ? "indicator-from-title" : "indicator-from-file-name",
      null,
      null,
      {
        sv: `Filen har ingen indikatordimension (ContentsCode); indikatorn heter ”${fixedIndicator}”.`,
        en: `The file has no indicator dimension (ContentsCode); the indicator is named “${fixedIndicator}”.`,
      },
    );
  }
  const areas = geoDim.ids.map((id, position) => {
    const byId = matcher.resolve(id);
    if (byId.ok) return byId;
    const byLabel = matcher.resolve(geoDim.labels[position] ?? "");
    return byLabel.ok ? byLabel : byId;
  });
  const periods = timeDim.ids.map((id) => parsePeriod(id.trim()));
  const strides = dims.map((_, i) =>
    dims.slice(i + 1).reduce((product, d) => product * d.size, 1),
  );
  const namer = new SeriesNamer();
  let rows = 0;
  for (let n = 0; n < total; n++) {
    if (n % PROGRESS_EVERY === 0) input.onChunk(n / total);
    rows++;
    const position = (i: number): number =>
      Math.floor(n / (strides[i] ?? 1)) % (dims[i]?.size ?? 1);
    const path = `value[${n}]`;
    const g = position(geo);
    const area = areas[g];
    if (!area?.ok) {
      const id = geoDim.ids[g] ?? "";
      if (area)
        issues.once(
          id,
          "error",
          area.code,
          null,
          `${geoDim.id}=${id}`,
          area.message,
        );
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
    const t = position(time);
    const period = periods[t];
    if (!period?.ok) {
      if (period)
        issues.once(
          timeDim.ids[t] ?? "",
          "error",
          "bad-period",
          null,
          `${timeDim.id}=${timeDim.ids[t] ?? ""}`,
          period.message,
        );
      continue;
    }
    const m = metricDim ? position(metric) : 0;
    const indicator = metricDim
      ? (metricDim.ids[m] ?? "")
      : (fixedIndicator ?? "");
    const unit = metricDim ? (metricDim.units[m] ?? null) : null;
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
          sv: `Värden med statusen ”${clip(statusText)}” (första: ${path}) läses som rapporterade.`,
          en: `Values with the status “${clip(statusText)}” (first: ${path}) are read as reported.`,
        });
      }
    }
    const parts: (readonly [string, string])[] = [];
    let sex: readonly [string, string] | null = null;
    for (const i of others) {
      const dim = dims[i] as Dimension;
      const p = position(i);
      const text = dim.labels[p] ?? dim.ids[p] ?? "";
      if (SEX.test(dim.id) && sex === null)
        sex = [dim.id, normaliseGender(SCB_SEX.get(dim.ids[p] ?? "") ?? text)];
      else parts.push([dim.id, text]);
    }
    const named = namer.name(indicator, parts, sex, input.fileStem);
    const indicatorIndex = store.indicator(
      named.series,
      unit,
      metricDim ? (metricDim.labels[m] ?? null) : null,
    );
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
      indicatorIndex,
      store.period(period.period),
      path,
    );
  }
  return { format: "json-stat2", rows, readable: true };
}
