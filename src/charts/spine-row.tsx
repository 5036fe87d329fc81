/**
 * One row of the spine chart: the indicator, the kommun's value, the county's, the difference,
 * rank and verdict in words and symbols, the drawing, and period, coverage and source below;
 * optionally the kommungrupp comparison in words.
 */
import { formatDifference, formatValue } from "@/domain/format";
import { formatObservationPeriod } from "@/domain/format-period";
import { useT } from "@/i18n/i18n";

import type { ProfileRow } from "./series/profile-types";
import type { SpineChartProps } from "./spine-chart";
import { SpineDrawing } from "./spine-drawing";
import { countyLabel, rowDescription, verdictLabel } from "./spine-labels";
import type { ChartKeyboard } from "./use-chart-keyboard";

export function SpineRow({
  row,
  kommunName,
  locate,
  width,
  keyboard,
  groupText = null,
}: {
  readonly row: ProfileRow;
  readonly kommunName: string;
  readonly locate: SpineChartProps["locate"];
  readonly width: number | undefined;
  readonly keyboard: ChartKeyboard;
  readonly groupText?: string | null;
}) {
  const { t, locale } = useT();
  const fmt = (n: number): string =>
    formatValue(n, row.indicator.format, locale);
  const judged =
    row.verdict === "better" ||
    row.verdict === "worse" ||
    row.verdict === "similar";
  return (
    <li className="spine-row">
      <div className="spine-row__text">
        <h3 className="spine-row__label">{row.indicator.label[locale]}</h3>
        <p className="spine-row__numbers">
          <strong className="spine-row__value">
            {kommunName} {fmt(row.value)}
          </strong>
          <span>{countyLabel(row, t, locale)}</span>
          {row.difference !== null && (
            <span>
              {t("profile.differenceValue", {
                value: formatDifference(
                  row.difference,
                  row.indicator.format,
                  locale,
                ),
              })}
            </span>
          )}
          <span>{t("profile.rank", { rank: row.rank, n: row.n })}</span>
          {judged && (
            <span className={`spine-verdict spine-verdict--${row.verdict}`}>
              {verdictLabel(row.verdict, t)}
            </span>
          )}
        </p>
      </div>
      <SpineDrawing
        row={row}
        description={rowDescription(row, kommunName, t, locale)}
        width={width}
        point={keyboard.pointProps(row.indicator.id)}
      />
      <p className="spine-row__meta">
        {formatObservationPeriod(row.indicator, row.observation, locale)}
        {row.n < row.total &&
          ` · ${t("profile.coverage", { count: row.n, total: row.total })}`}
        {` · ${t("profile.source")}: ${locate(row.observation)}`}
      </p>
      {groupText !== null && <p className="spine-row__group">{groupText}</p>}
    </li>
  );
}
