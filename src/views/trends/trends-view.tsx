/**
 * Trender: one indicator over the years — lines for the selected kommuner, the county and Sweden,
 * total or by women and men. Loads the data, resolves the URL state and hands a ready-made series
 * to the (lazily loaded) recharts line chart or to the table.
 */
// Registers this view's messages with the i18n layer (they load with the view).
import "@/i18n/views/trends";
import { lazy, Suspense, useCallback, useState } from "react";

import { ChartFrame } from "@/charts/chart-frame";
import { ChartPlaceholder } from "@/charts/chart-placeholder";
import {
  buildTrendSeries,
  hasSexSplit,
  type TrendGroup,
} from "@/charts/series/trend-series";
import { useAreas, useCatalogue, useObservations } from "@/data/queries";
import { kommunerOf, type AreaCode } from "@/domain/areas";
import { THEMES } from "@/domain/indicators";
import { definitionBreaks, seriesEndYear } from "@/domain/trend-breaks";
import type { ViewState } from "@/navigation/url-state";
import type { UrlStateApi } from "@/navigation/use-url-state";
import { useT } from "@/i18n/i18n";
import { Segmented, SelectField } from "@/ui/field";

import { DatasetErrorMessage } from "../shared/dataset-error";
import { chartExport, trendExportRows } from "../shared/export-rows";
import { sourceLine } from "../shared/source-line";
import { UrlNotices } from "../shared/url-notices";
import { ViewPending } from "../shared/view-pending";

import { DatasetPeriods } from "./dataset-periods";
import { KommunPicker } from "../shared/kommun-picker";
import {
  definesSexSplit,
  resolveTrend,
  trendIndicators,
} from "./resolve-trends";
import { TrendsTable } from "./trends-table";
import { trendsText } from "./trends-text";

import "./trends.css";

const TrendLineChart = lazy(() => import("@/charts/trend-line-chart"));

/** Stands in for a quoted sentence in a message, so it can be wrapped in its own element. */
const QUOTE = "\u0000";

export default function TrendsView({ url }: { url: UrlStateApi }) {
  const { t, locale } = useT();
  const areas = useAreas("kommuner");
  const catalogue = useCatalogue();
  const [counts, setCounts] = useState<Record<string, Record<string, number>>>(
    {},
  );
  const onCounts = useCallback(
    (datasetId: string, c: Record<string, number>) => {
      setCounts((prev) =>
        prev[datasetId] === c ? prev : { ...prev, [datasetId]: c },
      );
    },
    [],
  );
  const resolved = catalogue.data
    ? resolveTrend(url.state, catalogue.data.indicators, (l) => l[locale])
    : null;
  const indicator = resolved?.indicator ?? null;
  const observations = useObservations(indicator?.datasetId ?? null);

  const heading = <h1 className="view-title">{t("trends.heading")}</h1>;
  if (!areas.data || !catalogue.data || !resolved || !indicator) {
    return <ViewPending heading={heading} queries={[areas, catalogue]} />;
  }

  const all = catalogue.data.indicators;
  const datasetIds = [...new Set(all.map((i) => i.datasetId))];
  const merged = Object.assign({}, ...Object.values(counts)) as Record<
    string,
    number
  >;
  const offered = trendIndicators(all, merged);
  if (!offered.some((i) => i.id === indicator.id)) offered.push(indicator);

  const kommuner = kommunerOf(areas.data.areas);
  const known = new Set(kommuner.map((k) => k.code));
  const notices = [...resolved.notices];
  const selected = url.state.kommuner.filter((c) => known.has(c));
  for (const code of url.state.kommuner)
    if (!known.has(code)) notices.push({ key: "unknownKommun", value: code });

  const splitData = observations.data
    ? hasSexSplit(indicator, observations.data.observations)
    : definesSexSplit(indicator);
  const group: TrendGroup = splitData ? resolved.group : "";

  const change = (patch: Partial<ViewState>): void => {
    url.update({
      indicator: url.state.indicator === null ? null : indicator.id,
      group: group === "" ? null : group,
      kommuner: selected,
      period: null,
      ...patch,
    });
  };

  const groupOptions = [
    { value: "", label: t("trends.groupAll") },
    { value: "k", label: t("trends.groupWomen") },
    { value: "m", label: t("trends.groupMen") },
    { value: "kon", label: t("trends.groupBoth") },
  ];
  const controls = (
    <div className="controls" role="group" aria-label={t("trends.indicator")}>
      <SelectField
        label={t("trends.indicator")}
        value={indicator.id}
        wide
        groups={THEMES.map((theme) => ({
          label: t(`themes.${theme}`),
          options: offered
            .filter((i) => i.theme === theme)
            .map((i) => ({ value: i.id, label: i.label[locale] })),
        })).filter((g) => g.options.length > 0)}
        onChange={(id) => {
          const next = all.find((i) => i.id === id);
          change({
            indicator: id,
            group: next && definesSexSplit(next) && group !== "" ? group : null,
          });
        }}
      />
      {splitData && (
        <Segmented
          label={t("trends.show")}
          value={group}
          options={groupOptions}
          onChange={(g) => {
            change({ group: g === "" ? null : g });
          }}
        />
      )}
      <KommunPicker
        kommuner={kommuner}
        selected={selected}
        onChange={(codes: AreaCode[]) => {
          change({ kommuner: codes });
        }}
      />
    </div>
  );

  let body;
  if (observations.isError) {
    body = (
      <ChartFrame
        title={indicator.label[locale]}
        subtitle={t("chart.errorTitle")}
      >
        <DatasetErrorMessage
          error={observations.error}
          onRetry={() => {
            void observations.refetch();
          }}
        />
      </ChartFrame>
    );
  } else if (!observations.data) {
    body = <ChartPlaceholder state="loading" title={t("chart.loading")} />;
  } else {
    const series = buildTrendSeries({
      indicator,
      observations: observations.data.observations,
      areas: areas.data.areas,
      selected,
      group,
    });
    if (series.periods.length < 2) {
      body = <ChartPlaceholder state="empty" title={t("trends.fewPeriods")} />;
    } else {
      const groupLabel =
        groupOptions.find((o) => o.value === group)?.label ?? "";
      const text = trendsText(series, t, locale, groupLabel);
      const sourceTitles = observations.data.entry.sources
        .filter((s) => indicator.sourceIds.includes(s.id))
        .map((s) => s.title);
      const endYear = seriesEndYear(indicator, sourceTitles);
      const firstYear = Number(series.periods[0]);
      const breaks = definitionBreaks(indicator).filter(
        (b) => b.year > firstYear && series.periods.includes(String(b.year)),
      );
      const showTable = url.state.table;
      body = (
        <ChartFrame
          title={text.title}
          subtitle={text.subtitle}
          summary={text.summary}
          coverage={text.coverage}
          sourceLine={sourceLine([observations.data], indicator.sourceIds, t)}
          exportData={chartExport(
            "trends",
            {
              title: text.title,
              subtitle: text.subtitle,
              sourceLine: sourceLine(
                [observations.data],
                indicator.sourceIds,
                t,
              ),
            },
            [observations.data],
            (c) => trendExportRows(series, c),
            t,
            locale,
          )}
          about={
            <dl className="trends-about">
              <dt>{t("chart.definition")}</dt>
              <dd>{indicator.definition[locale]}</dd>
              {indicator.koladaId !== null && (
                <>
                  <dt>{t("chart.kolada")}</dt>
                  <dd>{indicator.koladaId}</dd>
                </>
              )}
            </dl>
          }
          table={{
            shown: showTable,
            onToggle: () => {
              change({ table: !showTable });
            },
          }}
        >
          {selected.length === 0 && (
            <p className="trends-note trends-note--hint">
              {t("trends.noneSelected")}
            </p>
          )}
          {showTable ? (
            <TrendsTable
              series={series}
              labels={text.labels}
              caption={t("trends.tableCaption", {
                label: indicator.label[locale],
                unit: text.subtitle,
              })}
            />
          ) : (
            <Suspense
              fallback={
                <ChartPlaceholder state="loading" title={t("chart.loading")} />
              }
            >
              <TrendLineChart
                series={series}
                labels={text.labels}
                marks={breaks.map((b) => ({
                  period: String(b.year),
                  label: t("trends.breakMark", { year: b.year }),
                }))}
              />
            </Suspense>
          )}
          {!series.referencesShown && (
            <p className="trends-note">{t("trends.referencesHidden")}</p>
          )}
          {endYear !== null && (
            <p className="trends-note">
              {t("trends.seriesEnds", { year: endYear })}
            </p>
          )}
          {breaks.length > 0 && (
            <section className="trends-breaks">
              <h3>{t("trends.breaksHeading")}</h3>
              <ul>
                {breaks.map((b) => (
                  <li key={b.year}>
                    {/* Kolada's sentence is Swedish in either language: marked lang="sv". */}
                    {t("trends.breakNote", { year: b.year, sentence: QUOTE })
                      .split(QUOTE)
                      .flatMap((part, i) =>
                        i === 0
                          ? [part]
                          : [
                              <span key={i} lang="sv">
                                {b.sentence}
                              </span>,
                              part,
                            ],
                      )}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </ChartFrame>
      );
    }
  }

  return (
    <>
      {heading}
      <p className="trends-intro">{t("trends.intro")}</p>
      {datasetIds.map((id) => (
        <DatasetPeriods key={id} datasetId={id} onCounts={onCounts} />
      ))}
      <UrlNotices notices={notices} />
      {controls}
      {body}
    </>
  );
}
