/**
 * Kommunprofil's spine (dot) chart, drawn as plain SVG: one row per indicator. The bar runs from
 * the county's lowest to its highest kommun, a black tick marks the county value and a dot in the
 * highlight colour marks the kommun. Better / worse / similar is said with a symbol and a word,
 * never by colour alone. Each row's SVG is an image with its own description; the numbers stand
 * next to it as text, and the same numbers are in ProfileTable.
 *
 * Keyboard: the chart is one tab stop; the arrow keys move between the indicators' drawings, each
 * announced with its description (use-chart-keyboard); T shows the tables. The group's name and
 * description are the frame's title and summary.
 */
import "@/i18n/views/chart-keys";
import { formatDifference, formatValue } from "@/domain/format";
import { formatPeriod } from "@/domain/format-period";
import type { Verdict } from "@/domain/profile-comparison";
import { useT, type Translate, type UiLocale } from "@/i18n/i18n";
import { useElementWidth } from "@/ui/use-element-width";

import { ChartKeysHint } from "./chart-keys-hint";
import type { ProfileRow } from "./series/profile-series";
import { COLORS } from "./theme";
import { useChartKeyboard, type ChartKeyboard } from "./use-chart-keyboard";

export interface SpineChartProps {
  readonly rows: readonly ProfileRow[];
  readonly kommunName: string;
  /** Short source reference for a row's observation. */
  readonly locate: (o: {
    readonly sourceId: string;
    readonly locator: string;
  }) => string;
  /** Fixed width of the drawing (tests); by default it fills its cell. */
  readonly width?: number;
  /** The T key: the profile's one toggle for all its tables (outside this chart's frame). */
  readonly onToggleTable?: (() => void) | undefined;
}

const HEIGHT = 46;
const PAD = 10;
const TRACK = 10;
const TRACK_Y = 16;

/** "▲ bättre", "▼ sämre", "≈ ungefär som länet", or "" where nothing is judged. */
export function verdictLabel(verdict: Verdict, t: Translate): string {
  switch (verdict) {
    case "better":
      return t("profile.better");
    case "worse":
      return t("profile.worse");
    case "similar":
      return t("profile.similar");
    case "no-direction":
      return t("profile.noDirection");
    case "no-county":
      return t("profile.noCounty");
  }
}

/** The county's value as text: "Länet 13,0 %", "länet totalt … (summa)", or "inget länsvärde". */
export function countyLabel(
  row: ProfileRow,
  t: Translate,
  locale: UiLocale,
): string {
  const fmt = (n: number): string =>
    formatValue(n, row.indicator.format, locale);
  if (row.countyIsTotal && row.countyObservation?.value != null)
    return t("profile.countyTotal", {
      value: fmt(row.countyObservation.value),
    });
  if (row.county === null) return t("profile.noCounty");
  return t("profile.countyValue", { value: fmt(row.county) });
}

/** One sentence or three describing a row, for screen readers. */
function rowDescription(
  row: ProfileRow,
  kommunName: string,
  t: Translate,
  locale: UiLocale,
): string {
  const fmt = (n: number): string =>
    formatValue(n, row.indicator.format, locale);
  const verdict =
    row.verdict === "better" ||
    row.verdict === "worse" ||
    row.verdict === "similar"
      ? `${kommunName}: ${t(`profile.${row.verdict}Long`)}.`
      : "";
  return t("profile.rowDescription", {
    label: row.indicator.label[locale],
    period: formatPeriod(row.period),
    name: kommunName,
    value: fmt(row.value),
    county: countyLabel(row, t, locale),
    low: fmt(row.lowest.value),
    lowName: row.lowest.name,
    high: fmt(row.highest.value),
    highName: row.highest.name,
    verdict,
  }).trim();
}

export function SpineChart({
  rows,
  kommunName,
  locate,
  width,
  onToggleTable,
}: SpineChartProps) {
  const { t } = useT();
  const keyboard = useChartKeyboard({
    keys: rows.map((row) => row.indicator.id),
    onToggleTable,
  });
  return (
    <div {...keyboard.groupProps}>
      <ol className="spine-chart">
        {rows.map((row) => (
          <SpineRow
            key={row.indicator.id}
            row={row}
            kommunName={kommunName}
            locate={locate}
            width={width}
            keyboard={keyboard}
          />
        ))}
      </ol>
      <ChartKeysHint keyboard={keyboard} moves={t("chartKeys.indicators")} />
    </div>
  );
}

function SpineRow({
  row,
  kommunName,
  locate,
  width,
  keyboard,
}: {
  readonly row: ProfileRow;
  readonly kommunName: string;
  readonly locate: SpineChartProps["locate"];
  readonly width: number | undefined;
  readonly keyboard: ChartKeyboard;
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
        {formatPeriod(row.period)}
        {row.n < row.total &&
          ` · ${t("profile.coverage", { count: row.n, total: row.total })}`}
        {` · ${t("profile.source")}: ${locate(row.observation)}`}
      </p>
    </li>
  );
}

function SpineDrawing({
  row,
  description,
  width,
  point,
}: {
  readonly row: ProfileRow;
  readonly description: string;
  readonly width: number | undefined;
  readonly point: ReturnType<ChartKeyboard["pointProps"]>;
}) {
  const { t, locale } = useT();
  const [ref, measured] = useElementWidth(width ?? 320);
  const total = width ?? measured;
  const fmt = (n: number): string =>
    formatValue(n, row.indicator.format, locale);
  const values = [row.lowest.value, row.highest.value, row.value];
  if (row.county !== null) values.push(row.county);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min;
  const x = (v: number): number =>
    span === 0 ? total / 2 : PAD + ((v - min) / span) * (total - 2 * PAD);
  const low = x(row.lowest.value);
  const high = x(row.highest.value);
  const sameRange = row.lowest.value === row.highest.value;
  return (
    <div ref={ref} className="spine-row__chart">
      <svg
        width={total}
        height={HEIGHT}
        viewBox={`0 0 ${total} ${HEIGHT}`}
        {...point}
        role="img"
        aria-label={description}
        className="spine-row__drawing"
      >
        <rect
          x={low}
          y={TRACK_Y - TRACK / 2}
          width={Math.max(2, high - low)}
          height={TRACK}
          rx={TRACK / 2}
          fill={COLORS.bar}
        />
        <circle
          cx={x(row.value)}
          cy={TRACK_Y}
          r={7}
          fill={COLORS.highlight}
          stroke={COLORS.background}
          strokeWidth={2}
        />
        {/* The county tick is drawn over the dot so both stay visible when they meet. */}
        {row.county !== null && (
          <line
            x1={x(row.county)}
            x2={x(row.county)}
            y1={TRACK_Y - 12}
            y2={TRACK_Y + 12}
            stroke={COLORS.county}
            strokeWidth={3}
          />
        )}
        <g aria-hidden="true">
          <text
            x={0}
            y={HEIGHT - 3}
            className="spine-row__axis"
            fill={COLORS.axisText}
          >
            {t("profile.lowest", { value: fmt(row.lowest.value) })}
          </text>
          {!sameRange && (
            <text
              x={total}
              y={HEIGHT - 3}
              textAnchor="end"
              className="spine-row__axis"
              fill={COLORS.axisText}
            >
              {t("profile.highest", { value: fmt(row.highest.value) })}
            </text>
          )}
        </g>
      </svg>
    </div>
  );
}
