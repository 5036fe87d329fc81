/**
 * What the trend view shows for a URL state: the indicator (any in the catalogue, by default the
 * trend view's of domain/indicator-roles) and the group (all, women, men, or both). Anything in the
 * URL that does not fit falls back and yields a notice. Pure.
 */
import { TREND_GROUPS, type TrendGroup } from "@/charts/series/trend-groups";
import type { Gate } from "@/data/gate";
import type { ObservationsDataset } from "@/data/load-dataset";
import { DEFAULT_INDICATORS } from "@/domain/indicator-roles";
import type { Indicator } from "@/domain/indicators";
import type { LocalText } from "@/domain/local-text";
import { resolveIndicator } from "@/navigation/resolve-choice";
import {
  malformedValue,
  type UrlNotice,
  type ViewState,
} from "@/navigation/url-state";

const countsOf = new WeakMap<ObservationsDataset, Record<string, number>>();

/** Number of distinct periods per indicator in one dataset, counted once per loaded dataset. */
function periodCounts(dataset: ObservationsDataset): Record<string, number> {
  let counts = countsOf.get(dataset);
  if (!counts) {
    counts = Object.fromEntries(
      [...dataset.byIndicator].map(([id, observations]) => [
        id,
        new Set(observations.map((o) => o.period)).size,
      ]),
    );
    countsOf.set(dataset, counts);
  }
  return counts;
}

/**
 * Periods per indicator over the datasets that have loaded so far (a failed or loading dataset
 * adds nothing yet): the fold that computes the indicator menu as files arrive.
 */
export function loadedPeriodCounts(
  datasets: readonly Gate<ObservationsDataset>[],
): Readonly<Record<string, number>> {
  const merged: Record<string, number> = {};
  for (const d of datasets)
    if (d.status === "ready") Object.assign(merged, periodCounts(d.data));
  return merged;
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

/** The URL's indicator among the whole catalogue, then its group (`urlNotices`: the link's). */
export function resolveTrend(
  state: ViewState,
  catalogue: readonly Indicator[],
  label: (text: LocalText) => string,
  urlNotices: readonly UrlNotice[] = [],
): ResolvedTrend {
  const { indicator, notices } = resolveIndicator(
    state.indicator,
    catalogue,
    DEFAULT_INDICATORS.trends,
    label,
    malformedValue(urlNotices, "indicator"),
  );
  let group: TrendGroup = "";
  if (state.group !== null) {
    const known = (TREND_GROUPS as readonly string[]).includes(state.group);
    if (known && definesSexSplit(indicator)) group = state.group as TrendGroup;
    else notices.push({ key: "unknownBreakdown", value: state.group });
  }
  return { indicator, group, notices };
}
