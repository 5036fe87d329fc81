/**
 * One kommun against its kommungrupp (SKR 2017) on one indicator, period and breakdown: the
 * group's median and range of the national values (derived, "beräknat"; the kommun itself is a
 * member and counts), the kommun's own value there and whether it lies above, below or at the
 * median as the figures are shown (compared after rounding, so "10,1 mot 10,1" is never "över").
 */
import {
  groupOfArea,
  membersOf,
  type AreaGroup,
  type AreaGrouping,
} from "./area-groups";
import type { AreaCode } from "./areas";
import { roundedAsShown } from "./format";
import type { FormatTag } from "./indicators";
import {
  groupDistribution,
  kommunValues,
  standing,
  type Distribution,
} from "./national-reference";
import type { Observation } from "./observations";

type GroupRelation = "above" | "below" | "atMedian";

export interface GroupReference {
  readonly group: AreaGroup;
  /** The group's kommuner in all of Sweden (with or without a value). */
  readonly members: number;
  /** Median and range of the members with a value; null when none has one for the period. */
  readonly distribution: Distribution | null;
  /** The kommun's own national value; null when it has none for the period. */
  readonly value: number | null;
  /** Null without the kommun's value or the group's distribution. */
  readonly relation: GroupRelation | null;
}

export interface GroupReferenceInput {
  readonly observations: readonly Observation[];
  readonly period: string;
  readonly breakdown: string;
  readonly grouping: AreaGrouping;
  readonly kommun: AreaCode;
  /** The indicator's format: the comparison is made on the values as shown. */
  readonly format: FormatTag;
}

/** Where `kommun` stands in its kommungrupp; null when the grouping does not place it. */
export function groupReference(
  input: GroupReferenceInput,
): GroupReference | null {
  const { grouping, kommun, format } = input;
  const group = groupOfArea(grouping, kommun);
  if (!group) return null;
  const values = kommunValues(
    input.observations,
    input.period,
    input.breakdown,
  );
  const d = groupDistribution(values, grouping, group.code);
  const members = d?.total ?? membersOf(grouping, group.code).length;
  const own = d ? standing(d, kommun) : null;
  const value = values.find((v) => v.code === kommun)?.value ?? null;
  let relation: GroupRelation | null = null;
  if (d && own) {
    const shown = roundedAsShown(own.value, format);
    const mid = roundedAsShown(d.median, format);
    relation = shown > mid ? "above" : shown < mid ? "below" : "atMedian";
  }
  return { group, members, distribution: d, value, relation };
}
