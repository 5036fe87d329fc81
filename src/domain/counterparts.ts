/**
 * Two sources that give the same measure (the catalogue's `counterpart`, e.g. the 2018 analysis's
 * "ej behöriga till gymnasiet" and Kolada's N15428, eligible, as 100 − N15428). Where their values
 * for the same area and period differ at the precision shown, both indicators say so; neither is
 * corrected. The relation is declared once and read from either side.
 */
import type { AreaCode } from "./areas";
import { decimalsOf } from "./format";
import type { Counterpart, Indicator } from "./indicators";
import { complementOfShare } from "./metrics/derived";
import type { Observation } from "./observations";

/** An indicator, the one measuring the same from another source, and how they relate. */
export interface Pairing {
  readonly own: Indicator;
  readonly other: Indicator;
  readonly relation: Counterpart["relation"];
}

/** Every counterpart of the indicator, whichever of the two declares it. */
export function pairingsOf(
  indicator: Indicator,
  catalogue: readonly Indicator[],
): Pairing[] {
  const byId = new Map(catalogue.map((i) => [i.id, i]));
  const pairings: Pairing[] = [];
  const declared = indicator.counterpart;
  const declaredOther = declared ? byId.get(declared.indicator) : undefined;
  if (declared && declaredOther)
    pairings.push({
      own: indicator,
      other: declaredOther,
      relation: declared.relation,
    });
  for (const i of catalogue) {
    if (
      i.counterpart?.indicator === indicator.id &&
      i.id !== declared?.indicator
    )
      pairings.push({
        own: indicator,
        other: i,
        relation: i.counterpart.relation,
      });
  }
  return pairings;
}

/** One area and period both sources give. */
export interface Comparison {
  readonly area: AreaCode;
  readonly period: string;
  readonly value: number;
  /** The other source's value as it gives it. */
  readonly otherValue: number;
  /** The other source's value in this indicator's terms (computed when the relation is a complement). */
  readonly otherAsOwn: number;
}

/** The areas and periods both give, split into those that differ as shown and those that agree. */
export function compareSources(
  pairing: Pairing,
  own: readonly Observation[],
  other: readonly Observation[],
): { differ: Comparison[]; agree: Comparison[] } {
  const key = (o: Observation) => `${o.area}|${o.period}`;
  const theirs = new Map(
    other
      .filter(
        (o) =>
          o.indicator === pairing.other.id &&
          o.breakdown === "" &&
          o.value !== null,
      )
      .map((o) => [key(o), o.value ?? 0]),
  );
  const decimals = decimalsOf(pairing.own.format);
  const shown = (v: number) => v.toFixed(decimals);
  const differ: Comparison[] = [];
  const agree: Comparison[] = [];
  for (const o of own) {
    if (o.indicator !== pairing.own.id || o.breakdown !== "") continue;
    const otherValue = theirs.get(key(o));
    if (o.value === null || otherValue === undefined) continue;
    const otherAsOwn =
      pairing.relation === "complement"
        ? (complementOfShare(otherValue) ?? otherValue)
        : otherValue;
    const row = {
      area: o.area,
      period: o.period,
      value: o.value,
      otherValue,
      otherAsOwn,
    };
    (shown(o.value) === shown(otherAsOwn) ? agree : differ).push(row);
  }
  return { differ, agree };
}
