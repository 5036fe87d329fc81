/** Each kommun's 2018 allocation against its population share, as dumbbells (expected → actual). */
import DumbbellChart from "@/charts/dumbbell-chart";
import type { ExpectedSeries } from "@/charts/series/expected-series";
import { formatDifference, formatValue } from "@/domain/format";
import { useT } from "@/i18n/i18n";

export function ExpectedChart({ series }: { readonly series: ExpectedSeries }) {
  const { t, locale } = useT();
  const kr = (n: number): string => formatValue(n, "sek0", locale);
  const diffKr = (n: number): string => formatDifference(n, "sek2", locale);
  const rows = series.rows.map((r) => ({
    key: r.code,
    name: r.name,
    a: r.expected,
    b: r.actual,
    label: r.deviation ? diffKr(r.deviation.amount) : t("chart.missing"),
    title: `${r.name}: ${t("funding.colActual")} ${
      r.actual === null ? t("chart.missing") : kr(r.actual)
    }, ${t("funding.colExpected")} ${
      r.expected === null ? "–" : formatValue(r.expected, "sek2", locale)
    }`,
  }));
  return (
    <DumbbellChart
      rows={rows}
      aLabel={t("funding.expectedA")}
      bLabel={t("funding.expectedB")}
    />
  );
}
