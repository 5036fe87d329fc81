/**
 * The data side of a view that shows one indicator for the 26 kommuner (Jämför kommuner, Karta):
 * loads the areas, the catalogue, the indicator's dataset and — for per-inhabitant figures — the
 * population; resolves the URL state against them (with notices for what did not fit); builds the
 * ranked series. The view only decides how to draw it.
 */
import {
  buildRankingSeries,
  type RankingSeries,
} from "@/charts/series/ranking-series";
import type { Gate } from "@/data/gate";
import { request, useData } from "@/data/use-data";
import type { DatasetMeta } from "@/data/load-dataset";
import { kommunerOf, type Area, type AreaCode } from "@/domain/areas";
import { comparableIndicators } from "@/domain/indicator-roles";
import type { Indicator, PerCapitaRule } from "@/domain/indicators";
import { populationByArea } from "@/domain/metrics/derived";
import { observationsOf } from "@/domain/observations";
import { resolveIndicator } from "@/navigation/resolve-choice";
import type { Sort, UrlNotice, ViewState } from "@/navigation/url-state";
import type { UrlStateApi } from "@/navigation/use-url-state";
import { useT } from "@/i18n/i18n";

import {
  pendingSelection,
  resolveSelection,
  type ResolvedSelection,
} from "./resolve-selection";

const FALLBACK_MISSING = {
  sv: "Uppgift saknas i datasetet.",
  en: "No value in the dataset.",
};

/** What the chart area shows once its data is there. */
export type IndicatorChart =
  | { readonly kind: "empty" }
  /** Per-inhabitant mode, but the population dataset has no population for the rule's year. */
  | {
      readonly kind: "no-population";
      readonly rule: PerCapitaRule;
    }
  | {
      readonly kind: "ready";
      readonly series: RankingSeries;
      /** The datasets the figures come from (for the source line and "Om uppgifterna"). */
      readonly datasets: readonly DatasetMeta[];
    };

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

export interface IndicatorViewOptions {
  readonly defaultIndicator: string;
  /** Offer only periods with kommun values (a map cannot draw a county-only year). */
  readonly kommunPeriodsOnly?: boolean;
  readonly sort?: Sort;
}

export function useIndicatorView(
  url: UrlStateApi,
  options: IndicatorViewOptions,
): Gate<IndicatorView> {
  const { locale } = useT();
  const base = useData({
    areas: request.areas(),
    catalogue: request.catalogue(),
  });
  const comparable =
    base.status === "ready"
      ? comparableIndicators(base.data.catalogue.indicators)
      : [];
  const resolved =
    base.status === "ready"
      ? resolveIndicator(
          url.state.indicator,
          comparable,
          options.defaultIndicator,
          (l) => l[locale],
        )
      : null;
  const indicator = resolved?.indicator ?? null;
  const rule = indicator?.perCapita ?? null;
  // The mode is known before the data: per inhabitant only when the indicator has a rule.
  const perCapita =
    indicator !== null &&
    pendingSelection(url.state, indicator).mode === "per-capita";
  // Only per-capita mode waits for the population (and fails with it).
  const data = useData({
    observations: request.observations(indicator?.datasetId ?? null),
    population: request.observations(
      perCapita ? (rule?.populationDataset ?? null) : null,
    ),
  });
  // In absolute mode the population only adds the value per inhabitant to the summary
  // ("… 34,64 kr per invånare (beräknat) …"): the chart draws at once and gains it on arrival.
  const companion = useData({
    population: request.observations(
      perCapita ? null : (rule?.populationDataset ?? null),
    ),
  });

  if (base.status !== "ready") return base;
  if (!resolved || !indicator) return { status: "pending" };
  const loaded = data.status === "ready" ? data.data.observations : null;
  const selection = loaded
    ? resolveSelection(
        url.state,
        indicator,
        observationsOf(loaded, indicator.id),
        {
          kommunPeriodsOnly: options.kommunPeriodsOnly ?? false,
        },
      )
    : pendingSelection(url.state, indicator);
  const notices = [...resolved.notices, ...selection.notices];
  const kommuner = kommunerOf(base.data.areas.areas);
  const known = new Set(kommuner.map((k) => k.code));
  const selected = url.state.kommuner.filter((c) => known.has(c));
  for (const code of url.state.kommuner) {
    if (!known.has(code)) notices.push({ key: "unknownKommun", value: code });
  }

  const change = (patch: Partial<ViewState>): void => {
    const { state } = url;
    url.update({
      indicator: state.indicator === null ? null : indicator.id,
      period: state.period === null ? null : selection.period,
      group:
        state.group === null || selection.group === "" ? null : selection.group,
      mode: selection.mode,
      kommuner: selected,
      ...patch,
    });
  };

  let chart: Gate<IndicatorChart> =
    data.status === "ready" ? { status: "pending" } : data;
  if (data.status === "ready" && data.data.observations) {
    const { observations } = data.data;
    const population =
      data.data.population ??
      (companion.status === "ready" ? companion.data.population : null);
    const populationMap =
      rule && population
        ? populationByArea(
            rule,
            observationsOf(population, rule.populationIndicator),
          )
        : null;
    if (selection.period === null)
      chart = { status: "ready", data: { kind: "empty" } };
    else if (perCapita && rule && populationMap?.size === 0)
      chart = { status: "ready", data: { kind: "no-population", rule } };
    else {
      const series = buildRankingSeries({
        indicator,
        observations: observationsOf(observations, indicator.id),
        kommuner,
        period: selection.period,
        breakdown: selection.group,
        perCapita,
        selected,
        sort: options.sort ?? url.state.sort,
        population: populationMap,
        missingReason: observations.entry.missingReason ?? FALLBACK_MISSING,
      });
      const datasets = [
        observations,
        ...(populationMap && population ? [population] : []),
      ];
      chart = { status: "ready", data: { kind: "ready", series, datasets } };
    }
  }

  return {
    status: "ready",
    data: {
      indicators: comparable,
      indicator,
      selection,
      kommuner,
      selected,
      notices,
      change,
      chart,
    },
  };
}
