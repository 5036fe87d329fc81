/** Words for the plan-and-report section: amounts, differences, group names and "only in" labels. */
import type {
  PlanActivity,
  PlanGroup,
} from "@/charts/series/plan-report-series";
import { formatDifference, formatValue } from "@/domain/format";
import type { Translate, UiLocale } from "@/i18n/i18n";

export interface PlanText {
  /** An amount in kronor; "–" when there is none. */
  readonly kr: (n: number | null | undefined) => string;
  /** A signed difference in kronor; "–" when there is none. */
  readonly diff: (n: number | null) => string;
  /** What the difference column says: "only planned", "only reported" or the difference. */
  readonly onlyText: (a: PlanActivity) => string;
  /** A target group's name without the source's ", delsumma". */
  readonly groupName: (g: PlanGroup) => string;
  /** A target group's name with its reported subtotal, when the report gives one. */
  readonly groupHeading: (g: PlanGroup) => string;
  /** Activities as "name (amount)", semicolon-separated. */
  readonly list: (items: readonly PlanActivity[]) => string;
}

export function planText(t: Translate, locale: UiLocale): PlanText {
  const kr = (n: number | null | undefined): string =>
    n === null || n === undefined ? "–" : formatValue(n, "sek0", locale);
  const diff = (n: number | null): string =>
    n === null ? "–" : formatDifference(n, "sek0", locale);
  const onlyText = (a: PlanActivity): string =>
    a.only === "planned"
      ? t("funding.planOnlyPlanned")
      : a.only === "reported"
        ? t("funding.planOnlyReported")
        : diff(a.difference);
  const groupName = (g: PlanGroup): string =>
    g.label[locale].replace(/, (delsumma|subtotal)$/i, "");
  const groupHeading = (g: PlanGroup): string =>
    g.reportedSubtotal
      ? t("funding.groupHeading", {
          group: groupName(g),
          reported: kr(g.reportedSubtotal.value),
        })
      : groupName(g);
  const list = (items: readonly PlanActivity[]): string =>
    items
      .map(
        (a) =>
          `${a.label[locale]} (${kr(a.planned?.value ?? a.reported?.value)})`,
      )
      .join("; ");
  return { kr, diff, onlyText, groupName, groupHeading, list };
}
