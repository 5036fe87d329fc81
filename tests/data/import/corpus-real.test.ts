/**
 * The 13 real files people saved from SCB, Socialstyrelsen and Kolada (shared/corpus-real, with
 * the decision and spot values a correct import gives in expected.json), through the same code
 * as `npm run data:check -- <file> --json`. A file that is misread fails here.
 *
 * How the expectations map onto the app's report:
 * - observations: the corpus counts Stockholms län only (the 26 kommuner and "01"); Riket ("00")
 *   is kept by the app as the Sweden reference and not counted there.
 * - row_errors: the corpus knows all 290 kommuner and counts rows for other län, Riket and unknown
 *   codes as errors. The app splits them: rows with errors, rows for län elsewhere in Sweden
 *   ("utanför länet": known, kept for the national comparisons, never in the county's views) and
 *   rows for Riket (kept as "00"). Their sum is row_errors. Rows for other kommuner are kept too
 *   (unknown_area_values counts them); the observation counts and spot values here are the
 *   county's only.
 * - indicator: the corpus joins the stub labels with " / "; the app's series id is the indicator
 *   and the breakdown values joined the same way, with kön kept apart as the gender.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

import { describe, expect, it } from "vitest";

import { checkImport } from "@/data/import/check-import";
import { toCheckJson } from "@/data/import/check-json";
import type {
  ImportedObservation,
  ImportReport,
} from "@/data/import/report-types";

import { IMPORT_CONTEXT } from "../../fixtures/import-context";
import { sv } from "./message-text";

const CORPUS = resolve(import.meta.dirname, "../../../../shared/corpus-real");

interface Spot {
  readonly area: string;
  readonly indicator: string;
  readonly period: string | null;
  readonly value: number | null;
  readonly symbol?: string;
}

interface Expected {
  readonly file: string;
  readonly decision: ImportReport["decision"];
  readonly encoding: ImportReport["encoding"];
  readonly delimiter: ImportReport["delimiter"];
  readonly observations_min: number | null;
  readonly null_observations_stockholm?: number;
  readonly row_errors?: number;
  readonly unknown_area_values?: number;
  readonly spot?: readonly Spot[];
  readonly null_spot?: readonly Spot[];
}

const EXPECTED = JSON.parse(
  readFileSync(resolve(CORPUS, "expected.json"), "utf8"),
) as readonly Expected[];

/**
 * Rows that are wrong whatever the app knows: old codes ("1917 Heby", "15 f.d. Älvsborgs län"),
 * SCB's "50", R's "99", a lone "0", Inf. Every real kommun, län, landsting and region name must be
 * known, so a file of real areas has no others (r04's 22 landsting: none).
 */
const ERROR_ROWS: Readonly<Record<string, number>> = {
  r01: 27,
  r02: 24,
  r03: 1,
  r04: 0,
  r06: 10,
  r07: 0,
  r08: 23,
  r09: 0,
};

const STOCKHOLM = new Set(
  IMPORT_CONTEXT.areas.map((a) => a.code).filter((code) => code !== "00"),
);

/** SCB's kön ids and labels as the corpus names them, to the app's gender. */
const GENDER_WORDS: Record<string, string> = {
  totalt: "T",
  kvinnor: "K",
  män: "M",
};

/** Does the observation belong to the series the corpus names? */
function sameSeries(o: ImportedObservation, indicator: string): boolean {
  if (indicator.startsWith("(none in file")) return true;
  if (o.indicator === indicator) return true;
  // JSON-stat: "Folkmängden per månad (000007SF), ålder 0-9 år, kön totalt".
  const jsonStat = /^(.+?) \((\w+)\), ålder (.+?), kön (\S+)$/.exec(indicator);
  if (jsonStat) {
    const [, , code = "", age = "", gender = ""] = jsonStat;
    const values = Object.values(o.breakdown ?? {});
    const ageText = age.replace(/ år$/, "");
    return (
      o.indicator.includes(code) &&
      values.some((v) => v.replace(/ år$/, "") === ageText) &&
      o.gender === GENDER_WORDS[gender]
    );
  }
  return false;
}

function stockholm(report: ImportReport): ImportedObservation[] {
  return report.observations.filter((o) => STOCKHOLM.has(o.area));
}

/**
 * Distinct rows kept as Riket ("00") and not already counted as rows with an error: the corpus
 * counts them among its row errors.
 */
function riketRows(report: ImportReport): number {
  const errorLines = new Set(
    report.issues.filter((i) => i.severity === "error").map((i) => i.line),
  );
  const rows = new Set<string>();
  for (const o of report.observations)
    if (o.area === "00" && !errorLines.has(o.line))
      rows.add(o.line > 0 ? String(o.line) : o.indicator);
  return rows.size;
}

describe("real files (shared/corpus-real)", () => {
  it("has all 13 files", () => {
    expect(EXPECTED).toHaveLength(13);
  });

  it.each(EXPECTED.map((e) => [e.file, e] as const))("%s", (file, expected) => {
    const bytes = new Uint8Array(readFileSync(resolve(CORPUS, file)));
    const report = checkImport(bytes, file, IMPORT_CONTEXT);
    const json = toCheckJson(report);
    const errors = report.issues
      .filter((i) => i.severity === "error")
      .slice(0, 3)
      .map((i) => `${i.code}: ${sv(i.message)}`);
    expect(json.decision, errors.join("\n")).toBe(expected.decision);
    if (expected.decision === "reject") {
      expect(json.observations).toEqual([]);
      expect(report.issues.some((i) => i.severity === "error")).toBe(true);
      return;
    }
    expect(json.encoding).toBe(expected.encoding);
    expect(json.delimiter).toBe(expected.delimiter);
    const own = stockholm(report);
    expect(own).toHaveLength(expected.observations_min ?? -1);
    if (expected.null_observations_stockholm !== undefined)
      expect(own.filter((o) => o.value === null)).toHaveLength(
        expected.null_observations_stockholm,
      );
    if (expected.row_errors !== undefined)
      expect(
        report.totals.errorRows +
          report.totals.outsideRegionRows +
          riketRows(report),
      ).toBe(expected.row_errors);
    expect(report.totals.errorRows).toBe(ERROR_ROWS[file.slice(0, 3)]);
    if (expected.unknown_area_values !== undefined)
      expect(report.totals.outsideCountyRows).toBe(
        expected.unknown_area_values,
      );
    for (const spot of expected.spot ?? []) {
      const found = own.filter(
        (o) =>
          o.area === spot.area &&
          o.period === spot.period &&
          sameSeries(o, spot.indicator),
      );
      expect(found, JSON.stringify(spot)).toHaveLength(1);
      expect(found[0]?.value).toBe(spot.value);
      expect(found[0]?.status).toBe("reported");
    }
    for (const spot of expected.null_spot ?? []) {
      const found = own.filter(
        (o) =>
          o.area === spot.area &&
          o.period === spot.period &&
          sameSeries(o, spot.indicator),
      );
      expect(found, JSON.stringify(spot)).toHaveLength(1);
      expect(found[0]?.value).toBeNull();
      expect(found[0]?.symbol).toBe(spot.symbol);
    }
    // Never a U+FFFD from a wrong decoding, in any text the app keeps.
    for (const o of own.slice(0, 5000))
      expect(o.indicator).not.toContain("\ufffd");
  });
});
