/**
 * One key figure: the year it is for, a big number, what it is, its comparisons (against Sweden,
 * since the previous period) in words and symbols, a small visual, details, and its source. Each
 * card loads its own dataset, so the page fills in as files arrive and one broken file costs one
 * card.
 */
import type { ReactNode } from "react";

import { citeSource } from "@/data/citation";
import type { ObservationsDataset } from "@/data/load-dataset";
import { request, useData } from "@/data/use-data";
import type { FormatTag, Indicator } from "@/domain/indicators";
import type { KeyFigureComparison } from "@/domain/metrics/key-figure-comparison";
import type { Observation } from "@/domain/observations";
import {
  formatObservationPeriod,
  periodStatement,
} from "@/domain/format-period";
import { useT, type Translate, type UiLocale } from "@/i18n/i18n";

import { DataGate } from "../shared/data-gate";
import { versionLabel } from "../shared/source-line";
import { FigureComparisons } from "./figure-comparisons";

export interface FigureContent {
  /** The one period the figure is for, as the card states it ("Avser 2022"). */
  readonly period: string;
  readonly value: string;
  readonly label: string;
  /** Against Sweden and the previous period, where the data has them (none: "no comparison"). */
  readonly comparisons: readonly KeyFigureComparison[];
  readonly format: FormatTag;
  /** The year a period's source was published where it states no year of its own. */
  readonly publishedIn?: (period: string) => string | null;
  readonly visual?: ReactNode;
  readonly details?: readonly ReactNode[];
  /** The observations the figure stands on; their sources are cited (comparisons' too). */
  readonly basis: readonly Observation[];
}

export interface FigureCardProps {
  readonly datasetId: string;
  readonly build: (
    dataset: ObservationsDataset,
    indicators: ReadonlyMap<string, Indicator>,
  ) => FigureContent | null;
}

export function FigureCard({ datasetId, build }: FigureCardProps) {
  const { t, locale } = useT();
  const gate = useData({
    dataset: request.observations(datasetId),
    catalogue: request.indicators(),
  });
  if (gate.status === "pending")
    return (
      <li className="figure-card figure-card--loading" aria-busy="true">
        {t("chart.loading")}
      </li>
    );
  // A failed file costs this card only.
  if (gate.status === "error")
    return (
      <li className="figure-card">
        <DataGate gate={gate} />
      </li>
    );
  const { dataset, catalogue } = gate.data;
  // Every key figure's indicator is in the catalogue (tests/domain/indicator-roles): its
  // polarity judges the comparisons, its unstated periods say when the source gives no year.
  const content = build(
    dataset,
    new Map(catalogue.indicators.map((i) => [i.id, i])),
  );
  if (!content) return null;
  const sources = new Map(dataset.entry.sources.map((s) => [s.id, s]));
  const basis = [
    ...content.basis,
    ...content.comparisons.map((c) => c.reference),
  ];
  const cited = [
    ...new Set(
      basis.map((o) => {
        const source = sources.get(o.sourceId);
        return source ? citeSource(source, locale) : o.sourceId;
      }),
    ),
  ];
  const version = `${t("chart.version")} ${versionLabel(dataset, t)}`;
  return (
    <li className="figure-card">
      <p className="figure-card__period">{content.period}</p>
      <div className="figure-card__head">
        <p className="figure-card__value">{content.value}</p>
        {content.visual}
      </div>
      <p className="figure-card__label">{content.label}</p>
      <FigureComparisons
        comparisons={content.comparisons}
        format={content.format}
        publishedIn={content.publishedIn}
      />
      {content.details?.map((detail, i) => (
        <p key={i} className="figure-card__detail">
          {detail}
        </p>
      ))}
      {cited.length === 1 ? (
        <p className="figure-card__source">
          {t("chart.source")}: {cited[0]} · {version}
        </p>
      ) : (
        <details className="figure-card__source">
          <summary>
            {t("overview.sources", { count: cited.length })} · {version}
          </summary>
          <ul>
            {cited.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}

/**
 * The card's period line: "Avser 2022", or "År anges inte i källan (publicerad 2023)" where the
 * source gives no year for the figure (the catalogue's unstatedPeriods), never a bare year.
 */
export function figurePeriod(
  indicator: Indicator | null,
  observation: Observation,
  t: Translate,
  locale: UiLocale,
): string {
  const statement = periodStatement(indicator, observation);
  if ("published" in statement)
    return t("overview.periodUnstated", { published: statement.published });
  return t("overview.period", {
    period: formatObservationPeriod(indicator, observation, locale),
  });
}
