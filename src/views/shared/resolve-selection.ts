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
 * Total or per inhabitant: the URL's choice, else per inhabitant where the view prefers it and the
 * indicator has a per-capita rule (a total mostly follows the population), else total. Asking
 * for per inhabitant of an indicator without a rule is a notice.
 */
export function resolveMode(
  wanted: Mode | null,
  indicator: Indicator,
  perCapitaByDefault: boolean,
): { mode: Mode; notices: UrlNotice[] } {
  const allowed = indicator.perCapita !== null;
  if (wanted === null)
    return {
      mode: perCapitaByDefault && allowed ? "per-capita" : "absolute",
      notices: [],
    };
  if (wanted === "per-capita" && !allowed)
    return {
      mode: "absolute",
      notices: [{ key: "unknownMode", value: wanted, fallback: "absolute" }],
    };
  return { mode: wanted, notices: [] };
}

export interface SelectionOptions {
  /** Offer only periods with kommun values (a map cannot draw a county-only year). */
  readonly kommunPeriodsOnly?: boolean;
  /** Show per inhabitant when the URL does not say, where the indicator allows. */
  readonly perCapitaByDefault?: boolean;
}

/** Period, group and mode for the URL state (`malformedPeriod`: the link's unreadable period). */
export function resolveSelection(
  state: ViewState,
  indicator: Indicator,
  observations: readonly Observation[],
  options: SelectionOptions = {},
  malformedPeriod: string | null = null,
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
  const resolved = resolvePeriod(
    state.period,
    periods,
    fallback,
    malformedPeriod,
  );
  notices.push(...resolved.notices);
  const { mode, notices: modeNotices } = resolveMode(
    state.mode,
    indicator,
    options.perCapitaByDefault ?? false,
  );
  notices.push(...modeNotices);
  return { period: resolved.period, periods, group, groups, mode, notices };
}

/** What the controls show before (or without) the indicator's data. */
export function pendingSelection(
  state: ViewState,
  indicator: Indicator,
  options: SelectionOptions = {},
): ResolvedSelection {
  const { mode } = resolveMode(
    state.mode,
    indicator,
    options.perCapitaByDefault ?? false,
  );
  return {
    period: state.period,
    periods: [],
    group: "",
    groups: [],
    mode,
    notices: [],
  };
}
