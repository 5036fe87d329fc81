/**
 * Which indicator, period, group and mode a view shows for a URL state, given the data (Jämför
 * kommuner and Karta share this). Anything in the URL that does not fit the data falls back and
 * yields a notice. Pure.
 */
import type { Indicator } from "@/domain/indicators";
import type { LocalText } from "@/domain/local-text";
import {
  breakdownsOf,
  periodsOf,
  type Observation,
} from "@/domain/observations";
import type { Mode, UrlNotice, ViewState } from "@/navigation/url-state";

export interface ResolvedIndicator {
  readonly indicator: Indicator;
  readonly notices: UrlNotice[];
}

/** Indicators with a value per kommun (comparable, mappable), in catalogue order. */
export function comparableIndicators(
  catalogue: readonly Indicator[],
): Indicator[] {
  return catalogue.filter((i) => i.scope === "kommun");
}

/** The URL's indicator if it has kommun values, else `defaultId` (with a notice if it was asked for). */
export function resolveIndicator(
  state: ViewState,
  catalogue: readonly Indicator[],
  label: (text: LocalText) => string,
  defaultId: string,
): ResolvedIndicator {
  const comparable = comparableIndicators(catalogue);
  const fallback = comparable.find((i) => i.id === defaultId) ?? comparable[0];
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
