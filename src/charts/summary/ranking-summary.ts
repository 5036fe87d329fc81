/**
 * The summary of a ranked chart (Jämför kommuner's bars, the stimulus funds, the tile map): one
 * to three plain sentences built from the series alone.
 *
 *   1. the spread between the kommuner first: for a level, highest and lowest kommun (or "all
 *      the same", or the range the source gives); for a total, how much the kommuner differ per
 *      inhabitant when the indicator has a per-capita rule (a total mostly follows the
 *      population), then the range of the totals; then the county value — a level, a total
 *      (with the largest kommun's share of it when nothing per inhabitant is known) or an
 *      average per inhabitant;
 *   2. where each highlighted kommun sits: its value, its value per inhabitant when the indicator
 *      has a per-capita rule (marked as calculated), and how it compares with the county;
 *   3. caveats: kommuner without a value, range-only kommuner, approximate values, and how the
 *      values per inhabitant were calculated.
 *
 * "Per invånare har alla 26 kommuner lika mycket, 34,64 kr (beräknat); utan hänsyn till
 * folkmängden från 367 457 kr (Nykvarn) till 32 878 683 kr (Stockholm); länet har totalt
 * 79 789 498 kr. Botkyrka fick 3 174 063 kr 2018, 34,64 kr per invånare (beräknat), lika mycket per invånare
 * som länets kommuner i genomsnitt."
 */
// The summaries' words load with the first summary (see i18n/views/summary.ts).
import "@/i18n/views/summary";
import type { Translate, UiLocale } from "@/i18n/i18n";

import type { RankingSeries } from "../series/ranking-series";
import { paragraph, sentence } from "./sentence";
import { selection } from "./ranking-selection";
import { caveats } from "./ranking-caveats";
import {
  countyClause,
  levelSpread,
  perInhabitantSpread,
  shareClause,
  totalSpread,
  valuedRows,
} from "./ranking-spread";

export function rankingSummary(
  series: RankingSeries,
  t: Translate,
  locale: UiLocale,
): string {
  return paragraph([
    overview(series, t, locale),
    selection(series, t, locale),
    caveats(series, t, locale),
  ]);
}

/** Sentence 1: the spread between the kommuner, and the county. */
function overview(
  series: RankingSeries,
  t: Translate,
  locale: UiLocale,
): string | null {
  const valued = valuedRows(series);
  const county = countyClause(series, t, locale);
  // A level (or values per inhabitant): highest and lowest say how far apart the kommuner are.
  if (series.countyIsComparable)
    return sentence([levelSpread(series, valued, t, locale), county]);
  // A total mostly follows the population: say first how the kommuner differ per inhabitant.
  const perInhabitant = perInhabitantSpread(series, t, locale);
  return sentence([
    perInhabitant,
    totalSpread(series, valued, perInhabitant !== null, t, locale),
    county,
    perInhabitant === null ? shareClause(series, valued, t, locale) : null,
  ]);
}
