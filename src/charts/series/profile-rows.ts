/**
 * One indicator of Kommunprofil: the kommun's row against the county and every kommun (value,
 * county, lowest–highest, rank, verdict), or the gap when the kommun has no value.
 */
import { COUNTY_CODE, type AreaCode } from "@/domain/areas";
import { isAdditive, type Indicator } from "@/domain/indicators";
import type { LocalText } from "@/domain/local-text";
import { noteText } from "@/domain/note-text";
import { differenceFrom } from "@/domain/metrics/derived";
import { rankValues } from "@/domain/metrics/ranking";
import type { Observation } from "@/domain/observations";
import { compareWithCounty } from "@/domain/profile-comparison";

import type { ProfileGap, ProfileRow } from "./profile-types";

type Valued = Observation & { readonly value: number };

/** Why the kommun has no value: only the span, missing (with the source's note), or not named. */
export function gapOf(
  indicator: Indicator,
  period: string,
  mine: Observation | null,
  missingReason: LocalText,
  fewNamed: boolean,
): ProfileGap {
  if (mine?.status === "range-only") {
    return {
      indicator,
      period,
      kind: "range-only",
      reason: noteText(mine.note),
      low: mine.low,
      high: mine.high,
      observation: mine,
    };
  }
  const quoted = mine !== null && mine.note !== "";
  return {
    indicator,
    period,
    kind: fewNamed && mine === null ? "not-named" : "missing",
    reason: quoted ? noteText(mine.note) : missingReason,
    low: null,
    high: null,
    observation: mine,
  };
}

/** The kommun's row: its value against the county and the other kommuner of the period. */
export function rowOf(
  indicator: Indicator,
  period: string,
  mine: Valued,
  valued: readonly Valued[],
  own: readonly Observation[],
  names: ReadonlyMap<AreaCode, string>,
  total: number,
): ProfileRow {
  const named = valued.map((o) => ({
    code: o.area,
    name: names.get(o.area) ?? o.area,
    value: o.value,
  }));
  const [first] = named;
  if (!first) throw new Error("rowOf needs at least one value");
  const lowest = named.reduce((a, b) => (b.value < a.value ? b : a), first);
  const highest = named.reduce((a, b) => (b.value > a.value ? b : a), first);
  const { ranks, n } = rankValues(valued.map((o) => o.value));
  const rank = ranks[valued.findIndex((o) => o.area === mine.area)] ?? 0;
  const countyObservation =
    own.find((o) => o.area === COUNTY_CODE && o.period === period) ?? null;
  const countyIsTotal = isAdditive(indicator.unit);
  const county = countyIsTotal ? null : (countyObservation?.value ?? null);
  return {
    indicator,
    period,
    value: mine.value,
    observation: mine,
    county,
    countyObservation,
    countyIsTotal,
    difference: differenceFrom(mine.value, county),
    lowest,
    highest,
    rank,
    n,
    total,
    verdict: compareWithCounty(mine.value, county, indicator.polarity),
  };
}
