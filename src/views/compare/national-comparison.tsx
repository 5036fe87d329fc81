/**
 * Jämför kommuner against all of Sweden: the KPI's national dataset (only that one: one file per
 * KPI), its areas and, for "liknande kommuner", SKR's kommungrupper 2017. Draws the dot strip in
 * its own frame with the median and range in words ("beräknat") and a CSV with the reference.
 */
import { ChartFrame } from "@/charts/chart-frame";
import type { ExportRow } from "@/charts/export/export-data";
import type { RankingSeries } from "@/charts/series/ranking-series";
import type { DatasetMeta } from "@/data/load-dataset";
import { request, useData } from "@/data/use-data";
import { groupOfArea, type AreaGrouping } from "@/domain/area-groups";
import { areaIndex, type Area, type AreaCode } from "@/domain/areas";
import { formatValue, roundedInOwnUnit } from "@/domain/format";
import { formatIndicatorPeriod } from "@/domain/format-period";
import { KOMMUNGRUPPER_ID, NATIONAL_AREAS_ID } from "@/domain/national";
import {
  distribution,
  groupDistribution,
  kommunValues,
  type Distribution,
} from "@/domain/national-reference";
import type { Observation } from "@/domain/observations";
import { useT, type Translate } from "@/i18n/i18n";

import { DataGate } from "../shared/data-gate";
import { chartExport, type ExportContext } from "../shared/export-context";
import { sourceLine } from "../shared/source-line";

import { NationalStrip } from "./national-strip";
import { nationalText } from "./national-text";
import "./national-strip.css";
import "@/i18n/views/national";

interface Props {
  readonly series: RankingSeries;
  readonly reference: "group" | "sweden";
  readonly datasetId: string;
  readonly selected: readonly AreaCode[];
  readonly kommuner: readonly Area[];
}

export default function NationalComparison(props: Props) {
  const { t } = useT();
  const gate = useData({
    national: request.observations(props.datasetId),
    areas: request.areas(NATIONAL_AREAS_ID),
    groups:
      props.reference === "group" ? request.groups(KOMMUNGRUPPER_ID) : null,
  });
  return (
    <DataGate
      gate={gate}
      frame={t(
        props.reference === "group" ? "compare.refGroup" : "compare.refSweden",
      )}
    >
      {(data) => (
        <NationalFigure
          {...props}
          observations={
            data.national.byIndicator.get(props.series.indicator.id) ?? []
          }
          areas={data.areas.areas}
          grouping={data.groups?.grouping ?? null}
          datasets={[data.national, ...(data.groups ? [data.groups] : [])]}
        />
      )}
    </DataGate>
  );
}

function referenceRows(
  d: Distribution,
  context: ExportContext,
  base: { series: RankingSeries; label: string; derived: string },
  t: Translate,
): ExportRow[] {
  const { series } = base;
  return (
    [
      [base.label, d.median],
      [t("national.minimum"), d.min],
      [t("national.maximum"), d.max],
    ] as const
  ).map(([name, value]) => ({
    ...context.row({
      code: "",
      name,
      indicator: series.indicator,
      breakdown: context.breakdownLabel(series.indicator, series.breakdown),
      period: series.period,
      value,
      status: "reported",
      observation: null,
    }),
    // A computed figure is exported as the chart prints it, its unrounded value beside it.
    value: roundedInOwnUnit(value, series.format),
    valueUnrounded: value,
    status: "derived",
    derived: base.derived,
    source: "",
    datasetId: "",
  }));
}

function NationalFigure({
  series,
  reference,
  selected,
  kommuner,
  observations,
  areas,
  grouping,
  datasets,
}: Props & {
  observations: readonly Observation[];
  areas: readonly Area[];
  grouping: AreaGrouping | null;
  datasets: readonly DatasetMeta[];
}) {
  const { t, locale } = useT();
  const names = areaIndex(areas);
  const nameOf = (code: AreaCode) => names.get(code)?.name ?? code;
  const own = selected[0] ?? null;
  const values = kommunValues(observations, series.period, series.breakdown);
  const group =
    reference === "group" && grouping && own
      ? groupOfArea(grouping, own)
      : null;
  const total = areas.filter((a) => a.kind === "kommun").length;
  const d =
    group && grouping
      ? groupDistribution(values, grouping, group.code)
      : distribution(values, total);
  const frameTitle = t(
    reference === "group" ? "compare.refGroup" : "compare.refSweden",
  );
  if (!d)
    return (
      <p className="field__hint">
        {t("national.unavailablePeriod", {
          period: formatIndicatorPeriod(
            series.indicator,
            series.period,
            locale,
          ),
        })}
      </p>
    );
  const county = kommuner.map((k) => k.code);
  const text = nationalText(
    { series, d, group, selected: own, nameOf, county },
    t,
    locale,
  );
  const fmt = (n: number) => formatValue(n, series.format, locale);
  const sourceIds = [
    ...series.indicator.sourceIds,
    ...(group ? ["skr-kommungrupper-2017"] : []),
  ];
  const source = sourceLine(datasets, sourceIds, t, locale);
  const medianLabel = group
    ? t("national.medianGroup", { code: group.code })
    : t("national.medianSweden");
  const exportData = chartExport(
    `compare-${reference}`,
    {
      title: text.title,
      subtitle: text.subtitle,
      summary: text.summary,
      sourceLine: source,
    },
    datasets,
    (context) => [
      ...d.values.map((v) =>
        context.row({
          code: v.code,
          name: nameOf(v.code),
          indicator: series.indicator,
          breakdown: context.breakdownLabel(series.indicator, series.breakdown),
          period: series.period,
          value: v.value,
          status: "reported",
          observation:
            observations.find(
              (o) =>
                o.area === v.code &&
                o.period === series.period &&
                o.breakdown === series.breakdown,
            ) ?? null,
        }),
      ),
      ...referenceRows(
        d,
        context,
        {
          series,
          label: medianLabel,
          derived: t("national.derivedHow", { count: d.n }),
        },
        t,
      ),
    ],
    t,
    locale,
  );
  const countySet = new Set(county);
  return (
    <ChartFrame
      title={text.title}
      subtitle={text.subtitle}
      summary={text.summary}
      coverage={text.coverage}
      sourceLine={source}
      exportData={exportData}
    >
      <NationalStrip
        distribution={d}
        county={countySet}
        selected={own}
        nameOf={nameOf}
        fmt={fmt}
        medianLabel={t("national.median")}
        label={`${frameTitle}: ${text.summary}`}
      />
      <ul className="national-strip-key">
        <li>
          <span
            className="national-strip-key__dot"
            style={{ background: "#6b7280" }}
          />
          {t("national.otherKommun")}
        </li>
        <li>
          <span
            className="national-strip-key__dot"
            style={{ background: "var(--accent)" }}
          />
          {t("national.countyKommun")}
        </li>
        {own && (
          <li>
            <span
              className="national-strip-key__dot"
              style={{ background: "var(--highlight)" }}
            />
            {t("national.selectedKommun")}
          </li>
        )}
      </ul>
    </ChartFrame>
  );
}
