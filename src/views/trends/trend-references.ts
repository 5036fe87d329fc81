/**
 * Trender's reference lines in the URL (`lines`): Riket and the kommungrupp median. Absent means
 * Riket only (the chart as it always was); "none" means neither. Pure.
 */
import type { TrendLineChoice } from "@/navigation/url-state";

export interface TrendReferences {
  readonly sweden: boolean;
  readonly group: boolean;
}

/** The reference lines a link asks for. */
export function referencesOf(
  lines: readonly TrendLineChoice[],
): TrendReferences {
  if (lines.length === 0) return { sweden: true, group: false };
  return { sweden: lines.includes("sweden"), group: lines.includes("group") };
}

/** The `lines` value of a choice: empty for the default, so links stay short. */
export function linesOf(refs: TrendReferences): TrendLineChoice[] {
  if (refs.sweden && !refs.group) return [];
  const lines: TrendLineChoice[] = [];
  if (refs.sweden) lines.push("sweden");
  if (refs.group) lines.push("group");
  return lines.length === 0 ? ["none"] : lines;
}
