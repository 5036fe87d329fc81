/**
 * The one loading/error gate of a view or a chart, the OWID way (fetching container → captioned
 * chart): a placeholder while the data loads; the dataset's error, with "Försök igen" where
 * trying again can help, when it failed; else the children, built from the data. With `frame`
 * (the chart's title) a failure stands in that chart's frame, so the controls above stay usable.
 */
import type { ReactNode } from "react";

import { ChartFrame } from "@/charts/chart-frame";
import { ChartPlaceholder } from "@/charts/chart-placeholder";
import type { Gate } from "@/data/gate";
import { useT } from "@/i18n/i18n";

import { DatasetErrorMessage } from "./dataset-error";

export function DataGate<T>({
  gate,
  frame,
  pending,
  children,
}: {
  gate: Gate<T>;
  frame?: string;
  /** What stands in while the data loads, where a chart-sized placeholder does not fit. */
  pending?: ReactNode;
  /** What the ready data shows; nothing (only the status) when left out. */
  children?: (data: T) => ReactNode;
}) {
  const { t } = useT();
  if (gate.status === "ready") return children?.(gate.data) ?? null;
  if (gate.status === "pending")
    return (
      pending ?? <ChartPlaceholder state="loading" title={t("chart.loading")} />
    );
  const message = (
    <DatasetErrorMessage error={gate.error} onRetry={gate.retry} />
  );
  if (frame === undefined) return message;
  return (
    <ChartFrame title={frame} subtitle={t("chart.errorTitle")} failed>
      {message}
    </ChartFrame>
  );
}
