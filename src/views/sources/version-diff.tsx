/**
 * "Vad har ändrats": two versions of one observations dataset side by side, per area, indicator,
 * breakdown and period. Both versions load through the same validating loader as every chart
 * (an explicit version, so a pin in the URL does not interfere).
 */
import { useState } from "react";

import type { DatasetEntry } from "@/data/schemas/manifest";
import { useT } from "@/i18n/i18n";
import "@/i18n/views/version-diff";
import { SelectField } from "@/ui/field";

import { DiffResult } from "./diff-result";

export function VersionDiff({
  datasets,
}: {
  datasets: readonly DatasetEntry[];
}) {
  const { t, locale } = useT();
  const { candidates, entry, versions, from, to, pickDataset, pick } =
    useVersionPick(datasets);
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
                pickDataset(id);
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
                pick({ from: Number(v), to });
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
                pick({ from, to: Number(v) });
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

/**
 * The dataset compared (one with two versions or more) and the two versions: the two latest until
 * the reader picks others; another dataset starts again from its two latest.
 */
function useVersionPick(datasets: readonly DatasetEntry[]) {
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
  return {
    candidates,
    entry,
    versions,
    from,
    to,
    pickDataset: (id: string) => {
      setDatasetId(id);
      setPicked(null);
    },
    pick: setPicked,
  };
}
