/** Section 1: the agreements by year and recipient (stacked bars or table), and the joint effort. */
import { lazy, Suspense } from "react";

import { ChartFrame } from "@/charts/chart-frame";
import { ChartPlaceholder } from "@/charts/chart-placeholder";
import { PART_COLORS } from "@/charts/theme";
import {
  RECIPIENTS,
  RECIPIENT_INDICATOR,
  STATED_TOTAL_INDICATOR,
  JOINT_EFFORT_INDICATOR,
  type AgreementSeries,
  type AgreementYear,
  type Recipient,
} from "@/charts/series/funding-series";
import { agreementsSummary } from "@/charts/summary/funding-summaries";
import type { DatasetMeta } from "@/data/load-dataset";
import { formatAxisTick, formatNumber, formatValue } from "@/domain/format";
import type { Indicator } from "@/domain/indicators";
import { useT, type Translate, type UiLocale } from "@/i18n/i18n";
import { TableScroll } from "@/ui/table-scroll";

import { chartExport, observationExportRows } from "../shared/export-rows";
import { sourceLine } from "../shared/source-line";

import { sourceLocator } from "../shared/locate";

/** recharts is its own chunk; its download starts with this view's, not after the data. */
const stackedChart = import("@/charts/stacked-bar-chart");
const StackedBarChart = lazy(() => stackedChart);

const RECIPIENT_COLORS: Record<Recipient, string> = {
  region: PART_COLORS[0],
  kommuner: PART_COLORS[1],
  lansgemensamt: PART_COLORS[2],
};

const RECIPIENT_KEY = {
  region: "funding.region",
  kommuner: "funding.kommuner",
  lansgemensamt: "funding.lansgemensamt",
} as const;

function listYears(years: readonly string[], locale: UiLocale): string {
  return new Intl.ListFormat(locale === "sv" ? "sv-SE" : "en-GB", {
    type: "conjunction",
  }).format(years);
}

function statedText(
  y: AgreementYear,
  t: Translate,
  locale: UiLocale,
): string | null {
  if (y.rowSum === null) return null;
  const sum = formatValue(y.rowSum, "sek0", locale);
  if (y.stated === null)
    return t("funding.statedMissing", { year: y.period, sum });
  const stated = t("funding.statedMillions", {
    value: formatNumber(y.stated, Number.isInteger(y.stated) ? 0 : 1, locale),
  });
  const diff = y.statedDifference ?? 0;
  const difference = formatValue(Math.abs(diff), "sek0", locale);
  if (diff === 0)
    return t("funding.statedSame", { year: y.period, sum, stated });
  // The text gives whole millions: a difference under half a million is its rounding.
  if (Number.isInteger(y.stated) && Math.abs(diff) < 500_000)
    return t("funding.statedRounded", {
      year: y.period,
      sum,
      stated,
      difference,
    });
  return t("funding.statedDiffers", {
    year: y.period,
    sum,
    stated,
    difference,
  });
}

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
  const mn = (n: number): string => formatValue(n, "sek-mnkr1", locale);
  const summary = agreementsSummary(series, t, locale);
  const sourceIds = indicators
    .filter(
      (i) =>
        Object.values(RECIPIENT_INDICATOR).includes(i.id) ||
        i.id === STATED_TOTAL_INDICATOR,
    )
    .flatMap((i) => i.sourceIds);
  const inferredYears = years.filter((y) => y.inferred).map((y) => y.period);
  const caveat = inferredYears.length > 0 ? t("funding.caveat2023") : null;
  const locate = sourceLocator([dataset]);
  const title = t("funding.agreementsTitle", { years: yearList });
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
    <>
      <ChartFrame
        title={title}
        subtitle={t("funding.agreementsSubtitle")}
        summary={summary}
        sourceLine={sourceLine([dataset], sourceIds, t)}
        exportData={chartExport(
          "funding-agreements",
          {
            title,
            subtitle: t("funding.agreementsSubtitle"),
            sourceLine: sourceLine([dataset], sourceIds, t),
          },
          [dataset],
          (c) =>
            observationExportRows(
              years.flatMap((y) => [
                ...y.rows.map((r) => r.observation),
                y.statedObservation,
              ]),
              indicators,
              c,
              (code) => (code === "01" ? t("chart.county") : code),
            ),
          t,
          locale,
        )}
        table={{ shown: showTable, onToggle: onToggleTable }}
      >
        {caveat && (
          <p className="funding-caveat" id="funding-caveat-2023">
            <strong>* {inferredYears.join(", ")}: </strong>
            {caveat}
          </p>
        )}
        {showTable ? (
          <AgreementsTable
            years={years}
            caption={`${title} (${t("funding.colAmount").toLowerCase()}, kr)`}
            locate={locate}
          />
        ) : (
          <Suspense
            fallback={
              <ChartPlaceholder state="loading" title={t("chart.loading")} />
            }
          >
            <StackedBarChart
              data={data}
              parts={parts}
              formatValue={(n) => formatNumber(n / 1e6, 1, locale)}
              formatTick={(n) => formatAxisTick(n, locale)}
            />
          </Suspense>
        )}
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
      </ChartFrame>
      <JointEffort series={series} indicators={indicators} dataset={dataset} />
    </>
  );
}

function AgreementsTable({
  years,
  caption,
  locate,
}: {
  years: readonly AgreementYear[];
  caption: string;
  locate: (o: { sourceId: string; locator: string }) => string;
}) {
  const { t, locale } = useT();
  const kr = (n: number): string => formatValue(n, "sek0", locale);
  return (
    <TableScroll label={caption}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("funding.colYear")}</th>
            <th scope="col">{t("funding.colArea")}</th>
            <th scope="col">{t("funding.colRecipient")}</th>
            <th scope="col" className="num">
              {t("funding.colAmount")}
            </th>
            <th scope="col">{t("funding.colNote")}</th>
            <th scope="col">{t("funding.colSource")}</th>
          </tr>
        </thead>
        {years.map((y) => (
          <tbody key={y.period}>
            {y.rows.map((r) => (
              <tr key={`${r.recipient}-${r.breakdown}`}>
                <td>{y.period}</td>
                <th scope="row">{r.label[locale]}</th>
                <td>
                  {t(RECIPIENT_KEY[r.recipient])}
                  {r.inferred && ` (${t("funding.inferred")})`}
                </td>
                <td className="num">{kr(r.value)}</td>
                <td>
                  {r.observation.note !== "" && (
                    <span className="table-note">{r.observation.note}</span>
                  )}
                </td>
                <td>{locate(r.observation)}</td>
              </tr>
            ))}
            {RECIPIENTS.map((rec) => {
              const v = y.byRecipient[rec];
              return v === null ? null : (
                <tr key={`sum-${rec}`} className="reference-row">
                  <td>{y.period}</td>
                  <th scope="row">{t("funding.rowSum")}</th>
                  <td>
                    {t(RECIPIENT_KEY[rec])}
                    {y.inferred && ` (${t("funding.inferred")})`}
                  </td>
                  <td className="num">{kr(v)}</td>
                  <td>{t("funding.derived")}</td>
                  <td>–</td>
                </tr>
              );
            })}
            <tr className="reference-row">
              <td>{y.period}</td>
              <th scope="row">{t("funding.rowSum")}</th>
              <td>{t("funding.total")}</td>
              <td className="num">{y.rowSum === null ? "–" : kr(y.rowSum)}</td>
              <td>{t("funding.derived")}</td>
              <td>–</td>
            </tr>
            {y.statedObservation && y.stated !== null && (
              <tr className="reference-row">
                <td>{y.period}</td>
                <th scope="row">{t("funding.statedTotal")}</th>
                <td>{t("funding.total")}</td>
                <td className="num">
                  {t("funding.statedMillions", {
                    value: formatNumber(
                      y.stated,
                      Number.isInteger(y.stated) ? 0 : 1,
                      locale,
                    ),
                  })}
                </td>
                <td>
                  <span className="table-note">{y.statedObservation.note}</span>
                </td>
                <td>{locate(y.statedObservation)}</td>
              </tr>
            )}
          </tbody>
        ))}
      </table>
    </TableScroll>
  );
}

function JointEffort({
  series,
  indicators,
  dataset,
}: {
  series: AgreementSeries;
  indicators: readonly Indicator[];
  dataset: DatasetMeta;
}) {
  const { t, locale } = useT();
  const joint = series.joint.filter((o) => o.value !== null);
  const first = joint[0];
  const last = joint[joint.length - 1];
  if (!first || !last) return null;
  const kr = (n: number | null): string =>
    n === null ? t("chart.missing") : formatValue(n, "sek0", locale);
  const indicator = indicators.find((i) => i.id === JOINT_EFFORT_INDICATOR);
  const locate = sourceLocator([dataset]);
  const title = t("funding.jointTitle", {
    from: first.period,
    to: last.period,
  });
  return (
    <ChartFrame
      title={title}
      subtitle={t("funding.jointSubtitle")}
      summary={t("funding.jointSummary", {
        first: kr(first.value),
        firstYear: first.period,
        last: kr(last.value),
        lastYear: last.period,
      })}
      sourceLine={sourceLine([dataset], indicator?.sourceIds ?? [], t)}
      exportData={chartExport(
        "funding-joint",
        {
          title,
          subtitle: t("funding.jointSubtitle"),
          sourceLine: sourceLine([dataset], indicator?.sourceIds ?? [], t),
        },
        [dataset],
        (c) =>
          observationExportRows(series.joint, indicators, c, (code) =>
            code === "01" ? t("chart.county") : code,
          ),
        t,
        locale,
      )}
    >
      <TableScroll label={title}>
        <table className="data-table data-table--narrow">
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t("funding.colYear")}</th>
              <th scope="col" className="num">
                {t("funding.colAmount")}
              </th>
              <th scope="col">{t("funding.colSource")}</th>
            </tr>
          </thead>
          <tbody>
            {joint.map((o) => (
              <tr key={o.period}>
                <th scope="row">{o.period}</th>
                <td className="num">{kr(o.value)}</td>
                <td>{locate(o)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </ChartFrame>
  );
}
