/**
 * Ranked bars for one indicator, period and breakdown: one row per kommun (missing ones kept,
 * with their reason), the county and Sweden as references, coverage, ranks and highlights.
 * Pure: no React, no pixels. Derived figures (per inhabitant) come from domain/metrics/derived.
 */
import type { Area, AreaCode } from "@/domain/areas";
import { COUNTY_CODE, SWEDEN_CODE } from "@/domain/areas";
import type { FormatTag, Indicator } from "@/domain/indicators";
import { roundedAsShown } from "@/domain/format";
import { isAdditive } from "@/domain/indicators";
import type { LocalText } from "@/domain/local-text";
import { noteText } from "@/domain/note-text";
import { derivePerCapita, type DerivedHow } from "@/domain/metrics/derived";
import { rankValues } from "@/domain/metrics/ranking";
import type { Observation, ObservationStatus } from "@/domain/observations";

import { byName, byValue } from "./ranking-order";

export type RowStatus = ObservationStatus | "no-row";

export interface RankingRow {
  readonly code: AreaCode;
  readonly name: string;
  /** The value drawn: the source value, or the derived one in per-capita mode. */
  readonly value: number | null;
  readonly status: RowStatus;
  readonly low: number | null;
  readonly high: number | null;
  readonly note: string;
  /** Why there is no value (for missing and not-named rows). */
  readonly reason: LocalText | null;
  readonly derived: DerivedHow | null;
  /**
   * The value per inhabitant (derived) in either mode, when the indicator has a per-capita rule
   * and the population is given: the chart's value in per-capita mode, a companion otherwise.
   */
  readonly perInhabitant: number | null;
  readonly highlighted: boolean;
  readonly rank: number | null;
  readonly observation: Observation | null;
}

export interface ReferenceValue {
  readonly code: AreaCode;
  readonly value: number;
  readonly status: ObservationStatus;
  readonly derived: DerivedHow | null;
  readonly observation: Observation;
}

export interface RankingSeries {
  readonly indicator: Indicator;
  readonly period: string;
  readonly breakdown: string;
  readonly perCapita: boolean;
  readonly format: FormatTag;
  readonly rows: readonly RankingRow[];
  readonly county: ReferenceValue | null;
  readonly sweden: ReferenceValue | null;
  /** Draw the county as a reference line (false when it is a total of the kommun values). */
  readonly countyIsComparable: boolean;
  /** The county's value per inhabitant (derived), when the population is given. */
  readonly countyPerInhabitant: number | null;
  readonly coverage: { readonly withValue: number; readonly total: number };
  /** Number of ranked kommuner. */
  readonly n: number;
  /** Set when no kommun has a value and all share one range-only span (drawn as one row). */
  readonly uniformRange: { readonly low: number; readonly high: number } | null;
}

export interface RankingInput {
  readonly indicator: Indicator;
  readonly observations: readonly Observation[];
  readonly kommuner: readonly Area[];
  readonly period: string;
  readonly breakdown: string;
  readonly perCapita: boolean;
  readonly selected: readonly AreaCode[];
  readonly sort: "value" | "name";
  /**
   * Population per area for the indicator's per-capita rule: needed when perCapita; in absolute
   * mode it only adds each row's value per inhabitant (for the summary).
   */
  readonly population: ReadonlyMap<AreaCode, number> | null;
  /** Why a kommun without a row has no value (the dataset's missingReason). */
  readonly missingReason: LocalText;
}

/** The observations of the indicator, period and breakdown shown, by area. */
function observationsByArea(input: RankingInput): Map<AreaCode, Observation> {
  const byArea = new Map<AreaCode, Observation>();
  for (const o of input.observations) {
    if (
      o.indicator === input.indicator.id &&
      o.period === input.period &&
      o.breakdown === input.breakdown
    ) {
      byArea.set(o.area, o);
    }
  }
  return byArea;
}

/** Builds the ranked series. */
export function buildRankingSeries(input: RankingInput): RankingSeries {
  const { indicator, period, breakdown } = input;
  const perCapitaRule = input.perCapita ? indicator.perCapita : null;
  const usePerCapita = perCapitaRule !== null;
  const byArea = observationsByArea(input);
  const shown = (
    o: Observation,
  ): { value: number | null; derived: DerivedHow | null } => {
    if (!usePerCapita) return { value: o.value, derived: null };
    const result = derivePerCapita(
      indicator,
      o.value,
      input.population?.get(o.area),
    );
    return { value: result.value, derived: result.how };
  };
  const perInhabitant = (o: Observation | null | undefined): number | null =>
    o && input.population
      ? derivePerCapita(indicator, o.value, input.population.get(o.area)).value
      : null;
  const baseRows = input.kommuner.map((area) => {
    const o = byArea.get(area.code) ?? null;
    const { value, derived } = o ? shown(o) : { value: null, derived: null };
    const status: RowStatus = o ? o.status : "no-row";
    const reason =
      value !== null || status === "range-only"
        ? null
        : o && o.note !== ""
          ? noteText(o.note)
          : input.missingReason;
    return {
      code: area.code,
      name: area.name,
      value,
      status,
      low: usePerCapita ? null : (o?.low ?? null),
      high: usePerCapita ? null : (o?.high ?? null),
      note: o?.note ?? "",
      reason,
      derived,
      perInhabitant: perInhabitant(o),
      highlighted: input.selected.includes(area.code),
      observation: o,
    };
  });
  const format = perCapitaRule?.format ?? indicator.format;
  // Kommuner whose values print the same share the place (34,64 kr per inhabitant everywhere is
  // not "place 17 of 26" because of the fifth decimal).
  const { ranks, n } = rankValues(
    baseRows.map((r) =>
      r.value === null ? null : roundedAsShown(r.value, format),
    ),
  );
  const rows: RankingRow[] = baseRows.map((r, i) => ({
    ...r,
    rank: ranks[i] ?? null,
  }));
  rows.sort(input.sort === "name" ? byName : byValue(format));
  const reference = (code: AreaCode): ReferenceValue | null => {
    const o = byArea.get(code);
    if (!o) return null;
    const { value, derived } = shown(o);
    return value === null
      ? null
      : { code, value, status: o.status, derived, observation: o };
  };
  return {
    indicator,
    period,
    breakdown,
    perCapita: usePerCapita,
    format,
    rows,
    county: reference(COUNTY_CODE),
    sweden: reference(SWEDEN_CODE),
    countyIsComparable: usePerCapita || !isAdditive(indicator.unit),
    countyPerInhabitant: perInhabitant(byArea.get(COUNTY_CODE)),
    coverage: { withValue: n, total: input.kommuner.length },
    n,
    uniformRange: uniformRangeOf(rows),
  };
}

function uniformRangeOf(
  rows: readonly RankingRow[],
): RankingSeries["uniformRange"] {
  const [first] = rows;
  if (!first || first.low === null || first.high === null) return null;
  const { low, high } = first;
  const same = rows.every(
    (r) => r.status === "range-only" && r.low === low && r.high === high,
  );
  return same ? { low, high } : null;
}
