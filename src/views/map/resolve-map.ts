/**
 * What the map shows for a URL state, given the data: the indicator (default: children 0–19
 * with low economic standard, which varies between kommuner), period (newest with kommun
 * values), group and mode. Anything in the URL that does not fit falls back with a notice. Pure.
 */
import type { Indicator } from "@/domain/indicators";
import type { LocalText } from "@/domain/local-text";
import {
  breakdownsOf,
  periodsOf,
  type Observation,
} from "@/domain/observations";
import type { Mode, UrlNotice, ViewState } from "@/navigation/url-state";

export const MAP_DEFAULT_INDICATOR = "kolada-n66077";

/** Indicators with values per kommun (the only ones a map can show), in catalogue order. */
export function mappableIndicators(
  catalogue: readonly Indicator[],
): Indicator[] {
  return catalogue.filter((i) => i.scope === "kommun");
}

export function resolveMapIndicator(
  state: ViewState,
  catalogue: readonly Indicator[],
  label: (text: LocalText) => string,
): { indicator: Indicator; notices: UrlNotice[] } {
  const mappable = mappableIndicators(catalogue);
  const fallback =
    mappable.find((i) => i.id === MAP_DEFAULT_INDICATOR) ?? mappable[0];
  if (!fallback)
    throw new Error(
      "The indicator catalogue has no indicator with kommun values.",
    );
  if (state.indicator === null) return { indicator: fallback, notices: [] };
  const wanted = mappable.find((i) => i.id === state.indicator);
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

export interface MapSelection {
  readonly period: string | null;
  readonly periods: readonly string[];
  readonly group: string;
  readonly groups: readonly string[];
  readonly mode: Mode;
  readonly notices: UrlNotice[];
}

const isKommun = (o: Observation): boolean => o.area.length === 4;

export function resolveMapSelection(
  state: ViewState,
  indicator: Indicator,
  observations: readonly Observation[],
): MapSelection {
  const notices: UrlNotice[] = [];
  const groups = breakdownsOf(observations, indicator.id);
  let group = "";
  if (state.group !== null) {
    if (groups.includes(state.group)) group = state.group;
    else notices.push({ key: "unknownBreakdown", value: state.group });
  }
  // Only periods with kommun values can be drawn on a map of kommuner.
  const periods = periodsOf(observations.filter(isKommun), indicator.id, group);
  const fallback = periods[0] ?? null;
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
