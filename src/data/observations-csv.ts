/** The observations CSV of a dataset: header checked, each row validated and made a domain value. */
import { type Observation, observationKey } from "@/domain/observations";

import { parseCsv } from "./parse-csv";
import type { DatasetEntry } from "./schemas/manifest";
import {
  OBSERVATION_HEADER,
  nationalObservationRowSchema,
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
  if (!header || header.fields.join(",") !== OBSERVATION_HEADER.join(",")) {
    fail(where, "header", { line: 1, detail: header?.fields.join(",") ?? "" });
  }
  // Only a dataset the manifest says covers Sweden accepts the other counties' codes.
  const schema =
    entry.coverage === "sweden"
      ? nationalObservationRowSchema
      : observationRowSchema;
  const sourceIds = new Set(entry.sources.map((s) => s.id));
  const seen = new Set<string>();
  return body.map(({ line, fields }) => {
    if (fields.length !== OBSERVATION_HEADER.length) {
      fail(where, "field-count", {
        line,
        detail: `${fields.length}, expected ${OBSERVATION_HEADER.length}`,
      });
    }
    // A plain loop: a national file has 17 000 rows, and pairs for Object.fromEntries cost
    // more than the validation itself.
    const record: Record<string, string | undefined> = {};
    OBSERVATION_HEADER.forEach((name, i) => {
      record[name] = fields[i];
    });
    const row: ObservationRow = validate(schema, record, where, line);
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
