/**
 * Jämför kommuner against all of Sweden: the KPI's national dataset (only that one: one file per
 * KPI), its areas and, for "liknande kommuner", SKR's kommungrupper 2017. Draws the dot strip in
 * its own frame with the median and range in words ("beräknat") and a CSV with the reference.
 */
import { ChartFrame } from "@/charts/chart-frame";
import type { RankingSeries } from "@/charts/series/ranking-series";
import type { DatasetMeta } from "@/data/load-dataset";
import { request, useData } from "@/data/use-data";
import { groupOfArea, type AreaGrouping } from "@/domain/area-groups";
import { areaIndex, type Area, type AreaCode } from "@/domain/areas";
import { formatValue } from "@/domain/format";
import { formatIndicatorPeriod } from "@/domain/format-period";
import { KOMMUNGRUPPER_ID, NATIONAL_AREAS_ID } from "@/domain/national";
import {
  distribution,
  groupDistribution,
  kommunValues,
} from "@/domain/national-reference";
import type { Observation } from "@/domain/observations";
import { useT } from "@/i18n/i18n";

import { DataGate } from "../shared/data-gate";
import { frameProps } from "../shared/frame-props";
import { sourceLine } from "../shared/source-line";

import { nationalExport } from "./national-export";
import { NationalStrip, NationalStripKey } from "./national-strip";
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

interface FigureProps extends Props {
  readonly observations: readonly Observation[];
  readonly areas: readonly Area[];
  readonly grouping: AreaGrouping | null;
  readonly datasets: readonly DatasetMeta[];
}

/** The distribution the strip draws: the kommungrupp's (of the first selected kommun) or Sweden's. */
function referenceOf({
  series,
  reference,
  selected,
  observations,
  areas,
  grouping,
}: FigureProps) {
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
  return { own, group, d };
}

function NationalFigure(props: FigureProps) {
  const { series, reference, kommuner, observations, datasets } = props;
  const { t, locale } = useT();
  const names = areaIndex(props.areas);
  const nameOf = (code: AreaCode) => names.get(code)?.name ?? code;
  const { own, group, d } = referenceOf(props);
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
  const sourceIds = [
    ...series.indicator.sourceIds,
    ...(group ? ["skr-kommungrupper-2017"] : []),
  ];
  const source = sourceLine(datasets, sourceIds, t, locale);
  const exportData = nationalExport(
    {
      id: `compare-${reference}`,
      text: {
        title: text.title,
        subtitle: text.subtitle,
        summary: text.summary,
        sourceLine: source,
      },
      series,
      d,
      observations,
      nameOf,
      medianLabel: group
        ? t("national.medianGroup", { code: group.code })
        : t("national.medianSweden"),
      datasets,
    },
    t,
    locale,
  );
  const frameTitle = t(
    reference === "group" ? "compare.refGroup" : "compare.refSweden",
  );
  return (
    <ChartFrame {...frameProps(text, source)} exportData={exportData}>
      <NationalStrip
        distribution={d}
        county={new Set(county)}
        selected={own}
        nameOf={nameOf}
        fmt={(n: number) => formatValue(n, series.format, locale)}
        medianLabel={t("national.median")}
        label={`${frameTitle}: ${text.summary}`}
      />
      <NationalStripKey selected={own !== null} />
    </ChartFrame>
  );
}
