/**
 * The frame every Finansiering section with its own rows shares: the chart frame with its source
 * line (the same in the export), the export of the section's rows, the table toggle, and notes
 * before and after the chart or table.
 */
import type { ReactNode } from "react";

import type { ExportRow } from "@/charts/export/export-data";
import { ChartFrame } from "@/charts/chart-frame";
import type { DatasetMeta } from "@/data/load-dataset";
import { useT } from "@/i18n/i18n";

import { chartExport, type ExportContext } from "../shared/export-context";
import { sourceLine } from "../shared/source-line";

export interface FundingFrameProps {
  /** The export's id ("funding-plan-report"). */
  readonly id: string;
  readonly title: string;
  readonly subtitle: string;
  readonly summary: string;
  readonly datasets: readonly DatasetMeta[];
  readonly sourceIds: readonly string[];
  /** The rows the section exports; without them it has no export. */
  readonly rows: ((context: ExportContext) => readonly ExportRow[]) | undefined;
  readonly showTable: boolean;
  readonly onToggleTable: () => void;
  readonly table: ReactNode;
  readonly chart: ReactNode;
  /** Notes above the chart or table. */
  readonly before?: ReactNode;
  /** Notes below the chart or table. */
  readonly after?: ReactNode;
}

export function FundingFrame({
  id,
  title,
  subtitle,
  summary,
  datasets,
  sourceIds,
  rows,
  showTable,
  onToggleTable,
  table,
  chart,
  before,
  after,
}: FundingFrameProps) {
  const { t, locale } = useT();
  const line = sourceLine(datasets, sourceIds, t, locale);
  return (
    <ChartFrame
      title={title}
      subtitle={subtitle}
      summary={summary}
      sourceLine={line}
      exportData={
        rows &&
        chartExport(
          id,
          { title, subtitle, sourceLine: line },
          datasets,
          rows,
          t,
          locale,
        )
      }
      table={{ shown: showTable, onToggle: onToggleTable }}
    >
      {before}
      {showTable ? table : chart}
      {after}
    </ChartFrame>
  );
}
