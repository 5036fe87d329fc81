/**
 * A local dataset ("Egen data"): a user's validated file turned into the app's own indicator and
 * observation types, so every view can show it beside the published data. Pure: the store keeps
 * it in IndexedDB, nothing here touches the browser. It never leaves the browser. The texts it
 * carries (an indicator's definition, a note) come from i18n/import/local-data-text.ts and are
 * stored as written, so a dataset saved earlier reads back unchanged. Rows for the rest of Sweden
 * are kept (coverage "sweden") for the national comparisons; the store keeps them apart.
 */
import { stripBidi } from "@/domain/bidi";
import type { Indicator, Polarity, Unit } from "@/domain/indicators";
import type { Observation } from "@/domain/observations";
import { localDataText as text } from "@/i18n/import/local-data-text";

import type { ImportMapping } from "../import/mapping";
import type { ImportIndicator, ImportReport } from "../import/report-types";
import { localDatasetId } from "./local-id";
import { isCountyArea } from "./local-national-id";
import { localObservation } from "./local-observation";
import { formatFor, guessUnit } from "./local-units";

/** What the user decided about one of the file's indicators before using the data. */
export interface IndicatorChoice {
  /** The indicator as the file names it. */
  readonly fileId: string;
  readonly label: string;
  readonly unit: Unit;
  readonly polarity: Polarity;
}

export interface LocalDatasetMeta {
  readonly id: string;
  readonly name: string;
  readonly fileName: string;
  /** ISO date-time of the import. */
  readonly importedAt: string;
  readonly sha256: string;
  readonly bytes: number;
  readonly encoding: string | null;
  readonly delimiter: string | null;
  readonly format: string | null;
  readonly decision: ImportReport["decision"];
  readonly rows: number;
  readonly observationCount: number;
  readonly issueCount: number;
  readonly indicators: readonly Indicator[];
  /**
   * The column mapping the file was read with (the user's, or detection's); null for JSON and
   * for datasets saved before mappings were kept.
   */
  readonly mapping: ImportMapping | null;
  /**
   * "sweden" when the file had rows for the rest of Sweden (other kommuner, regions), kept for the
   * national comparisons; absent for the county's rows only (and in datasets saved before).
   */
  readonly coverage?: "sweden";
  /** With coverage "sweden": the indicators with values for other regions (Län och regioner). */
  readonly regionIndicators?: readonly string[];
}

export interface LocalDataset {
  readonly meta: LocalDatasetMeta;
  readonly observations: readonly Observation[];
}

export interface BuildLocalDatasetInput {
  readonly report: ImportReport;
  readonly name: string;
  readonly sha256: string;
  readonly bytes: number;
  readonly importedAt: string;
  readonly choices: readonly IndicatorChoice[];
}

/** What the observations say about each indicator: some values, its breakdowns, its level. */
interface Seen {
  readonly values: Map<string, number[]>;
  readonly breakdowns: Map<string, Set<string>>;
  /** Indicators with a value for one of the county's kommuner. */
  readonly kommun: Set<string>;
  /** Indicators with rows for the rest of Sweden, and those with a value for another region. */
  readonly national: Set<string>;
  readonly regions: Set<string>;
}

/** Turns a validated report (accepted, possibly with row errors) into a local dataset. */
export function buildLocalDataset(input: BuildLocalDatasetInput): LocalDataset {
  const { report } = input;
  const id = localDatasetId(input.sha256);
  const ids = indicatorIds(id, report.indicators);
  const seen: Seen = {
    values: new Map(),
    breakdowns: new Map(),
    kommun: new Set(),
    national: new Set(),
    regions: new Set(),
  };
  const observations: Observation[] = [];
  for (const o of report.observations) {
    const indicator = ids.get(o.indicator);
    if (indicator === undefined) continue;
    const observation = localObservation(o, indicator, report.file);
    observations.push(observation);
    see(seen, observation);
  }
  const choices = new Map(input.choices.map((c) => [c.fileId, c]));
  const indicators = report.indicators.map((i) =>
    localIndicator(i, ids.get(i.id) ?? `${id}:${slug(i.id)}`, {
      input,
      choice: choices.get(i.id),
      seen,
    }),
  );
  return {
    meta: {
      id,
      // Typed names and the file's name are outside text: no bidi controls (domain/bidi).
      name: stripBidi(input.name).trim() || stripBidi(report.file),
      fileName: stripBidi(report.file),
      importedAt: input.importedAt,
      sha256: input.sha256,
      bytes: input.bytes,
      encoding: report.encoding,
      delimiter: report.delimiter,
      format: report.format,
      decision: report.decision,
      rows: report.rows,
      observationCount: observations.length,
      issueCount: report.issues.length,
      indicators,
      mapping: report.mapping,
      ...(seen.national.size > 0
        ? {
            coverage: "sweden" as const,
            regionIndicators: indicators
              .map((i) => i.id)
              .filter((i) => seen.regions.has(i)),
          }
        : {}),
    },
    observations,
  };
}

function slug(text: string): string {
  const s = text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
  return s === "" ? "indikator" : s;
}

/** The file's indicator → "egen-<hash>:<slug>", numbered when two slugs meet. */
function indicatorIds(
  id: string,
  indicators: readonly ImportIndicator[],
): Map<string, string> {
  const ids = new Map<string, string>();
  const used = new Set<string>();
  for (const i of indicators) {
    let candidate = `${id}:${slug(i.id)}`;
    for (let n = 2; used.has(candidate); n++)
      candidate = `${id}:${slug(i.id)}-${String(n)}`;
    used.add(candidate);
    ids.set(i.id, candidate);
  }
  return ids;
}

function see(seen: Seen, o: Observation): void {
  if (o.value !== null) {
    const list = seen.values.get(o.indicator) ?? [];
    if (list.length < 1000) list.push(o.value);
    seen.values.set(o.indicator, list);
  }
  if (o.breakdown !== "") {
    const set = seen.breakdowns.get(o.indicator) ?? new Set();
    set.add(o.breakdown);
    seen.breakdowns.set(o.indicator, set);
  }
  if (!isCountyArea(o.area)) {
    seen.national.add(o.indicator);
    if (o.area.length === 2 && o.value !== null) seen.regions.add(o.indicator);
  } else if (o.area.length === 4) seen.kommun.add(o.indicator);
}

/** One of the file's indicators as the app's indicator, with the user's choices. */
function localIndicator(
  i: ImportIndicator,
  localId: string,
  context: {
    readonly input: BuildLocalDatasetInput;
    readonly choice: IndicatorChoice | undefined;
    readonly seen: Seen;
  },
): Indicator {
  const { input, choice, seen } = context;
  const { report } = input;
  const label = stripBidi(choice?.label ?? "").trim() || i.label || i.id;
  const unit = choice?.unit ?? guessUnit(i.unit, label);
  const breakdowns: Record<string, { sv: string; en: string }> = {};
  for (const b of seen.breakdowns.get(localId) ?? [])
    breakdowns[b] =
      b === "k"
        ? text({ key: "women" })
        : b === "m"
          ? text({ key: "men" })
          : { sv: b, en: b };
  const date = input.importedAt.slice(0, 10);
  return {
    id: localId,
    label: { sv: label, en: label },
    theme: "own-data",
    unit,
    format: formatFor(unit, seen.values.get(localId) ?? []),
    polarity: choice?.polarity ?? "neutral",
    definition: text({
      key: "definition",
      params: { id: i.id, file: report.file, date },
    }),
    denominator: null,
    datasetId: localDatasetId(input.sha256),
    sourceIds: ["egen"],
    scope: seen.kommun.has(localId) ? "kommun" : "county",
    perCapita: null,
    breakdowns,
    koladaId: report.format === "kolada-json" ? i.id : null,
  };
}
