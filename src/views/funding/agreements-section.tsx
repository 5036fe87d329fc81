/** Section 1: the agreements by year and recipient (stacked bars or table), and the joint effort. */
import type { AgreementSeries } from "@/charts/series/agreement-series";
import { agreementsSummary } from "@/charts/summary/funding-summaries";
import type { DatasetMeta } from "@/data/load-dataset";
import { AGREEMENT_ROLES } from "@/domain/indicator-roles";
import type { Indicator } from "@/domain/indicators";
import { useT } from "@/i18n/i18n";

import { observationExportRows } from "../shared/export-rows";

import { sourceLocator } from "../shared/locate";

import { AgreementsChart } from "./agreements-chart";
import { AgreementsTable } from "./agreements-table";
import { FundingFrame } from "./funding-frame";
import { listYears, statedText } from "./agreements-text";
import { JointEffort } from "./joint-effort";

export interface AgreementsSectionProps {
  readonly series: AgreementSeries;
  readonly indicators: readonly Indicator[];
  readonly dataset: DatasetMeta;
  readonly showTable: boolean;
  readonly onToggleTable: () => void;
}

export function AgreementsSection({
  series,
  indicators,
  dataset,
  showTable,
  onToggleTable,
}: AgreementsSectionProps) {
  const { t, locale } = useT();
  const years = series.years.filter((y) => y.rowSum !== null);
  const yearList = listYears(
    years.map((y) => y.period),
    locale,
  );
  const summary = agreementsSummary(series, t, locale);
  const sourceIds = indicators
    .filter(
      (i) =>
        (Object.values(AGREEMENT_ROLES.recipients) as string[]).includes(
          i.id,
        ) || i.id === AGREEMENT_ROLES.statedTotal,
    )
    .flatMap((i) => i.sourceIds);
  const inferredYears = years.filter((y) => y.inferred).map((y) => y.period);
  const caveat = inferredYears.length > 0 ? t("funding.caveat2023") : null;
  const locate = sourceLocator([dataset], locale);
  const title = t("funding.agreementsTitle", { years: yearList });

  return (
    <>
      <FundingFrame
        id="funding-agreements"
        title={title}
        subtitle={t("funding.agreementsSubtitle")}
        summary={summary}
        datasets={[dataset]}
        sourceIds={sourceIds}
        rows={(c) =>
          observationExportRows(
            years.flatMap((y) => [
              ...y.rows.map((r) => r.observation),
              y.statedObservation,
            ]),
            indicators,
            c,
            (code) => (code === "01" ? t("chart.county") : code),
          )
        }
        showTable={showTable}
        onToggleTable={onToggleTable}
        before={
          caveat && (
            <p className="funding-caveat" id="funding-caveat-2023">
              <strong>* {inferredYears.join(", ")}: </strong>
              {caveat}
            </p>
          )
        }
        table={
          <AgreementsTable
            years={years}
            caption={`${title} (${t("funding.colAmount").toLowerCase()}, kr)`}
            locate={locate}
          />
        }
        chart={<AgreementsChart years={years} />}
        after={<StatedTotals series={series} />}
      />
      <JointEffort series={series} indicators={indicators} dataset={dataset} />
    </>
  );
}

/** What the agreements themselves state as each year's total, in words. */
function StatedTotals({ series }: { readonly series: AgreementSeries }) {
  const { t, locale } = useT();
  return (
    <section
      className="funding-stated"
      aria-labelledby="funding-stated-heading"
    >
      <h3 id="funding-stated-heading">{t("funding.statedHeading")}</h3>
      <ul>
        {series.years.map((y) => {
          const text = statedText(y, t, locale);
          return text === null ? null : <li key={y.period}>{text}</li>;
        })}
      </ul>
    </section>
  );
}
