/**
 * The frame around every chart (OWID's "captioned chart"): title that says the point, subtitle
 * with unit and period, coverage, the chart or table, and the source line with the dataset
 * version. "Om uppgifterna" (definition, source, version) is folded below.
 */
import type { ReactNode } from "react";

import { useT } from "@/i18n/i18n";

export interface ChartFrameProps {
  readonly title: string;
  readonly subtitle: string;
  readonly summary?: string | undefined;
  readonly coverage?: string | undefined;
  readonly controls?: ReactNode;
  /** The "Visa tabell" / "Visa diagram" toggle every chart has. */
  readonly table?:
    { readonly shown: boolean; readonly onToggle: () => void } | undefined;
  readonly sourceLine?: string | undefined;
  readonly about?: ReactNode;
  readonly children: ReactNode;
}

export function ChartFrame(props: ChartFrameProps) {
  const { t } = useT();
  return (
    <figure className="chart-frame">
      <header className="chart-frame__header">
        <h2 className="chart-frame__title">{props.title}</h2>
        <p className="chart-frame__subtitle">{props.subtitle}</p>
        {props.summary !== undefined && (
          <p className="chart-frame__summary">{props.summary}</p>
        )}
        {props.coverage !== undefined && (
          <p className="chart-frame__coverage">{props.coverage}</p>
        )}
      </header>
      {props.table && (
        <div className="chart-frame__actions">
          <TableToggle
            shown={props.table.shown}
            onToggle={props.table.onToggle}
          />
        </div>
      )}
      {props.controls}
      <div className="chart-frame__body">{props.children}</div>
      <figcaption className="chart-frame__source">
        {props.sourceLine}
      </figcaption>
      {props.about !== undefined && (
        <details className="chart-frame__about">
          <summary>{t("chart.about")}</summary>
          {props.about}
        </details>
      )}
    </figure>
  );
}

/** Switches a chart to its table of the same numbers and back. */
export function TableToggle({
  shown,
  onToggle,
}: {
  shown: boolean;
  onToggle: () => void;
}) {
  const { t } = useT();
  return (
    <button
      type="button"
      className="button"
      aria-pressed={shown}
      onClick={onToggle}
    >
      {shown ? t("chart.showChart") : t("chart.showTable")}
    </button>
  );
}
