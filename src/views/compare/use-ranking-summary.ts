/**
 * The ranked chart's summary, loaded on demand: its code and its words stay out of the app shell
 * (README "Performance"). The chunk starts loading when the view first renders, alongside the
 * data, so in practice the summary is ready when the chart is; until then the frame shows none.
 */
import type { RankingSeries } from "@/charts/series/ranking-series";
import type { Translate, UiLocale } from "@/i18n/i18n";
import { onDemand } from "@/ui/on-demand";

const summary = onDemand(() => import("@/charts/summary/ranking-summary"));

/** Starts loading the summary's chunk (once). */
export const preloadRankingSummary = summary.preload;

/** The series' summary, or undefined while its code is still loading. */
export function useRankingSummary(
  series: RankingSeries,
  t: Translate,
  locale: UiLocale,
): string | undefined {
  const module = summary.useModule();
  return module ? module.rankingSummary(series, t, locale) : undefined;
}
