/**
 * The ranked chart's summary, loaded on demand: its code and its words stay out of the app shell
 * (README "Performance"). The chunk starts loading when the view first renders, alongside the
 * data, so in practice the summary is ready when the chart is; until then the frame shows none.
 */
import { useEffect, useState } from "react";

import type { RankingSeries } from "@/charts/series/ranking-series";
import type { Translate, UiLocale } from "@/i18n/i18n";

type SummaryModule = typeof import("@/charts/summary/ranking-summary");

let loaded: SummaryModule | null = null;
let loading: Promise<SummaryModule> | null = null;

/** Starts loading the summary's chunk (once). */
export function preloadRankingSummary(): Promise<SummaryModule> {
  loading ??= import("@/charts/summary/ranking-summary").then((module) => {
    loaded = module;
    return module;
  });
  return loading;
}

/** The series' summary, or undefined while its code is still loading. */
export function useRankingSummary(
  series: RankingSeries,
  t: Translate,
  locale: UiLocale,
): string | undefined {
  const [module, setModule] = useState<SummaryModule | null>(loaded);
  useEffect(() => {
    if (module) return;
    let live = true;
    void preloadRankingSummary().then((m) => {
      if (live) setModule(m);
    });
    return () => {
      live = false;
    };
  }, [module]);
  return module ? module.rankingSummary(series, t, locale) : undefined;
}
