/** The observations CSV of a dataset: header checked, each row validated and made a domain value. */
import { type Observation, observationKey } from "@/domain/observations";

import { parseCsv } from "./parse-csv";
import type { DatasetEntry } from "./schemas/manifest";
import {
  OBSERVATION_HEADER,
  OBSERVATION_HEADER_UNSTATED,
  type ObservationRow,
  observationRowSchema,
  toObservation,
} from "./schemas/observations";
import { fail, validate, type Where } from "./load-steps";

export function parseObservationsCsv(
  text: string,
  entry: DatasetEntry,
  where: Where,
): Observation[] {
  const { rows, error } = parseCsv(text);
  if (error) fail(where, "csv", { line: error.line, detail: error.message });
  const [header, ...body] = rows;
  // A version either has the eleven columns or, after them, period_unstated.
  const columns = [OBSERVATION_HEADER, OBSERVATION_HEADER_UNSTATED].find(
    (h) => header?.fields.join(",") === h.join(","),
  );
  if (!header || !columns) {
    fail(where, "header", { line: 1, detail: header?.fields.join(",") ?? "" });
  }
  const sourceIds = new Set(entry.sources.map((s) => s.id));
  const seen = new Set<string>();
  return body.map(({ line, fields }) => {
    if (fields.length !== columns.length) {
      fail(where, "field-count", {
        line,
        detail: `${fields.length}, expected ${columns.length}`,
      });
    }
    const record = Object.fromEntries(
      columns.map((name, i) => [name, fields[i]]),
    );
    const row: ObservationRow = validate(
      observationRowSchema,
      record,
      where,
      line,
    );
    const converted = toObservation(row);
    if ("problem" in converted) {
      fail(where, converted.problem, {
        line,
        field: converted.field,
        detail: `status ${row.status}, value "${row.value}", low "${row.low}", high "${row.high}"`,
      });
    }
    if (!sourceIds.has(converted.sourceId)) {
      fail(where, "unknown-source", {
        line,
        field: "source_id",
        detail: converted.sourceId,
      });
    }
    const key = observationKey(converted);
    if (seen.has(key)) fail(where, "duplicate", { line, detail: key });
    seen.add(key);
    return converted;
  });
}
