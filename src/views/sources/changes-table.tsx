/** The changed observations between two versions: where, what, which kind, before, after, difference. */
import { DataTable, type DataColumn } from "@/charts/data-table/data-table";
import type { ObservationChange } from "@/domain/dataset-diff";
import { formatPeriod } from "@/domain/format-period";
import type { Indicator } from "@/domain/indicators";
import { useT } from "@/i18n/i18n";

import { changeCells } from "./change-cells";

export interface ChangesTableProps {
  readonly changes: readonly ObservationChange[];
  readonly from: number;
  readonly to: number;
  readonly datasetId: string;
  readonly areaName: (code: string) => string;
  readonly indicators: ReadonlyMap<string, Indicator>;
}

export function ChangesTable({
  changes,
  from,
  to,
  datasetId,
  areaName,
  indicators,
}: ChangesTableProps) {
  const { t, locale } = useT();
  const { observation, breakdown, difference } = changeCells(
    indicators,
    t,
    locale,
  );
  const columns: DataColumn<ObservationChange>[] = [
    {
      id: "area",
      header: t("versionDiff.colArea"),
      rowHeader: true,
      cell: (c) => areaName(c.area),
    },
    {
      id: "indicator",
      header: t("versionDiff.colIndicator"),
      cell: (c) => indicators.get(c.indicator)?.label[locale] ?? c.indicator,
    },
    { id: "breakdown", header: t("versionDiff.colBreakdown"), cell: breakdown },
    {
      id: "period",
      header: t("versionDiff.colPeriod"),
      cell: (c) => formatPeriod(c.period),
    },
    {
      id: "kind",
      header: t("versionDiff.colKind"),
      cell: (c) => <ChangeKind change={c} />,
    },
    {
      id: "before",
      header: `${t("versionDiff.colBefore")} (v${String(from)})`,
      numeric: true,
      cell: (c) => observation(c, c.before),
    },
    {
      id: "after",
      header: `${t("versionDiff.colAfter")} (v${String(to)})`,
      numeric: true,
      cell: (c) => observation(c, c.after),
    },
    {
      id: "difference",
      header: t("versionDiff.colDifference"),
      numeric: true,
      cell: difference,
    },
  ];
  return (
    <DataTable
      caption={t("versionDiff.tableLabel", {
        from: `v${String(from)}`,
        to: `v${String(to)}`,
        dataset: datasetId,
      })}
      captionHidden
      columns={columns}
      body={changes}
      rowKey={(c) => `${c.area}|${c.indicator}|${c.breakdown}|${c.period}`}
      rowClassName={(c) => `diff-row diff-row--${c.kind}`}
    />
  );
}

/** Which kind of change, and for a changed observation which of its fields changed. */
function ChangeKind({ change }: { readonly change: ObservationChange }) {
  const { t } = useT();
  return (
    <>
      {t(`versionDiff.kind.${change.kind}`)}
      {change.kind === "changed" && (
        <span className="table-note">
          {t("versionDiff.changedFields", {
            fields: change.fields
              .map((f) => t(`versionDiff.fields.${f}`))
              .join(", "),
          })}
        </span>
      )}
    </>
  );
}
