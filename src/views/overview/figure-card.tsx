/**
 * One key figure: a big number, what it is, details, and its source. Each card loads its own
 * dataset, so the page fills in as files arrive and one broken file costs one card.
 */
import type { ReactNode } from "react";

import { citeSource } from "@/data/citation";
import type { ObservationsDataset } from "@/data/load-dataset";
import { request, useData } from "@/data/use-data";
import type { Indicator } from "@/domain/indicators";
import type { Observation } from "@/domain/observations";
import { useT } from "@/i18n/i18n";

import { DataGate } from "../shared/data-gate";
import { versionLabel } from "../shared/source-line";

export interface FigureContent {
  readonly value: string;
  readonly label: string;
  readonly details?: readonly ReactNode[];
  /** The observations the figure stands on; their sources are cited. */
  readonly basis: readonly Observation[];
}

export interface FigureCardProps {
  readonly datasetId: string;
  /**
   * The card also loads the indicator catalogue (it prints a period the way the catalogue says
   * the source states it); the others never wait for it.
   */
  readonly withCatalogue?: boolean;
  readonly build: (
    dataset: ObservationsDataset,
    indicators: ReadonlyMap<string, Indicator>,
  ) => FigureContent | null;
}

export function FigureCard({
  datasetId,
  withCatalogue = false,
  build,
}: FigureCardProps) {
  const { t } = useT();
  const gate = useData({
    dataset: request.observations(datasetId),
    catalogue: withCatalogue ? request.indicators() : null,
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
  const content = build(
    dataset,
    new Map(catalogue?.indicators.map((i) => [i.id, i]) ?? []),
  );
  if (!content) return null;
  const sources = new Map(dataset.entry.sources.map((s) => [s.id, s]));
  const cited = [
    ...new Set(
      content.basis.map((o) => {
        const source = sources.get(o.sourceId);
        return source ? citeSource(source) : o.sourceId;
      }),
    ),
  ];
  const version = `${t("chart.version")} ${versionLabel(dataset, t)}`;
  return (
    <li className="figure-card">
      <p className="figure-card__value">{content.value}</p>
      <p className="figure-card__label">{content.label}</p>
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
