/**
 * The result of comparing two versions of a dataset (VersionDiff): both versions load through the
 * validating loader, then the counts of added, removed and changed observations, and the changes.
 */
import type { DatasetEntry } from "@/data/schemas/manifest";
import { request, useData } from "@/data/use-data";
import { areaIndex } from "@/domain/areas";
import { diffObservations } from "@/domain/dataset-diff";
import { formatNumber } from "@/domain/format";
import type { Observation } from "@/domain/observations";
import { useT } from "@/i18n/i18n";
import { areaNameEn } from "@/i18n/import/en/areas";

import { DataGate } from "../shared/data-gate";

import { DiffChanges } from "./diff-changes";

export function DiffResult({
  entry,
  from,
  to,
}: {
  entry: DatasetEntry;
  from: number;
  to: number;
}) {
  const { t, locale } = useT();
  const gate = useData({
    before: request.observations(entry.id, from),
    after: request.observations(entry.id, to),
    areas: request.areas("kommuner", null),
    catalogue: request.indicators("indikatorer", null),
  });
  if (gate.status !== "ready")
    return (
      <DataGate
        gate={gate}
        pending={<p role="status">{t("versionDiff.loading")}</p>}
      />
    );
  const { before, after, areas, catalogue } = gate.data;

  const diff = diffObservations(before.observations, after.observations);
  const names = areaIndex(areas.areas);
  const areaName = (code: string): string => {
    const name = names.get(code as Observation["area"])?.name ?? code;
    return locale === "en" ? areaNameEn(name) : name;
  };
  const fmt = (n: number) => formatNumber(n, 0, locale);

  return (
    <>
      <p role="status">
        {diff.changes.length === 0
          ? t("versionDiff.none")
          : t("versionDiff.counts", {
              added: fmt(diff.counts.added),
              removed: fmt(diff.counts.removed),
              changed: fmt(diff.counts.changed),
              unchanged: fmt(diff.unchanged),
            })}
      </p>
      {diff.changes.length > 0 && (
        <DiffChanges
          changes={diff.changes}
          from={from}
          to={to}
          datasetId={entry.id}
          areaName={areaName}
          indicators={new Map(catalogue.indicators.map((i) => [i.id, i]))}
        />
      )}
    </>
  );
}
