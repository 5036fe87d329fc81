/**
 * "Vad har ändrats": two versions of one observations dataset side by side, per area, indicator,
 * breakdown and period. Both versions load through the same validating loader as every chart
 * (an explicit version, so a pin in the URL does not interfere).
 */
import { useState } from "react";

import type { DatasetEntry } from "@/data/schemas/manifest";
import { request, useData } from "@/data/use-data";
import { areaIndex } from "@/domain/areas";
import { diffObservations } from "@/domain/dataset-diff";
import { formatNumber } from "@/domain/format";
import type { Observation } from "@/domain/observations";
import { useT } from "@/i18n/i18n";
import { areaNameEn } from "@/i18n/import/en/areas";
import "@/i18n/views/version-diff";
import { SelectField } from "@/ui/field";

import { DataGate } from "../shared/data-gate";

import { ChangesTable } from "./changes-table";

const FIRST_ROWS = 200;

export function VersionDiff({
  datasets,
}: {
  datasets: readonly DatasetEntry[];
}) {
  const { t, locale } = useT();
  const candidates = datasets.filter(
    (d) => d.kind === "observations" && d.versions.length >= 2,
  );
  const [datasetId, setDatasetId] = useState(candidates[0]?.id ?? "");
  const entry = candidates.find((d) => d.id === datasetId) ?? candidates[0];
  const versions = entry
    ? [...entry.versions].map((v) => v.version).sort((a, b) => a - b)
    : [];
  const latest = versions.at(-1) ?? 1;
  const [picked, setPicked] = useState<{ from: number; to: number } | null>(
    null,
  );
  const from =
    picked && versions.includes(picked.from)
      ? picked.from
      : (versions.at(-2) ?? 1);
  const to = picked && versions.includes(picked.to) ? picked.to : latest;

  return (
    <section className="card" aria-labelledby="version-diff">
      <h2 id="version-diff">{t("versionDiff.heading")}</h2>
      {!entry ? (
        <p>{t("versionDiff.onlyOne")}</p>
      ) : (
        <>
          <p>{t("versionDiff.intro")}</p>
          <div className="controls">
            <SelectField
              label={t("versionDiff.dataset")}
              value={entry.id}
              wide
              onChange={(id) => {
                setDatasetId(id);
                setPicked(null);
              }}
              options={candidates.map((d) => ({
                value: d.id,
                label: d.title[locale],
              }))}
            />
            <SelectField
              label={t("versionDiff.from")}
              value={String(from)}
              onChange={(v) => {
                setPicked({ from: Number(v), to });
              }}
              options={versions.map((v) => ({
                value: String(v),
                label: `v${String(v)}`,
              }))}
            />
            <SelectField
              label={t("versionDiff.to")}
              value={String(to)}
              onChange={(v) => {
                setPicked({ from, to: Number(v) });
              }}
              options={versions.map((v) => ({
                value: String(v),
                label: `v${String(v)}`,
              }))}
            />
          </div>
          {from === to ? (
            <p>{t("versionDiff.same")}</p>
          ) : (
            <DiffResult
              key={`${entry.id}@${String(from)}-${String(to)}`}
              entry={entry}
              from={from}
              to={to}
            />
          )}
        </>
      )}
    </section>
  );
}

function DiffResult({
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
  const [area, setArea] = useState("");
  const [showAll, setShowAll] = useState(false);
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
  const indicators = new Map(catalogue.indicators.map((i) => [i.id, i]));
  const areaName = (code: string): string => {
    const name = names.get(code as Observation["area"])?.name ?? code;
    return locale === "en" ? areaNameEn(name) : name;
  };
  const areaCodes = [...new Set(diff.changes.map((c) => c.area))].sort();
  const rows = diff.changes.filter((c) => area === "" || c.area === area);
  const shown = showAll ? rows : rows.slice(0, FIRST_ROWS);
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
        <>
          <SelectField
            label={t("versionDiff.area")}
            value={area}
            onChange={setArea}
            options={[
              { value: "", label: t("versionDiff.allAreas") },
              ...areaCodes.map((c) => ({ value: c, label: areaName(c) })),
            ]}
          />
          <ChangesTable
            changes={shown}
            from={from}
            to={to}
            datasetId={entry.id}
            areaName={areaName}
            indicators={indicators}
          />
          {rows.length > shown.length && (
            <p>
              {t("versionDiff.shownOf", {
                shown: fmt(shown.length),
                total: fmt(rows.length),
              })}{" "}
              <button
                type="button"
                className="button"
                onClick={() => {
                  setShowAll(true);
                }}
              >
                {t("versionDiff.showAll", { total: fmt(rows.length) })}
              </button>
            </p>
          )}
        </>
      )}
    </>
  );
}
