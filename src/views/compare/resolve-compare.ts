/**
 * What the compare view shows for a URL state, given the data: the indicator (default the 2018
 * stimulus funds), period (newest with kommun values), group and mode. Anything in the URL that
 * does not fit the data falls back and yields a notice. Pure.
 */
import type { Indicator } from "@/domain/indicators";
import type { LocalText } from "@/domain/local-text";
import {
  breakdownsOf,
  periodsOf,
  type Observation,
} from "@/domain/observations";
import type { Mode, UrlNotice, ViewState } from "@/navigation/url-state";

export const DEFAULT_INDICATOR = "stimulansmedel";

export interface ResolvedIndicator {
  readonly indicator: Indicator;
  readonly notices: UrlNotice[];
}

/** Indicators that can be compared between kommuner, in catalogue order. */
export function comparableIndicators(
  catalogue: readonly Indicator[],
): Indicator[] {
  return catalogue.filter((i) => i.scope === "kommun");
}

export function resolveIndicator(
  state: ViewState,
  catalogue: readonly Indicator[],
  label: (text: LocalText) => string,
): ResolvedIndicator {
  const comparable = comparableIndicators(catalogue);
  const fallback =
    comparable.find((i) => i.id === DEFAULT_INDICATOR) ?? comparable[0];
  if (!fallback)
    throw new Error(
      "The indicator catalogue has no indicator with kommun values.",
    );
  if (state.indicator === null) return { indicator: fallback, notices: [] };
  const wanted = comparable.find((i) => i.id === state.indicator);
  if (wanted) return { indicator: wanted, notices: [] };
  return {
    indicator: fallback,
    notices: [
      {
        key: "unknownIndicator",
        value: state.indicator,
        fallback: label(fallback.label),
      },
    ],
  };
}

export interface ResolvedSelection {
  readonly period: string | null;
  readonly periods: readonly string[];
  readonly group: string;
  readonly groups: readonly string[];
  readonly mode: Mode;
  readonly notices: UrlNotice[];
}

const isKommun = (o: Observation): boolean => o.area.length === 4;

export function resolveSelection(
  state: ViewState,
  indicator: Indicator,
  observations: readonly Observation[],
): ResolvedSelection {
  const notices: UrlNotice[] = [];
  const groups = breakdownsOf(observations, indicator.id);
  let group = "";
  if (state.group !== null) {
    if (groups.includes(state.group)) group = state.group;
    else notices.push({ key: "unknownBreakdown", value: state.group });
  }
  const periods = periodsOf(observations, indicator.id, group);
  const withKommuner = periodsOf(
    observations.filter(isKommun),
    indicator.id,
    group,
  );
  const fallback = withKommuner[0] ?? periods[0] ?? null;
  let period = fallback;
  if (state.period !== null) {
    if (periods.includes(state.period)) period = state.period;
    else
      notices.push({
        key: "unknownPeriod",
        value: state.period,
        fallback: fallback ?? "–",
      });
  }
  let mode: Mode = state.mode;
  if (mode === "per-capita" && indicator.perCapita === null) {
    notices.push({ key: "unknownMode", value: mode, fallback: "absolute" });
    mode = "absolute";
  }
  return { period, periods, group, groups, mode, notices };
}
