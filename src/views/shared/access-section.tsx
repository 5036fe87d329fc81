/**
 * Behov och resurser: "Tillgång till vård för barn och unga i länet". The county's access measures
 * (BUP within 30 days, first-line reach, the waiting time for first-line care) with their period
 * as the source states it and where in the source each stands, and the first-line visits of 2016
 * by age. The source names no kommun or clinic, so there is nothing per kommun.
 */
import "@/i18n/views/access";
import "./access-section.css";
import { MissingCell, NumberCell } from "@/charts/data-table/cell";
import { DataTable, type DataColumn } from "@/charts/data-table/data-table";
import { valueCell } from "@/charts/value-label";
import { publicLocator } from "@/data/citation";
import type { ObservationsDataset } from "@/data/load-dataset";
import { request, useData } from "@/data/use-data";
import { formatNumber } from "@/domain/format";
import {
  formatIndicatorPeriod,
  formatObservationPeriod,
} from "@/domain/format-period";
import { ACCESS_MEASURES } from "@/domain/indicator-roles";
import type { Indicator } from "@/domain/indicators";
import type { Observation } from "@/domain/observations";
import { useT } from "@/i18n/i18n";

import { DataGate } from "./data-gate";
import { sourceLine } from "./source-line";

import {
  type AccessFigure,
  accessFigures,
  type VisitRow,
  visitRows,
} from "./access-rows";

/** The decimals a value was transcribed with (the source's precision). */
const decimalsIn = (n: number): number =>
  (String(n).split(".")[1] ?? "").length;

function FiguresTable({ figures }: { figures: readonly AccessFigure[] }) {
  const { t, locale } = useT();
  const value = (f: AccessFigure) => {
    const o = f.observation;
    const shortest = f.shortest?.high ?? null;
    if (shortest !== null && o.value !== null)
      return t("access.waitRange", {
        shortest: formatNumber(shortest, 0, locale),
        longest: formatNumber(o.value, 0, locale),
        unit: t(`units.${f.indicator.unit}`),
      });
    // A share as precise as the source gives it ("91 procent", "ca två procent"), not "91,0 %".
    if (f.indicator.unit === "percent" && o.value !== null) {
      const text = `${formatNumber(o.value, decimalsIn(o.value), locale)} %`;
      return o.status === "estimated"
        ? `${t("chart.estimated")} ${text}`
        : text;
    }
    return valueCell(o, f.indicator.format, t, locale);
  };
  const columns: DataColumn<AccessFigure>[] = [
    {
      id: "measure",
      header: t("access.measure"),
      rowHeader: true,
      cell: (f) => f.indicator.label[locale],
    },
    { id: "value", header: t("access.value"), numeric: true, cell: value },
    {
      id: "period",
      header: t("access.period"),
      cell: (f) => formatObservationPeriod(f.indicator, f.observation, locale),
    },
    {
      id: "source",
      header: t("access.source"),
      // The section; the full citations are in the source line below the tables.
      cell: (f) => publicLocator(f.observation.locator),
    },
  ];
  return (
    <DataTable
      caption={t("access.figuresCaption")}
      columns={columns}
      body={figures}
      rowKey={(f) => f.indicator.id}
    />
  );
}

function VisitsTable({
  catalogue,
  dataset,
}: {
  catalogue: readonly Indicator[];
  dataset: ObservationsDataset;
}) {
  const { t, locale } = useT();
  const { ages, total, girls, period } = visitRows(
    catalogue,
    dataset.observations,
  );
  const visits = catalogue.find((i) => i.id === ACCESS_MEASURES.visits);
  if (!visits || ages.length === 0) return null;
  const label = (r: VisitRow) => {
    if (r === total) return t("access.total");
    if (r === girls) return t("access.girls");
    return visits.breakdowns[r.key]?.[locale] ?? r.key;
  };
  const count = (o: Observation | undefined) =>
    o === undefined || o.value === null
      ? new MissingCell(t("chart.missing"))
      : new NumberCell(o.value, "num0");
  const columns: DataColumn<VisitRow>[] = [
    { id: "age", header: t("access.age"), rowHeader: true, cell: label },
    {
      id: "visits",
      header: t("access.visits"),
      numeric: true,
      cell: (r) => count(r.visits),
    },
    {
      id: "persons",
      header: t("access.persons"),
      numeric: true,
      cell: (r) => count(r.persons),
    },
  ];
  return (
    <DataTable
      caption={t("access.visitsCaption", {
        period: formatIndicatorPeriod(visits, period, locale),
      })}
      columns={columns}
      body={ages}
      footer={[total, girls]}
      rowKey={(r) => r.key || "total"}
    />
  );
}

/**
 * The section; in a Kommunprofil (`kommun` named) it says that these are the county's values, as
 * the source names no kommun or clinic, and leaves out the visits table.
 */
export function AccessSection({
  kommun = null,
}: {
  readonly kommun?: string | null;
}) {
  const { t, locale } = useT();
  const gate = useData({
    catalogue: request.catalogue(),
    access: request.observations(ACCESS_MEASURES.dataset),
  });
  return (
    <section
      className={
        kommun ? "access-section profile-section card" : "access-section"
      }
      aria-labelledby="access-heading"
    >
      <h2 id="access-heading">{t("access.heading")}</h2>
      <p>
        {kommun ? t("access.introKommun", { name: kommun }) : t("access.intro")}
      </p>
      <DataGate gate={gate} pending={<p>{t("chart.loading")}</p>}>
        {({ catalogue, access }) => {
          const figures = accessFigures(
            catalogue.indicators,
            access.observations,
          );
          // The visits table's source only where the table is shown.
          const ids = [
            ...new Set(figures.flatMap((f) => f.indicator.sourceIds)),
            ...((!kommun &&
              catalogue.indicators.find((i) => i.id === ACCESS_MEASURES.visits)
                ?.sourceIds) ||
              []),
          ];
          return (
            <>
              <FiguresTable figures={figures} />
              {!kommun && (
                <VisitsTable
                  catalogue={catalogue.indicators}
                  dataset={access}
                />
              )}
              <p className="access-section__source">
                {sourceLine([access], ids, t, locale)}
              </p>
            </>
          );
        }}
      </DataGate>
    </section>
  );
}
