/**
 * What Län och regioner draws for one indicator: the regions' and Riket's values of the whole
 * population, the years Kolada (or the imported file) gives for a region, and the year shown.
 */
import type { ObservationsDataset } from "@/data/load-dataset";
import type { Indicator } from "@/domain/indicators";
import {
  comparePeriods,
  periodsOf,
  type Observation,
} from "@/domain/observations";

export interface RegionsModel {
  readonly observations: readonly Observation[];
  /** Oldest first. */
  readonly periods: readonly string[];
  /** The year asked for if it has region values, else the latest; null when none has. */
  readonly period: string | null;
}

export function regionsModel(
  national: ObservationsDataset,
  indicator: Indicator,
  wanted: string | null,
): RegionsModel {
  const observations = (national.byIndicator.get(indicator.id) ?? []).filter(
    (o) => o.area.length === 2 && o.breakdown === "",
  );
  // Oldest first by the last year they cover; the years Kolada gives for a region (not only
  // Riket). Of two periods ending the same year (a pooled span and a single survey year), the
  // default is the one more regions have.
  const regionCount = (p: string) =>
    observations.filter((o) => o.period === p && o.area !== "00").length;
  const periods = periodsOf(observations, indicator.id)
    .filter((p) => regionCount(p) > 0)
    .sort(
      (a, b) =>
        a.slice(-4).localeCompare(b.slice(-4)) ||
        regionCount(a) - regionCount(b) ||
        comparePeriods(a, b),
    );
  const period = periods.find((p) => p === wanted) ?? periods.at(-1) ?? null;
  return { observations, periods, period };
}
