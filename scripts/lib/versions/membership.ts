/**
 * What a published version holds: its indicators (the catalogue's ids, or the indicator ids of an
 * observations file) and its rows. A published version is rebuilt from today's inputs restricted
 * to the indicators it was published with, so adding an indicator never changes an old version.
 */
import Papa from "papaparse";

import type { Indicator } from "../../../src/domain/indicators";

import { type Row, toCsv } from "../builders/common";

type Format = "csv" | "json";

const csvRows = (content: string): Row[] =>
  Papa.parse<Row>(content, { header: true, skipEmptyLines: true }).data;

const catalogueOf = (content: string): Indicator[] | null =>
  (JSON.parse(content) as { indicators?: Indicator[] }).indicators ?? null;

/** The indicator ids the content holds; null for a file without indicators (kommuner). */
export function membersOf(content: string, format: Format): Set<string> | null {
  if (format === "csv") {
    return new Set(csvRows(content).map((r) => r.indicator_id));
  }
  const indicators = catalogueOf(content);
  return indicators ? new Set(indicators.map((i) => i.id)) : null;
}

/** What can be lost between two versions: catalogue ids, or observation keys. */
export function keysOf(content: string, format: Format): Set<string> {
  if (format === "csv") {
    return new Set(
      csvRows(content).map(
        (r) => `${r.area_code}|${r.indicator_id}|${r.breakdown}|${r.period}`,
      ),
    );
  }
  return membersOf(content, format) ?? new Set();
}

/** The content with only the given indicators (unchanged when it has no others). */
export function restrict(
  content: string,
  format: Format,
  members: ReadonlySet<string> | null,
): string {
  const own = membersOf(content, format);
  if (!members || !own || [...own].every((id) => members.has(id))) {
    return content;
  }
  if (format === "csv") {
    // Same serialisation as the builders: the header, then the rows in their order.
    return toCsv(csvRows(content).filter((r) => members.has(r.indicator_id)));
  }
  const indicators = (catalogueOf(content) ?? []).filter((i) =>
    members.has(i.id),
  );
  return JSON.stringify({ indicators }, null, 2) + "\n";
}
