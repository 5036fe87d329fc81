/**
 * kolada-json: a Kolada API data response. v3 (the current API) and v2 (retired) share the shape
 * `{ "count", "values": [{ "kpi", "municipality", "period", "values": [{ "gender", "status",
 * "value", "count" }] }] }`; paging is `next_url` / `previous_url` in v3 and `next_page` /
 * `previous_page` in v2. A saved page that is not the only one is read with a warning.
 * Kolada's "0000" is Riket and "0001" Region Stockholm (the AreaMatcher maps both).
 */
import { normaliseGender, parsePeriod } from "./fields";
import { clip, type IssueCollector } from "./issues";
import {
  describe,
  describeEn,
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
    return emptyJson(input.issues, "kolada-json", {
      sv: "values",
      en: "values",
    });
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
    sv: `Filen är en sida av ett längre svar från Kolada (${key} finns); bara den här sidan läses in. Hämta ${next ? "alla sidor" : "också de tidigare sidorna"} och spara dem som en fil.`,
    en: `The file is one page of a longer response from Kolada (${key} is set); only this page is read. Fetch ${next ? "every page" : "the earlier pages too"} and save them as one file.`,
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
      sv: `${path} har inte Koladas form (kpi, municipality, period, values); posten används inte.`,
      en: `${path} does not have Kolada's shape (kpi, municipality, period, values); it is not used.`,
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
          ? {
              sv: `${path} gäller en organisatorisk enhet (ou), inte en kommun; posten används inte. Hämta data per kommun (municipality) från Kolada.`,
              en: `${path} is about an organisational unit (ou), not a kommun; it is not used. Fetch data per kommun (municipality) from Kolada.`,
            }
          : {
              sv: `municipality är ${describe(municipality)}; posten används inte.`,
              en: `municipality is ${describeEn(municipality)}; the record is not used.`,
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
            sv: `period är ${describe(periodRaw)}; posten används inte.`,
            en: `period is ${describeEn(periodRaw)}; the record is not used.`,
          },
    );
    return rows;
  }
  if (inner.length === 0) {
    issues.add("warning", "kolada-no-values", null, `${path}.values`, {
      sv: `${path} har inga värden (values är tom).`,
      en: `${path} has no values (values is empty).`,
    });
    return rows;
  }
  const periodIndex = store.period(period.period);
  const indicatorIndex = store.indicator(kpi, null, null);
  inner.forEach((entry, j) => {
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
  return rows;
}
