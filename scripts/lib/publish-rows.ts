/**
 * The steps of `npm run data:publish` that turn an import report into a dataset's rows and file:
 * which catalogue indicator each file indicator is, which source each row cites, the observation
 * of each imported row, and the version's CSV. publish.ts runs them in order.
 */
import { basename } from "node:path";

import Papa from "papaparse";

import type {
  ImportedObservation,
  ImportReport,
} from "../../src/data/import/report-types";
import {
  breakdownOf,
  symbolNote,
} from "../../src/data/local/local-observation";
import type { DatasetEntry } from "../../src/data/schemas/manifest";
import { OBSERVATION_HEADER } from "../../src/data/schemas/observations";
import type { Indicator } from "../../src/domain/indicators";
import {
  comparePeriods,
  type Observation,
} from "../../src/domain/observations";

export class PublishError extends Error {
  constructor(
    message: string,
    readonly report: ImportReport | null = null,
  ) {
    super(message);
    this.name = "PublishError";
  }
}

/** File indicator → catalogue indicator id of this dataset (by id, or by Kolada KPI id). */
export function mapIndicators(
  report: ImportReport,
  catalogue: readonly Indicator[],
  entry: DatasetEntry,
): Map<string, string> {
  const mapping = new Map<string, string>();
  const unknown: string[] = [];
  const elsewhere: string[] = [];
  for (const { id } of report.indicators) {
    const key = id.trim().toLowerCase();
    const found = catalogue.find(
      (i) => i.id === key || i.koladaId?.toLowerCase() === key,
    );
    if (!found) unknown.push(id);
    else if (found.datasetId !== entry.id)
      elsewhere.push(`${id} (${found.datasetId})`);
    else mapping.set(id, found.id);
  }
  if (unknown.length > 0 || elsewhere.length > 0) {
    const own = catalogue.filter((i) => i.datasetId === entry.id);
    throw new PublishError(
      [
        unknown.length > 0 &&
          `Not in the indicator catalogue: ${unknown.join(", ")}. Add them to the catalogue (a new version of indikatorer) first.`,
        elsewhere.length > 0 &&
          `These belong to another dataset: ${elsewhere.join(", ")}.`,
        `Indicators of ${entry.id}: ${own.map((i) => i.koladaId ?? i.id).join(", ")}.`,
      ]
        .filter(Boolean)
        .join("\n"),
    );
  }
  return mapping;
}

/** The source each indicator's rows cite in the previous version (or --source). */
export function sourcesByIndicator(
  previous: readonly Observation[],
  entry: DatasetEntry,
  override: string | undefined,
): (indicator: string) => string {
  if (override !== undefined && !entry.sources.some((s) => s.id === override)) {
    throw new PublishError(
      `--source ${override} is not a source of ${entry.id}: ${entry.sources.map((s) => s.id).join(", ")}.`,
    );
  }
  const cited = new Map<string, string>();
  for (const o of previous) cited.set(o.indicator, o.sourceId);
  return (indicator) => {
    const id =
      override ??
      cited.get(indicator) ??
      entry.sources.find((s) => s.id === indicator)?.id;
    if (id === undefined) {
      throw new PublishError(
        `No source to cite for ${indicator}: name one of ${entry.sources.map((s) => s.id).join(", ")} with --source.`,
      );
    }
    return id;
  };
}

/** One imported row as an observation of the dataset, with its place in the file. */
export function toObservation(
  o: ImportedObservation,
  mapping: ReadonlyMap<string, string>,
  sourceOf: (indicator: string) => string,
  report: ImportReport,
): Observation {
  const indicator = mapping.get(o.indicator);
  if (indicator === undefined)
    throw new PublishError(`Unmapped indicator ${o.indicator}`);
  const breakdown = breakdownOf(o);
  const file = basename(report.file);
  return {
    area: o.area as Observation["area"],
    indicator,
    breakdown,
    period: o.period,
    value: o.value,
    status: o.status,
    low: null,
    high: null,
    note: o.symbol === null ? "" : symbolNote(o.symbol),
    sourceId: sourceOf(indicator),
    locator:
      report.format === "kolada-json"
        ? `Kolada API, KPI ${o.indicator}, ${o.area}, ${o.period}${o.gender ? `, kön ${o.gender}` : ""} (${file})`
        : `${file} rad ${String(o.line)}`,
  };
}

const number = (v: number | null): string => (v === null ? "" : String(v));

/** The version file: rows in a stable order, the observations header. */
export function toCsv(rows: readonly Observation[]): string {
  const sorted = [...rows].sort(
    (a, b) =>
      a.indicator.localeCompare(b.indicator) ||
      a.area.localeCompare(b.area) ||
      a.breakdown.localeCompare(b.breakdown) ||
      comparePeriods(a.period, b.period),
  );
  return (
    Papa.unparse(
      {
        fields: [...OBSERVATION_HEADER],
        data: sorted.map((o) => [
          o.area,
          o.indicator,
          o.breakdown,
          o.period,
          number(o.value),
          o.status,
          number(o.low),
          number(o.high),
          o.note,
          o.sourceId,
          o.locator,
        ]),
      },
      { newline: "\n" },
    ) + "\n"
  );
}
