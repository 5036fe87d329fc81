/** The agreements as stacked bars: one bar per year, one part per recipient, in millions. */
import { lazy, Suspense } from "react";

import { ChartPlaceholder } from "@/charts/chart-placeholder";
import { PART_COLORS } from "@/charts/theme";
import {
  RECIPIENTS,
  type AgreementYear,
  type Recipient,
} from "@/charts/series/agreement-series";
import { formatAxisTick, formatNumber, formatValue } from "@/domain/format";
import { useT } from "@/i18n/i18n";

import { RECIPIENT_KEY } from "./agreements-text";

/** recharts is its own chunk; its download starts with this view's, not after the data. */
const stackedChart = import("@/charts/stacked-bar-chart");
const StackedBarChart = lazy(() => stackedChart);

const RECIPIENT_COLORS: Record<Recipient, string> = {
  region: PART_COLORS[0],
  kommuner: PART_COLORS[1],
  lansgemensamt: PART_COLORS[2],
};

export function AgreementsChart({
  years,
}: {
  readonly years: readonly AgreementYear[];
}) {
  const { t, locale } = useT();
  const mn = (n: number): string => formatValue(n, "sek-mnkr1", locale);
  const data = years.map((y) => ({
    category: y.inferred ? `${y.period}*` : y.period,
    values: y.byRecipient,
    totalLabel: mn(y.rowSum ?? 0),
    label: t("funding.barLabel", {
      year: y.period,
      total: mn(y.rowSum ?? 0),
      parts: RECIPIENTS.flatMap((r) => {
        const v = y.byRecipient[r];
        return v === null ? [] : [`${t(RECIPIENT_KEY[r])} ${mn(v)}`];
      }).join(", "),
    }),
  }));
  const parts = RECIPIENTS.map((r) => ({
    key: r,
    label: t(RECIPIENT_KEY[r]),
    color: RECIPIENT_COLORS[r],
  }));
  return (
    <Suspense
      fallback={<ChartPlaceholder state="loading" title={t("chart.loading")} />}
    >
      <StackedBarChart
        data={data}
        parts={parts}
        formatValue={(n) => formatNumber(n / 1e6, 1, locale)}
        formatTick={(n) => formatAxisTick(n, locale)}
      />
    </Suspense>
  );
}
