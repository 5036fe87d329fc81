/**
 * A local dataset ("Egen data"): a user's validated file turned into the app's own indicator and
 * observation types, so every view can show it beside the published data. Pure: the store keeps
 * it in IndexedDB, nothing here touches the browser. It never leaves the browser.
 */
import type { DatasetEntry, DatasetVersion } from "@/data/schemas/manifest";
import type { AreaCode } from "@/domain/areas";
import type { FormatTag, Indicator, Polarity, Unit } from "@/domain/indicators";
import { decimalPlaces } from "@/domain/format";
import type { Observation } from "@/domain/observations";

import type { ImportMapping } from "../import/mapping";
import type { ImportedObservation, ImportReport } from "../import/report-types";
import { localDatasetId } from "./local-id";

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
}

export interface LocalDataset {
  readonly meta: LocalDatasetMeta;
  readonly observations: readonly Observation[];
}

/** The units a user can choose for an imported indicator, with the unit the file suggests. */
export const CHOOSABLE_UNITS: readonly Unit[] = [
  "number",
  "percent",
  "per-1000",
  "per-100000",
  "count",
  "kr",
  "kr-per-inhabitant",
  "mnkr",
  "days",
];

/** Guesses a unit from the file's unit text or the indicator's name; "number" when unsure. */
export function guessUnit(unit: string | null, label: string): Unit {
  const text = `${unit ?? ""} ${label}`.toLowerCase();
  if (/per\s*100\s*000|\/\s*100\s*000/.test(text)) return "per-100000";
  if (/per\s*1\s*000|\/\s*1\s*000|promille|‰/.test(text)) return "per-1000";
  if (/kr\s*(?:per|\/)\s*inv/.test(text)) return "kr-per-inhabitant";
  if (/mnkr|miljoner kr|mkr/.test(text)) return "mnkr";
  if (/%|procent|percent|andel|share/.test(text)) return "percent";
  if (/\bkr\b|kronor|\bsek\b/.test(text)) return "kr";
  if (/\bdagar\b|\bdays\b/.test(text)) return "days";
  if (/\bantal\b|\bcount\b|\bst\b/.test(text)) return "count";
  return "number";
}

const FORMATS: Record<Unit, readonly [FormatTag, FormatTag, FormatTag]> = {
  number: ["num0", "num1", "num2"],
  percent: ["pct1", "pct1", "pct2"],
  "percent-change": ["pct1", "pct1", "pct2"],
  "per-1000": ["num0", "num1", "num2"],
  "per-100000": ["num0", "num1", "num2"],
  count: ["num0", "num1", "num2"],
  kr: ["sek0", "sek2", "sek2"],
  "kr-per-inhabitant": ["sek0", "sek2", "sek2"],
  mnkr: ["mnkr1", "mnkr1", "mnkr1"],
  days: ["num0", "num1", "num2"],
  posts: ["num0", "num1", "num2"],
};

/** The format that shows every value the file gave without hiding decimals (at most two). */
export function formatFor(unit: Unit, values: readonly number[]): FormatTag {
  let decimals = 0;
  for (const v of values) {
    decimals = Math.max(decimals, decimalPlaces(v, 2));
    if (decimals === 2) break;
  }
  return FORMATS[unit][decimals] ?? "num2";
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

const GENDER_BREAKDOWN: Record<string, string> = { K: "k", M: "m" };

export interface BuildLocalDatasetInput {
  readonly report: ImportReport;
  readonly name: string;
  readonly sha256: string;
  readonly bytes: number;
  readonly importedAt: string;
  readonly choices: readonly IndicatorChoice[];
}

/** Turns a validated report (accepted, possibly with row errors) into a local dataset. */
export function buildLocalDataset(input: BuildLocalDatasetInput): LocalDataset {
  const { report } = input;
  const id = localDatasetId(input.sha256);
  const choices = new Map(input.choices.map((c) => [c.fileId, c]));
  const indicatorIds = new Map<string, string>();
  const used = new Set<string>();
  for (const i of report.indicators) {
    let candidate = `${id}:${slug(i.id)}`;
    for (let n = 2; used.has(candidate); n++)
      candidate = `${id}:${slug(i.id)}-${String(n)}`;
    used.add(candidate);
    indicatorIds.set(i.id, candidate);
  }

  const observations: Observation[] = [];
  const valuesOf = new Map<string, number[]>();
  const breakdownsOf = new Map<string, Set<string>>();
  const kommunValues = new Set<string>();
  const date = input.importedAt.slice(0, 10);
  for (const o of report.observations) {
    const indicator = indicatorIds.get(o.indicator);
    if (indicator === undefined) continue;
    const breakdown = breakdownOf(o);
    observations.push({
      area: o.area as AreaCode,
      indicator,
      breakdown,
      period: o.period,
      value: o.value,
      status: o.status,
      low: null,
      high: null,
      note: o.symbol !== null ? symbolNote(o.symbol) : "",
      sourceId: "egen",
      locator:
        o.line > 0 ? `${report.file}, rad ${String(o.line)}` : report.file,
      symbol: o.symbol,
    });
    if (o.value !== null) {
      const list = valuesOf.get(indicator) ?? [];
      if (list.length < 1000) list.push(o.value);
      valuesOf.set(indicator, list);
    }
    if (breakdown !== "") {
      const set = breakdownsOf.get(indicator) ?? new Set();
      set.add(breakdown);
      breakdownsOf.set(indicator, set);
    }
    if (o.area.length === 4) kommunValues.add(indicator);
  }

  const indicators: Indicator[] = report.indicators.map((i) => {
    const localId = indicatorIds.get(i.id) ?? `${id}:${slug(i.id)}`;
    const choice = choices.get(i.id);
    const label = choice?.label.trim() || i.label || i.id;
    const unit = choice?.unit ?? guessUnit(i.unit, label);
    const breakdowns: Record<string, { sv: string; en: string }> = {};
    for (const b of breakdownsOf.get(localId) ?? []) {
      breakdowns[b] =
        b === "k"
          ? { sv: "Kvinnor", en: "Women" }
          : b === "m"
            ? { sv: "Män", en: "Men" }
            : { sv: b, en: b };
    }
    return {
      id: localId,
      label: { sv: label, en: label },
      theme: "own-data",
      unit,
      format: formatFor(unit, valuesOf.get(localId) ?? []),
      polarity: choice?.polarity ?? "neutral",
      definition: {
        sv: `Egen data: "${i.id}" i filen ${report.file}, inläst ${date}. Uppgifterna har kontrollerats av verktyget men inte granskats av någon annan.`,
        en: `Your own data: "${i.id}" in the file ${report.file}, loaded ${date}. The figures were checked by the tool but not reviewed by anyone else.`,
      },
      denominator: null,
      datasetId: id,
      sourceIds: ["egen"],
      scope: kommunValues.has(localId) ? "kommun" : "county",
      perCapita: null,
      breakdowns,
      koladaId: report.format === "kolada-json" ? i.id : null,
    };
  });

  return {
    meta: {
      id,
      name: input.name.trim() || report.file,
      fileName: report.file,
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
    },
    observations,
  };
}

/** The app's breakdown for an imported row: Kolada's K/M → "k"/"m", everything else the total. */
export function breakdownOf(o: ImportedObservation): string {
  if (o.gender === null) return "";
  return GENDER_BREAKDOWN[o.gender.toUpperCase()] ?? "";
}

/** The note that keeps a file's statistical symbol visible where the value would be. */
export function symbolNote(symbol: string): string {
  return symbol === "" ? "Tom cell i filen." : `Symbolen "${symbol}" i filen.`;
}

/**
 * The manifest-like entry and version a local dataset presents to the views, so source lines
 * and "Om uppgifterna" work unchanged: "Källa: Egen data, fil.csv · Dataversion egen-… v1".
 */
export function localDatasetEntry(meta: LocalDatasetMeta): {
  entry: DatasetEntry;
  version: DatasetVersion;
} {
  const date = meta.importedAt.slice(0, 10);
  const version: DatasetVersion = {
    version: 1,
    file: `${meta.id}.v1.csv`,
    format: "csv",
    published: date,
    note: {
      sv: `Inläst från ${meta.fileName}`,
      en: `Loaded from ${meta.fileName}`,
    },
    sha256: meta.sha256,
    bytes: meta.bytes,
  };
  const entry: DatasetEntry = {
    id: meta.id,
    kind: "observations",
    title: { sv: `Egen data: ${meta.name}`, en: `Your own data: ${meta.name}` },
    description: {
      sv: `Inläst från filen ${meta.fileName}. Finns bara i den här webbläsaren.`,
      en: `Loaded from the file ${meta.fileName}. Exists only in this browser.`,
    },
    licence: "Egen data",
    sources: [
      {
        id: "egen",
        title: `Egen data (${meta.name})`,
        shortTitle: "Egen data",
        publisher: "Användaren",
        year: Number(date.slice(0, 4)),
        section: `fil ${meta.fileName}`,
      },
    ],
    missingReason: {
      sv: "Uppgift saknas i den inlästa filen.",
      en: "No value in the loaded file.",
    },
    versions: [version],
  };
  return { entry, version };
}
