/**
 * The summary of the need-against-resources scatter (Behov och resurser): plain sentences from
 * the series alone, in the words the chart and the table use.
 *
 *   1. the chart shows association, not cause (nobody may miss it);
 *   2. what each axis measures and the county's value ("beräknat" when computed from the
 *      kommuner, with how many when not all), and how many kommuner have both values if not all;
 *   3. the kommuner per quadrant against the county ("högt behov, låga resurser: Upplands-Bro"),
 *      as the table's "Jämfört med länet" column says;
 *   4. where each highlighted kommun sits, or — with none highlighted — the highest and lowest need;
 *   5. caveats: years that differ, a source that names only a few kommuner, an axis on which all
 *      kommuner have the same value, calculated values per inhabitant.
 *
 * Uses the Behov och resurser view's messages (registered with the view).
 */
import { formatValue } from "@/domain/format";
import { formatIndicatorPeriod } from "@/domain/format-period";
import type { FormatTag } from "@/domain/indicators";
import type { Translate, UiLocale } from "@/i18n/i18n";

import type { ScatterAxis } from "../series/scatter-axis";
import { quadrantGroups } from "../series/scatter-quadrants";
import type { ScatterPoint, ScatterSeries } from "../series/scatter-series";
import type { ScatterValue } from "../series/scatter-values";
import { valueLabel } from "../value-label";

import { axisLabel, lowerFirst, quadrantWords } from "./scatter-words";
import { listNames, paragraph, sentence } from "./sentence";

/** Names up to three kommuner; more are counted. */
const MAX_NAMED = 3;

/** The county value of an axis, "2 163 kr (beräknat)" when computed from the kommuner. */
function countyValue(
  axis: ScatterAxis,
  county: ScatterValue,
  t: Translate,
  locale: UiLocale,
): string {
  const value = valueLabel(county, axis.format, t, locale);
  const included = county.derived?.included;
  if (county.derived?.kind !== "population-weighted" || !included) return value;
  return included.count === included.total
    ? t("needs.summaryComputed", { value })
    : t("needs.summaryComputedSome", { value, ...included });
}

/** "behov: barn 0–19 år med låg ekonomisk standard 2022, länet 13,0 %". */
function axisClause(
  axis: ScatterAxis,
  which: string,
  t: Translate,
  locale: UiLocale,
): string {
  const values = {
    which,
    label: lowerFirst(axisLabel(axis, t, locale)),
    period: formatIndicatorPeriod(axis.indicator, axis.period, locale),
  };
  return axis.county
    ? t("needs.summaryAxis", {
        ...values,
        county: countyValue(axis, axis.county, t, locale),
      })
    : t("needs.summaryAxisNoCounty", values);
}

/** "jämfört med länet – högt behov, låga resurser: Upplands-Bro; …"; null without county lines. */
function quadrantClause(
  series: ScatterSeries,
  t: Translate,
  locale: UiLocale,
): string | null {
  const withQuadrant = series.rows.filter((r) => r.quadrant !== null);
  // When every kommun has the same value on an axis, the quadrants tell nothing apart.
  if (series.need.uniform !== null || series.resource.uniform !== null)
    return null;
  if (withQuadrant.length === 0) return null;
  const who = (rows: readonly { name: string }[]): string =>
    rows.length === 0
      ? t("needs.summaryNone")
      : rows.length <= MAX_NAMED
        ? listNames(
            rows.map((r) => r.name),
            locale,
          )
        : t("needs.summaryQuadrantCount", { count: rows.length });
  const { groups, level } = quadrantGroups(withQuadrant);
  const parts: string[] = groups
    // The first quadrant (high need, low resources) is named even when empty.
    .filter((g, i) => i === 0 || g.rows.length > 0)
    .map((g) =>
      t("needs.summaryQuadrant", {
        quadrant: quadrantWords(g.quadrant, t),
        who: who(g.rows),
      }),
    );
  if (level.length > 0)
    parts.push(t("needs.summaryLevel", { who: who(level) }));
  return t("needs.summaryQuadrants", { groups: parts.join("; ") });
}

function selectedClauses(
  series: ScatterSeries,
  t: Translate,
  locale: UiLocale,
): string[] {
  return series.rows
    .filter((r) => r.highlighted)
    .map((r) => {
      const values = {
        name: r.name,
        need: valueLabel(r.need, series.need.format, t, locale),
        resource: valueLabel(r.resource, series.resource.format, t, locale),
      };
      return r.quadrant
        ? t("needs.summarySelectedQuadrant", {
            ...values,
            quadrant: quadrantWords(r.quadrant, t),
          })
        : t("needs.summarySelected", values);
    });
}

export function scatterSummary(
  series: ScatterSeries,
  t: Translate,
  locale: UiLocale,
): string {
  const { need, resource } = series;
  const needPeriod = formatIndicatorPeriod(need.indicator, need.period, locale);
  const resourcePeriod = formatIndicatorPeriod(
    resource.indicator,
    resource.period,
    locale,
  );
  const { withValue, total } = series.coverage;
  const selected = selectedClauses(series, t, locale);
  const caveats = sentence([
    need.period === resource.period
      ? null
      : t("needs.summaryYears", { needPeriod, resourcePeriod }),
    series.fewValues
      ? t("needs.summaryFew", {
          count: need.withValue,
          total: series.coverage.total,
        })
      : null,
    resource.uniform === null
      ? null
      : t("needs.summaryUniform", {
          value: formatValue(resource.uniform, resource.format, locale),
        }),
    resource.perCapita || need.perCapita ? t("needs.summaryDerived") : null,
  ]);
  return paragraph([
    sentence([t("needs.summaryCaution")]),
    sentence([axisClause(need, t("needs.tooltipNeed"), t, locale)]),
    sentence([
      axisClause(resource, t("needs.tooltipResource"), t, locale),
      withValue < total
        ? t("needs.summaryPoints", { count: withValue, total })
        : null,
    ]),
    sentence([quadrantClause(series, t, locale)]),
    selected.length > 0
      ? sentence(selected)
      : sentence([extremes(series.points, need.format, t, locale)]),
    caveats,
  ]);
}

/**
 * "högst behov har Botkyrka, Sigtuna och Södertälje (22,0 %) och lägst Täby (4,0 %)", among the
 * kommuner drawn; kommuner that share the extreme at the precision shown are all named.
 */
function extremes(
  points: readonly ScatterPoint[],
  format: FormatTag,
  t: Translate,
  locale: UiLocale,
): string | null {
  if (points.length < 2) return null;
  const fmt = (n: number): string => formatValue(n, format, locale);
  const values = points.map((p) => p.y);
  const high = fmt(Math.max(...values));
  const low = fmt(Math.min(...values));
  if (high === low) return null;
  const at = (text: string): string =>
    listNames(
      points.filter((p) => fmt(p.y) === text).map((p) => p.name),
      locale,
    );
  return t("needs.summaryHighLow", {
    high: at(high),
    highValue: high,
    low: at(low),
    lowValue: low,
  });
}
