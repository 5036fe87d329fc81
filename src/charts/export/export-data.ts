/**
 * What a chart hands to its exports: the words around it (title, subtitle with unit and period,
 * summary, source line), the datasets with their versions, and one row per value it shows. The
 * CSV, the image footer and the presentation slide are all built from this, so they agree with
 * the chart on screen. Views build it (views/shared/export-rows.ts); charts only read it.
 */
import type { ObservationStatus } from "@/domain/observations";

/** A source status, "no-row" (the source has nothing), or "derived" (computed by this app). */
export type ExportStatus = ObservationStatus | "no-row" | "derived";

/** One value the chart shows: who, what, when, the number and where it comes from. */
export interface ExportRow {
  /** Area code as text ("0127"; "01" the county, "00" Sweden), or "" for a non-area row. */
  readonly areaCode: string;
  /** Kommun, county or other recipient name as displayed. */
  readonly areaName: string;
  readonly indicatorId: string;
  /** Indicator label in the UI language. */
  readonly indicator: string;
  /** Breakdown label ("kvinnor", an agreement section) or "". */
  readonly breakdown: string;
  readonly period: string;
  /** The number the chart draws (derived where the chart shows a derived figure); null = none. */
  readonly value: number | null;
  /**
   * A figure this app computed (status "derived") is exported rounded as the chart shows it;
   * this is its value before rounding. Null for values taken from a source as they are.
   */
  readonly valueUnrounded?: number | null | undefined;
  /** The span a range-only value lies in. */
  readonly low: number | null;
  readonly high: number | null;
  readonly status: ExportStatus;
  /** The statistical symbol an imported file had in place of the value ("..", "-"), if any. */
  readonly symbol?: string | null | undefined;
  /** Unit in words ("kr per invånare"). */
  readonly unit: string;
  /** How a derived figure was computed, or "". */
  readonly derived: string;
  /** Citation and locator (publication, table/section). */
  readonly source: string;
  readonly datasetId: string;
  readonly datasetVersion: number | null;
}

interface ExportDataset {
  readonly id: string;
  readonly version: number;
}

export interface ChartExportData {
  /** Stable id of the chart within its view ("compare", "funding-agreements"): file names, slides. */
  readonly id: string;
  readonly title: string;
  /** What is measured, unit, period. */
  readonly subtitle: string;
  readonly sourceLine: string;
  readonly summary?: string | undefined;
  readonly datasets: readonly ExportDataset[];
  /** Builds the rows; called when the user exports (a CSV), not when the chart renders. */
  readonly rows: () => readonly ExportRow[];
}

/** A file name from a chart title: lower case ASCII, hyphens, with the date ("…-2026-11-23"). */
export function exportFileName(
  title: string,
  isoDate: string,
  extension: string,
): string {
  const slug = title
    .toLowerCase()
    .replace(/[åä]/g, "a")
    .replace(/ö/g, "o")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
  return `${slug === "" ? "diagram" : slug}-${isoDate}.${extension}`;
}
