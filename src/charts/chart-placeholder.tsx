/** Loading, empty and error states of a chart, in the chart's own frame and at its size. */
import type { ReactNode } from "react";

export interface ChartPlaceholderProps {
  readonly state: "loading" | "empty" | "error";
  readonly title?: string;
  readonly children?: ReactNode;
}

export function ChartPlaceholder({
  state,
  title,
  children,
}: ChartPlaceholderProps) {
  return (
    <div
      className={`chart-placeholder chart-placeholder--${state}`}
      role={state === "error" ? "alert" : "status"}
      aria-busy={state === "loading"}
    >
      {title !== undefined && (
        <p className="chart-placeholder__title">{title}</p>
      )}
      {children}
    </div>
  );
}
