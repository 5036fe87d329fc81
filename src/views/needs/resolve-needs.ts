/**
 * What Behov och resurser shows for a URL state: the need and the resources (resolved by
 * navigation/resolve-choice among the roles of domain/indicator-roles), and, given the data, the
 * periods: the need's (the URL's if the need indicator has kommun values for it) and the
 * resources' (the need's year when they have it). Pure.
 */
import {
  DEFAULT_INDICATORS,
  needIndicators,
  resourceIndicators,
} from "@/domain/indicator-roles";
import type { Indicator } from "@/domain/indicators";
import type { LocalText } from "@/domain/local-text";
import { periodsOf, type Observation } from "@/domain/observations";
import { resolveIndicator, resolvePeriod } from "@/navigation/resolve-choice";
import {
  malformedValue,
  type UrlNotice,
  type ViewState,
} from "@/navigation/url-state";

export interface NeedsChoice {
  /** What the menus offer. */
  readonly needs: readonly Indicator[];
  readonly resources: readonly Indicator[];
  readonly need: Indicator;
  readonly resource: Indicator;
  readonly notices: readonly UrlNotice[];
}

/**
 * The need (`indicator`) and the resources (`x`) of the URL (`urlNotices`: the link's, for a
 * value it could not read); null when the catalogue has none.
 */
export function resolveNeedsChoice(
  state: ViewState,
  catalogue: readonly Indicator[],
  label: (text: LocalText) => string,
  urlNotices: readonly UrlNotice[] = [],
): NeedsChoice | null {
  const needs = needIndicators(catalogue);
  const resources = resourceIndicators(catalogue);
  if (needs.length === 0 || resources.length === 0) return null;
  const need = resolveIndicator(
    state.indicator,
    needs,
    DEFAULT_INDICATORS.need,
    label,
    malformedValue(urlNotices, "indicator"),
  );
  const resource = resolveIndicator(
    state.x,
    resources,
    DEFAULT_INDICATORS.resource,
    label,
    malformedValue(urlNotices, "x"),
  );
  return {
    needs,
    resources,
    need: need.indicator,
    resource: resource.indicator,
    notices: [...need.notices, ...resource.notices],
  };
}

const isKommun = (o: Observation): boolean => o.area.length === 4;

/** Periods in which at least one kommun has a value, newest first (all periods if none has). */
function kommunPeriods(
  observations: readonly Observation[],
  indicator: Indicator,
): string[] {
  const withValue = periodsOf(
    observations.filter((o) => isKommun(o) && o.value !== null),
    indicator.id,
  );
  return withValue.length > 0
    ? withValue
    : periodsOf(observations.filter(isKommun), indicator.id);
}

export interface ResolvedNeedPeriod {
  readonly period: string | null;
  readonly periods: readonly string[];
  readonly notices: UrlNotice[];
}

/** The need period: the URL's if the indicator has it, else the newest with kommun values. */
export function resolveNeedPeriod(
  wanted: string | null,
  observations: readonly Observation[],
  indicator: Indicator,
  malformed: string | null = null,
): ResolvedNeedPeriod {
  const periods = kommunPeriods(observations, indicator);
  return {
    ...resolvePeriod(wanted, periods, periods[0] ?? null, malformed),
    periods,
  };
}

/**
 * The resources period: the need's year when the resources have kommun values for it (so both
 * describe the same year), otherwise the resources' newest year with kommun values.
 */
export function resolveResourcePeriod(
  needPeriod: string | null,
  observations: readonly Observation[],
  indicator: Indicator,
): string | null {
  const periods = kommunPeriods(observations, indicator);
  if (needPeriod !== null && periods.includes(needPeriod)) return needPeriod;
  return periods[0] ?? null;
}
