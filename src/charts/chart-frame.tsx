/**
 * The frame around every chart (OWID's "captioned chart"): title that says the point, subtitle
 * with unit and period, coverage, the chart or table, and the source line with the dataset
 * version. "Om uppgifterna" (definition, source, version) is folded below.
 */
import { Suspense, useRef, type ReactNode } from "react";

import { stripBidi } from "@/domain/bidi";
import { useT } from "@/i18n/i18n";

import { ChartFrameContext, useChartFrameInfo } from "./chart-frame-context";

import { useChartActions } from "./chart-actions";
import { ChartExport } from "./chart-export";
import { SlideFit } from "./slide-fit";
import type { ChartExportData } from "./export/export-data";

/**
 * Every chart cites its source: a frame without a source line does not type-check. Only a frame
 * whose data failed to load, which shows no figures, says so instead.
 */
type SourceProps =
  | { readonly sourceLine: string; readonly failed?: never }
  | { readonly failed: true; readonly sourceLine?: never };

interface FrameProps {
  readonly title: string;
  readonly subtitle: string;
  readonly summary?: string | undefined;
  readonly coverage?: string | undefined;
  readonly controls?: ReactNode;
  /** The "Visa tabell" / "Visa diagram" toggle every chart has. */
  readonly table?:
    { readonly shown: boolean; readonly onToggle: () => void } | undefined;
  readonly about?: ReactNode;
  /** What the exports (PNG, SVG, CSV) and a presentation slide of this chart carry. */
  readonly exportData?: ChartExportData | undefined;
  readonly children: ReactNode;
}

export type ChartFrameProps = FrameProps & SourceProps;

export function ChartFrame(props: ChartFrameProps) {
  const { t } = useT();
  // The chart inside takes the title as its name and the summary as its description.
  const frame = useChartFrameInfo(props.summary !== undefined, props.table);
  const body = useRef<HTMLDivElement>(null);
  const { Extra, slideChart } = useChartActions();
  // The frame's summary is the exports' summary and a slide's default speaker notes.
  const data = props.exportData && {
    ...props.exportData,
    summary: props.exportData.summary ?? props.summary,
  };
  // On a presentation slide only the slide's chart is shown, without controls (app/presenter).
  const onSlide = slideChart !== null;
  const isSlide = onSlide && data?.id === slideChart;
  return (
    <figure
      className={isSlide ? "chart-frame chart-frame--slide" : "chart-frame"}
    >
      <header className="chart-frame__header">
        {/* Titles carry local data labels: bidi controls in them must not reorder the text. */}
        <h2 className="chart-frame__title" id={frame.titleId}>
          {stripBidi(props.title)}
        </h2>
        <p className="chart-frame__subtitle">{stripBidi(props.subtitle)}</p>
        {props.summary !== undefined && (
          <p className="chart-frame__summary" id={frame.summaryId}>
            {stripBidi(props.summary)}
          </p>
        )}
        {props.coverage !== undefined && (
          <p className="chart-frame__coverage">{stripBidi(props.coverage)}</p>
        )}
      </header>
      {!onSlide && (props.table || data) && (
        <div className="chart-frame__actions">
          {props.table && (
            <TableToggle
              shown={props.table.shown}
              onToggle={props.table.onToggle}
            />
          )}
          {data && <ChartExport data={data} body={body} />}
          {data && Extra && (
            <Suspense fallback={null}>
              <Extra data={data} />
            </Suspense>
          )}
        </div>
      )}
      {!onSlide && props.controls}
      <div className="chart-frame__body" ref={body}>
        <ChartFrameContext value={frame}>
          {isSlide ? <SlideFit>{props.children}</SlideFit> : props.children}
        </ChartFrameContext>
      </div>
      <figcaption className="chart-frame__source">
        {props.sourceLine !== undefined && stripBidi(props.sourceLine)}
      </figcaption>
      {!onSlide && props.about !== undefined && (
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
