/** The ranked bars' reference lines: the county's and Sweden's, where they compare with the kommuner. */
import { formatValue } from "@/domain/format";
import { useT } from "@/i18n/i18n";

import { BOTTOM, TOP, type RankingLayout } from "./ranking-bar-layout";
import { ReferenceLine } from "./reference-line";
import type { RankingSeries } from "./series/ranking-series";
import { COLORS } from "./theme";

/** The county's and Sweden's lines, where they compare with the kommun values. */
export function RankingReferences({
  series,
  layout,
}: {
  readonly series: RankingSeries;
  readonly layout: RankingLayout;
}) {
  const { t, locale } = useT();
  const { plotLeft, x, height } = layout;
  if (!series.countyIsComparable) return null;
  const fmt = (n: number): string => formatValue(n, series.format, locale);
  const { county, sweden } = series;
  return (
    <>
      {county && (
        <ReferenceLine
          x={plotLeft + x(county.value)}
          top={TOP - 4}
          bottom={height - BOTTOM}
          label={`${t("chart.county")} ${fmt(county.value)}`}
          color={COLORS.county}
          dash="6 4"
          labelAt="bottom"
        />
      )}
      {sweden && (
        <ReferenceLine
          x={plotLeft + x(sweden.value)}
          top={TOP - 4}
          bottom={height - BOTTOM}
          label={`${t("chart.sweden")} ${fmt(sweden.value)}`}
          color={COLORS.sweden}
          dash="2 3"
          labelAt="bottom2"
        />
      )}
    </>
  );
}
