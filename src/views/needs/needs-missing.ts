/** The kommuner without a dot, grouped by the same reason (so 22 identical lines read as one). */
import type { MissingItem } from "@/charts/missing-list";
import type { ScatterRow } from "@/charts/series/scatter-series";
import type { Translate, UiLocale } from "@/i18n/i18n";

export function groupByReason(
  rows: readonly ScatterRow[],
  t: Translate,
  locale: UiLocale,
): MissingItem[] {
  const groups = new Map<string, string[]>();
  for (const r of rows) {
    const reason = [
      r.need.value === null && r.need.reason
        ? t("needs.missingNeed", { reason: r.need.reason[locale] })
        : null,
      r.resource.value === null && r.resource.reason
        ? t("needs.missingResource", { reason: r.resource.reason[locale] })
        : null,
    ]
      .filter((s) => s !== null)
      .join("; ");
    groups.set(reason, [...(groups.get(reason) ?? []), r.name]);
  }
  return [...groups].map(([reason, names]) => ({
    key: reason,
    names: names.join(", "),
    reason,
  }));
}
