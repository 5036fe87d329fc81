/**
 * Which period, group and mode a view of one indicator shows for a URL state, given the data
 * (Jämför kommuner and Karta share this; the indicator itself is resolved by
 * navigation/resolve-choice). Anything in the URL that does not fit the data falls back and yields
 * a notice. Pure.
 */
import type { Indicator } from "@/domain/indicators";
import {
  breakdownsOf,
  periodsOf,
  type Observation,
} from "@/domain/observations";
import { resolvePeriod } from "@/navigation/resolve-choice";
import type { Mode, UrlNotice, ViewState } from "@/navigation/url-state";

export interface ResolvedSelection {
  readonly period: string | null;
  readonly periods: readonly string[];
  readonly group: string;
  readonly groups: readonly string[];
  readonly mode: Mode;
  readonly notices: UrlNotice[];
}

const isKommun = (o: Observation): boolean => o.area.length === 4;

/**
 * Period, group and mode for the URL state. `kommunPeriodsOnly` offers only periods with kommun
 * values (a map cannot draw a county-only year).
 */
export function resolveSelection(
  state: ViewState,
  indicator: Indicator,
  observations: readonly Observation[],
  options: { readonly kommunPeriodsOnly?: boolean } = {},
): ResolvedSelection {
  const notices: UrlNotice[] = [];
  const groups = breakdownsOf(observations, indicator.id);
  let group = "";
  if (state.group !== null) {
    if (groups.includes(state.group)) group = state.group;
    else notices.push({ key: "unknownBreakdown", value: state.group });
  }
  const allPeriods = periodsOf(observations, indicator.id, group);
  const withKommuner = periodsOf(
    observations.filter(isKommun),
    indicator.id,
    group,
  );
  const periods = options.kommunPeriodsOnly ? withKommuner : allPeriods;
  const fallback = withKommuner[0] ?? periods[0] ?? null;
  const resolved = resolvePeriod(state.period, periods, fallback);
  notices.push(...resolved.notices);
  const period = resolved.period;
  let mode: Mode = state.mode;
  if (mode === "per-capita" && indicator.perCapita === null) {
    notices.push({ key: "unknownMode", value: mode, fallback: "absolute" });
    mode = "absolute";
  }
  return { period, periods, group, groups, mode, notices };
}

/** What the controls show before (or without) the indicator's data. */
export function pendingSelection(
  state: ViewState,
  indicator: Indicator,
): ResolvedSelection {
  return {
    period: state.period,
    periods: [],
    group: "",
    groups: [],
    mode:
      state.mode === "per-capita" && indicator.perCapita
        ? "per-capita"
        : "absolute",
    notices: [],
  };
}
