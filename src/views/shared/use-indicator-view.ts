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
import type { DatasetMeta } from "@/data/load-dataset";
import { useAreas, useCatalogue, useObservations } from "@/data/queries";
import { kommunerOf, type Area, type AreaCode } from "@/domain/areas";
import { comparableIndicators } from "@/domain/indicator-roles";
import type { Indicator } from "@/domain/indicators";
import { populationByArea } from "@/domain/metrics/derived";
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

interface QueryLike {
  readonly isError: boolean;
  readonly error: unknown;
  readonly refetch: () => Promise<unknown>;
}

export type IndicatorChart =
  | { readonly kind: "failed"; readonly query: QueryLike }
  | { readonly kind: "loading" }
  | { readonly kind: "empty" }
  | {
      readonly kind: "ready";
      readonly series: RankingSeries;
      /** The datasets the figures come from (for the source line and "Om uppgifterna"). */
      readonly datasets: readonly DatasetMeta[];
    };

export type IndicatorView =
  | { readonly kind: "pending"; readonly queries: readonly QueryLike[] }
  | {
      readonly kind: "ready";
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
      readonly chart: IndicatorChart;
    };

export interface IndicatorViewOptions {
  readonly defaultIndicator: string;
  /** Offer only periods with kommun values (a map cannot draw a county-only year). */
  readonly kommunPeriodsOnly?: boolean;
  readonly sort?: Sort;
}

export function useIndicatorView(
  url: UrlStateApi,
  options: IndicatorViewOptions,
): IndicatorView {
  const { locale } = useT();
  const areas = useAreas("kommuner");
  const catalogue = useCatalogue();
  const comparable = catalogue.data
    ? comparableIndicators(catalogue.data.indicators)
    : [];
  const resolved = catalogue.data
    ? resolveIndicator(
        url.state.indicator,
        comparable,
        options.defaultIndicator,
        (l) => l[locale],
      )
    : null;
  const indicator = resolved?.indicator ?? null;
  const observations = useObservations(indicator?.datasetId ?? null);
  // The population loads whenever the indicator has a per-capita rule: in absolute mode it only
  // adds the value per inhabitant to the summary ("… 34,64 kr per invånare (beräknat) …").
  const populationRule = indicator?.perCapita ?? null;
  const population = useObservations(populationRule?.populationDataset ?? null);

  if (!areas.data || !catalogue.data || !resolved || !indicator) {
    return { kind: "pending", queries: [areas, catalogue] };
  }
  const selection = observations.data
    ? resolveSelection(url.state, indicator, observations.data.observations, {
        kommunPeriodsOnly: options.kommunPeriodsOnly ?? false,
      })
    : pendingSelection(url.state, indicator);
  const notices = [...resolved.notices, ...selection.notices];
  const kommuner = kommunerOf(areas.data.areas);
  const known = new Set(kommuner.map((k) => k.code));
  const selected = url.state.kommuner.filter((c) => known.has(c));
  for (const code of url.state.kommuner) {
    if (!known.has(code)) notices.push({ key: "unknownKommun", value: code });
  }
  const perCapita = selection.mode === "per-capita";

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

  // Without the population, absolute mode still draws (only the summary's companion is lost).
  const failed = [observations, ...(perCapita ? [population] : [])].find(
    (q) => q.isError,
  );
  // Only per-capita mode waits for the population: in absolute mode the chart draws at once and
  // the summary gains its per-inhabitant companion when the population arrives.
  const populationPending =
    perCapita && !population.data && !population.isError;
  let chart: IndicatorChart;
  if (failed) chart = { kind: "failed", query: failed };
  else if (!observations.data || populationPending) chart = { kind: "loading" };
  else if (selection.period === null) chart = { kind: "empty" };
  else {
    const series = buildRankingSeries({
      indicator,
      observations: observations.data.observations,
      kommuner,
      period: selection.period,
      breakdown: selection.group,
      perCapita,
      selected,
      sort: options.sort ?? url.state.sort,
      population:
        indicator.perCapita && population.data
          ? populationByArea(indicator.perCapita, population.data.observations)
          : null,
      missingReason: observations.data.entry.missingReason ?? FALLBACK_MISSING,
    });
    const datasets = [
      observations.data,
      ...(indicator.perCapita && population.data ? [population.data] : []),
    ];
    chart = { kind: "ready", series, datasets };
  }

  return {
    kind: "ready",
    indicators: comparable,
    indicator,
    selection,
    kommuner,
    selected,
    notices,
    change,
    chart,
  };
}
