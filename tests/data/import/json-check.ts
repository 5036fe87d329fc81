/** Helpers of the JSON import tests: check a JSON value or text, and read the report back. */
import { AreaMatcher } from "@/data/import/area-match";
import { checkImport } from "@/data/import/check-import";
import { IssueCollector } from "@/data/import/issues";
import { importJson } from "@/data/import/json-formats";
import { ObservationStore } from "@/data/import/validate";

import { IMPORT_CONTEXT, utf8 } from "../../fixtures/import-context";
import { sv } from "./message-text";

export function check(data: unknown, fileName = "data.json") {
  const text = typeof data === "string" ? data : JSON.stringify(data);
  return checkImport(utf8(text), fileName, IMPORT_CONTEXT);
}

export type Report = ReturnType<typeof check>;

export function values(report: Report) {
  return report.observations.map((o) => [
    o.area,
    o.indicator,
    o.period,
    o.value,
    o.status,
    o.symbol,
    o.gender,
  ]);
}

export function codes(report: Report) {
  return report.issues.map((i) => [i.column, i.code]);
}

/** Issues with this code, listed or summed up ("Ytterligare … visas inte"). */
export function messages(report: Report, code: string): string[] {
  return report.issues.filter((i) => i.code === code).map((i) => sv(i.message));
}

/**
 * importJson on its own, with the collector kept: `issues.count(code)` is the real number of
 * issues of a code, beyond the 200 a report lists.
 */
export function importDirect(data: unknown) {
  const matcher = new AreaMatcher(IMPORT_CONTEXT.areas);
  const issues = new IssueCollector();
  const store = new ObservationStore(issues, 64, (code) =>
    matcher.nameOf(code),
  );
  const result = importJson({
    text: JSON.stringify(data),
    fileStem: "data",
    matcher,
    issues,
    store,
    onChunk: () => undefined,
  });
  return { result, issues, observations: store.result().observations };
}
