/** Section 3: each kommun's 2018 allocation against its population share, with the stated rule. */
import DumbbellChart from "@/charts/dumbbell-chart";
import { ChartFrame } from "@/charts/chart-frame";
import type { ExpectedSeries } from "@/charts/series/funding-series";
import { expectedSummary } from "@/charts/summary/funding-summaries";
import type { DatasetMeta } from "@/data/load-dataset";
import type { Indicator } from "@/domain/indicators";
import { formatDifference, formatValue } from "@/domain/format";
import { useT } from "@/i18n/i18n";
import { TableScroll } from "@/ui/table-scroll";

import { chartExport } from "../shared/export-rows";
import { sourceLine } from "../shared/source-line";

import { citeTitle } from "./funding-common";
import { sourceLocator } from "../shared/locate";

/** Where the source states the distribution rules (cited next to the chart). */
const RULE_POPULATION = {
  sourceId: "analys-2018-overenskommelsen-2018",
  locator:
    "Inledning, avsnittet om överenskommelsen för 2018 · seed 003 rad 1350",
};
const RULE_YOUTH = {
  sourceId: "handlingsplan-2023-tabell-1",
  locator: "Tabell 1, bildtext · seed 002 rad 171–172",
};

export interface ExpectedSectionProps {
  readonly series: ExpectedSeries;
  readonly stimulusSourceIds: readonly string[];
  /** The stimulus funds indicator (for the export rows). */
  readonly indicator?: Indicator | undefined;
  readonly datasets: readonly DatasetMeta[];
  /** The dataset that holds the distribution rules' sources (overenskommelser). */
  readonly rules: DatasetMeta | null;
  readonly showTable: boolean;
  readonly onToggleTable: () => void;
}

export function ExpectedSection({
  series,
  stimulusSourceIds,
  indicator,
  datasets,
  rules,
  showTable,
  onToggleTable,
}: ExpectedSectionProps) {
  const { t, locale } = useT();
  const kr = (n: number): string => formatValue(n, "sek0", locale);
  const diffKr = (n: number): string => formatDifference(n, "sek2", locale);
  const pct = (n: number | null): string =>
    n === null ? "–" : formatDifference(n, "pct2", locale);
  const max = series.maxAbsPercent;
  const limit = max === null ? null : max <= 0.1 ? 0.1 : max <= 1 ? 1 : null;
  const title =
    limit !== null
      ? t("funding.expectedTitleWithin", {
          period: series.period,
          limit: formatValue(limit, "pct1", locale),
        })
      : t("funding.expectedTitleGeneric", { period: series.period });
  const subtitle = t("funding.expectedSubtitle", {
    total: series.total === null ? "–" : kr(series.total),
    populationPeriod: series.populationPeriod,
    populationSum:
      series.populationSum === null
        ? "–"
        : formatValue(series.populationSum, "num0", locale),
  });
  const summary = expectedSummary(series, t, locale);
  const all = rules ? [...datasets, rules] : datasets;
  const sourceIds = [
    ...stimulusSourceIds,
    `befolkning-${series.populationPeriod}`,
    RULE_POPULATION.sourceId,
    RULE_YOUTH.sourceId,
  ];
  const locate = sourceLocator(datasets);
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
    <ChartFrame
      title={title}
      subtitle={subtitle}
      summary={summary}
      sourceLine={sourceLine(all, sourceIds, t)}
      exportData={
        indicator &&
        chartExport(
          "funding-expected",
          { title, subtitle, sourceLine: sourceLine(all, sourceIds, t) },
          all,
          (c) =>
            series.rows.flatMap((r) => [
              c.row({
                code: r.code,
                name: r.name,
                indicator,
                breakdown: t("funding.colActual"),
                period: series.period,
                value: r.actual,
                status: r.observation?.status ?? "no-row",
                observation: r.observation,
              }),
              c.row({
                code: r.code,
                name: r.name,
                indicator,
                breakdown: t("funding.colExpected"),
                period: series.period,
                value: r.expected,
                status: r.expected === null ? "missing" : "derived",
                observation: null,
              }),
            ]),
          t,
          locale,
        )
      }
      table={{ shown: showTable, onToggle: onToggleTable }}
    >
      <section className="funding-rule" aria-labelledby="funding-rule-heading">
        <h3 id="funding-rule-heading">{t("funding.expectedRule")}</h3>
        <ul>
          <li>
            {t("funding.expectedRulePopulation", {
              source: `${citeTitle(all, RULE_POPULATION.sourceId)}; ${RULE_POPULATION.locator}`,
            })}
          </li>
          <li>
            {t("funding.expectedRuleYouth", {
              source: `${citeTitle(all, RULE_YOUTH.sourceId)}; ${RULE_YOUTH.locator}`,
            })}
          </li>
        </ul>
      </section>
      {showTable ? (
        <TableScroll label={`${title} (${subtitle})`}>
          <table className="data-table">
            <caption>{`${title} (${subtitle})`}</caption>
            <thead>
              <tr>
                <th scope="col">{t("funding.colKommun")}</th>
                <th scope="col" className="num">
                  {t("funding.colActual")}
                </th>
                <th scope="col" className="num">
                  {t("funding.colPopulation", {
                    period: series.populationPeriod,
                  })}
                </th>
                <th scope="col" className="num">
                  {t("funding.colExpected")}
                </th>
                <th scope="col" className="num">
                  {t("funding.colDeviationKr")}
                </th>
                <th scope="col" className="num">
                  {t("funding.colDeviationPct")}
                </th>
                <th scope="col">{t("funding.colSource")}</th>
              </tr>
            </thead>
            <tbody>
              {series.rows.map((r) => (
                <tr key={r.code}>
                  <th scope="row">{r.name}</th>
                  <td className="num">
                    {r.actual === null ? t("chart.missing") : kr(r.actual)}
                  </td>
                  <td className="num">
                    {r.population === null
                      ? t("chart.missing")
                      : formatValue(r.population, "num0", locale)}
                  </td>
                  <td className="num">
                    {r.expected === null
                      ? "–"
                      : formatValue(r.expected, "sek2", locale)}
                  </td>
                  <td className="num">
                    {r.deviation ? diffKr(r.deviation.amount) : "–"}
                  </td>
                  <td className="num">
                    {r.deviation ? pct(r.deviation.percent) : "–"}
                  </td>
                  <td>{r.observation ? locate(r.observation) : "–"}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="reference-row">
                <th scope="row">{t("funding.sumRow")}</th>
                <td className="num">
                  {series.total === null ? "–" : kr(series.total)}
                </td>
                <td className="num">
                  {series.populationSum === null
                    ? "–"
                    : formatValue(series.populationSum, "num0", locale)}
                </td>
                <td />
                <td />
                <td />
                <td>
                  {series.totalObservation
                    ? locate(series.totalObservation)
                    : "–"}
                </td>
              </tr>
            </tfoot>
          </table>
        </TableScroll>
      ) : (
        <DumbbellChart
          rows={rows}
          aLabel={t("funding.expectedA")}
          bLabel={t("funding.expectedB")}
        />
      )}
    </ChartFrame>
  );
}
