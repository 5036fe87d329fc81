/** Section 3: each kommun's 2018 allocation against its population share, with the stated rule. */
import { publicLocator } from "@/data/citation";
import { DISTRIBUTION_RULES } from "@/data/source-statements";
import type { ExpectedSeries } from "@/charts/series/expected-series";
import { expectedSummary } from "@/charts/summary/funding-summaries";
import type { DatasetMeta } from "@/data/load-dataset";
import type { Indicator } from "@/domain/indicators";
import { useT } from "@/i18n/i18n";

import { sourceLocator } from "../shared/locate";

import { ExpectedChart } from "./expected-chart";
import { ExpectedTable } from "./expected-table";
import { expectedText } from "./expected-text";
import { citeTitle } from "./funding-common";
import { FundingFrame } from "./funding-frame";

const { population: RULE_POPULATION, youth: RULE_YOUTH } = DISTRIBUTION_RULES;

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
  const { title, subtitle } = expectedText(series, t, locale);
  const summary = expectedSummary(series, t, locale);
  const all = rules ? [...datasets, rules] : datasets;
  const sourceIds = [
    ...stimulusSourceIds,
    `befolkning-${series.populationPeriod}`,
    RULE_POPULATION.sourceId,
    RULE_YOUTH.sourceId,
  ];
  return (
    <FundingFrame
      id="funding-expected"
      title={title}
      subtitle={subtitle}
      summary={summary}
      datasets={all}
      sourceIds={sourceIds}
      rows={
        indicator &&
        ((c) =>
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
          ]))
      }
      showTable={showTable}
      onToggleTable={onToggleTable}
      before={<DistributionRules datasets={all} />}
      table={
        <ExpectedTable
          series={series}
          caption={`${title} (${subtitle})`}
          locate={sourceLocator(datasets, locale)}
        />
      }
      chart={<ExpectedChart series={series} />}
    />
  );
}

/** The two rules the allocation followed, each quoted with its source. */
function DistributionRules({
  datasets,
}: {
  readonly datasets: readonly DatasetMeta[];
}) {
  const { t } = useT();
  return (
    <section className="funding-rule" aria-labelledby="funding-rule-heading">
      <h3 id="funding-rule-heading">{t("funding.expectedRule")}</h3>
      <ul>
        <li>
          {t("funding.expectedRulePopulation", {
            source: `${citeTitle(datasets, RULE_POPULATION.sourceId)}; ${publicLocator(RULE_POPULATION.locator)}`,
          })}
        </li>
        <li>
          {t("funding.expectedRuleYouth", {
            source: `${citeTitle(datasets, RULE_YOUTH.sourceId)}; ${publicLocator(RULE_YOUTH.locator)}`,
          })}
        </li>
      </ul>
    </section>
  );
}
