/**
 * A classification of areas into groups: SKR's kommungrupper 2017 (A1 Storstäder … C9
 * Landsbygdskommun med besöksnäring). SKR revised the grouping in 2023; the app says "kommungrupp
 * 2017" wherever it uses this one.
 */
import type { AreaCode } from "./areas";
import type { LocalText } from "./local-text";

export interface AreaGroup {
  readonly code: string;
  readonly name: LocalText;
  readonly main: { readonly code: string; readonly name: LocalText };
}

export interface AreaGrouping {
  readonly classification: string;
  readonly groups: readonly AreaGroup[];
  /** The group code of each member area. */
  readonly groupOf: ReadonlyMap<AreaCode, string>;
}

/** The group an area belongs to, or null when the classification does not place it. */
export function groupOfArea(
  grouping: AreaGrouping,
  area: AreaCode,
): AreaGroup | null {
  const code = grouping.groupOf.get(area);
  return grouping.groups.find((g) => g.code === code) ?? null;
}

/** The areas of a group, in code order. */
export function membersOf(grouping: AreaGrouping, group: string): AreaCode[] {
  return [...grouping.groupOf.entries()]
    .filter(([, g]) => g === group)
    .map(([area]) => area)
    .sort((a, b) => a.localeCompare(b));
}
