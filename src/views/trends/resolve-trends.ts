/**
 * What the trend view shows for a URL state: the indicator (any in the catalogue, by default the
 * trend view's of domain/indicator-roles) and the group (all, women, men, or both). Anything in the
 * URL that does not fit falls back and yields a notice. Pure.
 */
import { TREND_GROUPS, type TrendGroup } from "@/charts/series/trend-series";
import { DEFAULT_INDICATORS } from "@/domain/indicator-roles";
import type { Indicator } from "@/domain/indicators";
import type { LocalText } from "@/domain/local-text";
import type { Observation } from "@/domain/observations";
import { resolveIndicator } from "@/navigation/resolve-choice";
import type { UrlNotice, ViewState } from "@/navigation/url-state";

/** Number of distinct periods per indicator in a dataset's observations. */
export function periodCounts(
  observations: readonly Observation[],
): Record<string, number> {
  const sets = new Map<string, Set<string>>();
  for (const o of observations) {
    let set = sets.get(o.indicator);
    if (!set) {
      set = new Set();
      sets.set(o.indicator, set);
    }
    set.add(o.period);
  }
  return Object.fromEntries([...sets].map(([id, s]) => [id, s.size]));
}

/** Indicators with at least two periods, in catalogue order (known counts only). */
export function trendIndicators(
  catalogue: readonly Indicator[],
  counts: Readonly<Record<string, number>>,
): Indicator[] {
  return catalogue.filter((i) => (counts[i.id] ?? 0) >= 2);
}

/** True when the catalogue defines both women and men for the indicator. */
export function definesSexSplit(indicator: Indicator): boolean {
  return "k" in indicator.breakdowns && "m" in indicator.breakdowns;
}

export interface ResolvedTrend {
  readonly indicator: Indicator;
  readonly group: TrendGroup;
  readonly notices: UrlNotice[];
}

/** The URL's indicator among the whole catalogue, then its group. */
export function resolveTrend(
  state: ViewState,
  catalogue: readonly Indicator[],
  label: (text: LocalText) => string,
): ResolvedTrend {
  const { indicator, notices } = resolveIndicator(
    state.indicator,
    catalogue,
    DEFAULT_INDICATORS.trends,
    label,
  );
  let group: TrendGroup = "";
  if (state.group !== null) {
    const known = (TREND_GROUPS as readonly string[]).includes(state.group);
    if (known && definesSexSplit(indicator)) group = state.group as TrendGroup;
    else notices.push({ key: "unknownBreakdown", value: state.group });
  }
  return { indicator, group, notices };
}
