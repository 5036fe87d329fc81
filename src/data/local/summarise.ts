/**
 * What the page receives of a checked file: the report with its first observations as a preview,
 * how many there are, and each indicator's unit (shared by the worker and the fallback).
 */
import type { ImportReport } from "../import/report-types";
import type { CheckedFile } from "./import-protocol";

/** How many observations the page receives for the preview. */
const PREVIEW_OBSERVATIONS = 50;

/** The preview form of a full report, and the unit hints (shared by the worker and the fallback). */
export function summarise(
  report: ImportReport,
  sha256: string,
  bytes: number,
  millis: number,
): CheckedFile {
  const unitHints: Record<string, string> = Object.create(null) as Record<
    string,
    string
  >;
  let missing = report.indicators.length;
  for (const o of report.observations) {
    if (missing === 0) break;
    if (o.unit !== null && !(o.indicator in unitHints)) {
      unitHints[o.indicator] = o.unit;
      missing--;
    }
  }
  return {
    report: {
      ...report,
      observations: report.observations.slice(0, PREVIEW_OBSERVATIONS),
    },
    observationCount: report.observations.length,
    unitHints,
    sha256,
    bytes,
    millis,
  };
}
