/**
 * The summary of one theme's spine chart in Kommunprofil: one to three plain sentences from the
 * rows alone.
 *
 *   1. on how many indicators the kommun is worse, better or about the same as the county
 *      (verdict-sentence, the words of the verdict at the top of the profile);
 *   2. the indicator where it differs most from the county (relative to the county value);
 *   3. caveats: indicators with values for fewer than all kommuner.
 *
 * Uses the Kommunprofil view's messages (registered with the view).
 */
import { formatValue } from "@/domain/format";
import { largestDifferences, tallyVerdicts } from "@/domain/profile-verdict";
import type { Translate, UiLocale } from "@/i18n/i18n";

import type { ProfileRow } from "../series/profile-types";

import { paragraph, sentence } from "./sentence";
import { verdictSentence } from "./verdict-sentence";

export function spineSummary(
  rows: readonly ProfileRow[],
  kommunName: string,
  t: Translate,
  locale: UiLocale,
): string {
  const tally = tallyVerdicts(rows);
  const verdicts =
    tally.judged === 0
      ? t("profile.themeSummaryNeutral")
      : verdictSentence(tally, kommunName, t, locale);

  const [largest] = largestDifferences(rows, 1);
  const fmt = (row: ProfileRow, n: number): string =>
    formatValue(n, row.indicator.format, locale);
  const differs =
    largest?.row.county != null
      ? t("profile.summaryLargest", {
          label: largest.row.indicator.label[locale],
          name: kommunName,
          value: fmt(largest.row, largest.row.value),
          county: fmt(largest.row, largest.row.county),
          verdict: t(`profile.${largest.verdict}Long`),
        })
      : null;

  const partial = rows.filter((r) => r.n < r.total);
  const caveat =
    partial.length > 0
      ? t("profile.summaryPartial", {
          count: partial.length,
          total: rows[0]?.total ?? 0,
        })
      : null;
  return paragraph([verdicts, sentence([differs]), sentence([caveat])]);
}
