/**
 * The data side of a view that shows one indicator for the 26 kommuner (Jämför kommuner, Karta):
 * loads the areas, the catalogue, the indicator's dataset and — for per-inhabitant figures — the
 * population; resolves the URL state against them (with notices for what did not fit); builds the
 * chart's state (indicator-chart). The view only decides how to draw it.
 */
import type { Gate } from "@/data/gate";
import { request, useData } from "@/data/use-data";
import { kommunerOf, type Area, type AreaCode } from "@/domain/areas";
import { comparableIndicators } from "@/domain/indicator-roles";
import type { Indicator } from "@/domain/indicators";
import { observationsOf } from "@/domain/observations";
import {
  resolveIndicator,
  type ResolvedIndicator,
} from "@/navigation/resolve-choice";
import {
  malformedValue,
  type Sort,
  type UrlNotice,
  type ViewState,
} from "@/navigation/url-state";
import type { UrlStateApi } from "@/navigation/use-url-state";
import { useT } from "@/i18n/i18n";

import {
  indicatorChart,
  indicatorChartGate,
  type IndicatorChart,
} from "./indicator-chart";
import {
  pendingSelection,
  resolveSelection,
  type ResolvedSelection,
  type SelectionOptions,
} from "./resolve-selection";
import { selectedKommuner } from "./selected-kommuner";
import { useViewBase } from "./use-view-base";

export interface IndicatorView {
  readonly indicators: readonly Indicator[];
  readonly indicator: Indicator;
  readonly selection: ResolvedSelection;
  readonly kommuner: readonly Area[];
  /** The URL's kommuner that exist, in URL order. */
  readonly selected: readonly AreaCode[];
  readonly notices: readonly UrlNotice[];
  /**
   * Applies a change starting from what is shown, so a bad value in the URL is replaced by
   * its fallback; values the URL left out stay out (short links).
   */
  readonly change: (patch: Partial<ViewState>) => void;
  /** The chart's own gate: the indicator's dataset (and population) may still load or fail. */
  readonly chart: Gate<IndicatorChart>;
}

export interface IndicatorViewOptions extends SelectionOptions {
  readonly defaultIndicator: string;
  readonly sort?: Sort;
}

/**
 * The indicator's dataset and the population of its rule. Only per-capita mode waits for the
 * population (and fails with it); in absolute mode it only adds the value per inhabitant to the
 * summary ("… 34,64 kr per invånare (beräknat) …"), so the chart draws at once and gains it on
 * arrival.
 */
function useIndicatorData(indicator: Indicator | null, perCapita: boolean) {
  const population = indicator?.perCapita?.populationDataset ?? null;
  const data = useData({
    observations: request.observations(indicator?.datasetId ?? null),
    population: request.observations(perCapita ? population : null),
  });
  const companion = useData({
    population: request.observations(perCapita ? null : population),
  });
  return { data, companion };
}

/** The URL patch of a change, from what is shown; what the URL left out stays out. */
function changeFrom(
  state: ViewState,
  indicator: Indicator,
  selection: ResolvedSelection,
  selected: readonly AreaCode[],
): Partial<ViewState> {
  return {
    indicator: state.indicator === null ? null : indicator.id,
    period: state.period === null ? null : selection.period,
    group:
      state.group === null || selection.group === "" ? null : selection.group,
    mode: state.mode === null ? null : selection.mode,
    kommuner: [...selected],
  };
}

export function useIndicatorView(
  url: UrlStateApi,
  options: IndicatorViewOptions,
): Gate<IndicatorView> {
  const { locale } = useT();
  const base = useViewBase();
  const comparable =
    base.status === "ready"
      ? comparableIndicators(base.data.catalogue.indicators)
      : [];
  const resolved: ResolvedIndicator | null =
    base.status === "ready"
      ? resolveIndicator(
          url.state.indicator,
          comparable,
          options.defaultIndicator,
          (l) => l[locale],
          malformedValue(url.notices, "indicator"),
        )
      : null;
  const indicator = resolved?.indicator ?? null;
  // The mode is known before the data: per inhabitant only when the indicator has a rule.
  const perCapita =
    indicator !== null &&
    pendingSelection(url.state, indicator, options).mode === "per-capita";
  const { data, companion } = useIndicatorData(indicator, perCapita);

  if (base.status !== "ready") return base;
  if (!resolved || !indicator) return { status: "pending" };
  const loaded = data.status === "ready" ? data.data.observations : null;
  const selection = loaded
    ? resolveSelection(
        url.state,
        indicator,
        observationsOf(loaded, indicator.id),
        options,
        malformedValue(url.notices, "period"),
      )
    : pendingSelection(url.state, indicator, options);
  const kommuner = kommunerOf(base.data.areas.areas);
  const picked = selectedKommuner(url.state.kommuner, kommuner);
  const { selected } = picked;
  const population =
    data.status === "ready" && data.data.population
      ? data.data.population
      : companion.status === "ready"
        ? companion.data.population
        : null;
  const chart = indicatorChartGate(data, (observations) =>
    indicatorChart({
      indicator,
      selection,
      observations,
      population,
      kommuner,
      selected,
      sort: options.sort ?? url.state.sort,
    }),
  );
  return {
    status: "ready",
    data: {
      indicators: comparable,
      indicator,
      selection,
      kommuner,
      selected,
      notices: [...resolved.notices, ...selection.notices, ...picked.notices],
      change: (patch) => {
        url.update({
          ...changeFrom(url.state, indicator, selection, selected),
          ...patch,
        });
      },
      chart,
    },
  };
}
