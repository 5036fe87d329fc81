/**
 * "Jämför med": the county's kommuner (the ranked bars), similar kommuner in Sweden (the selected
 * kommun's kommungrupp 2017) or all kommuner in Sweden. The national choices are offered only for
 * an indicator with a national dataset, shown as Kolada reports it, or imported from a file with
 * rows for the rest of Sweden (Egen data); otherwise the hint says why.
 */
import { useId } from "react";

import type { AreaCode } from "@/domain/areas";
import type { Indicator } from "@/domain/indicators";
import { nationalDatasetOf } from "@/domain/national";
import {
  localNationalDatasetOf,
  useLocalMetas,
} from "@/data/local/local-national";
import { request, useData } from "@/data/use-data";
import type { Mode, Reference } from "@/navigation/url-state";
import { useT } from "@/i18n/i18n";
import { Segmented } from "@/ui/field";

import "./reference-control.css";

/**
 * The national dataset to compare with (null when there is none to use) and why a choice is
 * closed: no national values, per inhabitant, or (for "liknande kommuner") no kommun selected.
 */
export interface Availability {
  readonly datasetId: string | null;
  readonly reason: string | null;
  readonly group: boolean;
}

export function useNationalAvailability(
  indicator: Indicator,
  mode: Mode,
  selected: readonly AreaCode[],
): Availability | null {
  const { t, locale } = useT();
  const gate = useData({ manifest: request.manifest() });
  const local = useLocalMetas();
  if (gate.status !== "ready") return null;
  const published = new Set(gate.data.manifest.datasets.map((d) => d.id));
  // An imported file's own rows for all of Sweden first, else the KPI's national dataset.
  const datasetId =
    localNationalDatasetOf(indicator, local) ??
    nationalDatasetOf(indicator, published);
  if (datasetId === null)
    return {
      datasetId,
      group: false,
      reason: t("compare.refNoData", {
        label: indicator.label[locale],
      }),
    };
  if (mode === "per-capita")
    return {
      datasetId: null,
      group: false,
      reason: t("compare.refPerCapita"),
    };
  return selected.length === 0
    ? { datasetId, group: false, reason: t("compare.refChooseKommun") }
    : { datasetId, group: true, reason: null };
}

export function ReferenceControl({
  value,
  availability,
  onChange,
}: {
  value: Reference;
  availability: Availability | null;
  onChange: (value: Reference) => void;
}) {
  const { t } = useT();
  const hint = useId();
  const reason = availability?.reason ?? null;
  return (
    <div className="reference-control">
      <Segmented
        label={t("compare.reference")}
        value={value}
        describedBy={reason === null ? undefined : hint}
        options={[
          { value: "county", label: t("compare.refCounty") },
          {
            value: "group",
            label: t("compare.refGroup"),
            disabled: availability?.group !== true,
          },
          {
            value: "sweden",
            label: t("compare.refSweden"),
            disabled: (availability?.datasetId ?? null) === null,
          },
        ]}
        onChange={(v) => {
          onChange(v as Reference);
        }}
      />
      {reason !== null && (
        <p id={hint} className="field__hint">
          {reason}
        </p>
      )}
    </div>
  );
}
