/** Sentence 3 of a ranked chart's summary (ranking-summary.ts): kommuner without a value, ranges. */
import { formatPopulationPeriod } from "@/domain/format-period";
import type { Translate, UiLocale } from "@/i18n/i18n";

import type { RankingSeries } from "../series/ranking-series";
import { listNames, sentence } from "./sentence";

/** Named kommuner in the caveat; more than this and the sentence gives a count. */
export const MAX_NAMED = 3;

export function caveats(
  series: RankingSeries,
  t: Translate,
  locale: UiLocale,
): string | null {
  const missing = series.rows.filter(
    (r) => r.value === null && r.status !== "range-only",
  );
  const ranges = series.uniformRange
    ? []
    : series.rows.filter((r) => r.value === null && r.status === "range-only");
  const estimated = series.rows.some(
    (r) => r.value !== null && r.status === "estimated",
  );
  const missingText =
    missing.length === 0
      ? null
      : missing.length <= MAX_NAMED
        ? t("summary.missingNames", {
            names: listNames(
              missing.map((r) => r.name),
              locale,
            ),
          })
        : t("summary.missingCount", {
            count: missing.length,
            total: series.rows.length,
          });
  const rule = series.indicator.perCapita;
  return sentence([
    missingText,
    ranges.length > 0
      ? t("summary.rangeCount", { count: ranges.length })
      : null,
    estimated ? t("summary.estimated") : null,
    series.perCapita && rule
      ? t("summary.derived", {
          populationPeriod: formatPopulationPeriod(rule, locale),
        })
      : null,
  ]);
}
