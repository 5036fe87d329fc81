/**
 * "Vad har ändrats": two versions of one observations dataset side by side, per area, indicator,
 * breakdown and period. Both versions load through the same validating loader as every chart
 * (an explicit version, so a pin in the URL does not interfere).
 */
import { useState } from "react";

import type { DatasetEntry } from "@/data/schemas/manifest";
import { useAreas, useIndicators, useObservations } from "@/data/queries";
import { areaIndex } from "@/domain/areas";
import {
  diffObservations,
  type ObservationChange,
} from "@/domain/dataset-diff";
import {
  formatDifference,
  formatNumber,
  formatPeriod,
  formatValue,
} from "@/domain/format";
import type { Indicator } from "@/domain/indicators";
import type { Observation } from "@/domain/observations";
import { useT, type Translate } from "@/i18n/i18n";
import "@/i18n/views/version-diff";
import { SelectField } from "@/ui/field";
import { TableScroll } from "@/ui/table-scroll";

import { DatasetErrorMessage } from "../shared/dataset-error";

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
  const before = useObservations(entry.id, from);
  const after = useObservations(entry.id, to);
  const areas = useAreas("kommuner", null);
  const catalogue = useIndicators("indikatorer", null);
  const [area, setArea] = useState("");
  const [showAll, setShowAll] = useState(false);
  const failed = [before, after, areas, catalogue].find((q) => q.isError);
  if (failed) return <DatasetErrorMessage error={failed.error} />;
  if (!before.data || !after.data || !areas.data || !catalogue.data)
    return <p role="status">{t("versionDiff.loading")}</p>;

  const diff = diffObservations(
    before.data.observations,
    after.data.observations,
  );
  const names = areaIndex(areas.data.areas);
  const indicators = new Map(catalogue.data.indicators.map((i) => [i.id, i]));
  const areaName = (code: string): string =>
    names.get(code as Observation["area"])?.name ?? code;
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
          <TableScroll
            label={t("versionDiff.tableLabel", {
              from: `v${String(from)}`,
              to: `v${String(to)}`,
              dataset: entry.id,
            })}
          >
            <table className="data-table">
              <caption className="visually-hidden">
                {t("versionDiff.tableLabel", {
                  from: `v${String(from)}`,
                  to: `v${String(to)}`,
                  dataset: entry.id,
                })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t("versionDiff.colArea")}</th>
                  <th scope="col">{t("versionDiff.colIndicator")}</th>
                  <th scope="col">{t("versionDiff.colBreakdown")}</th>
                  <th scope="col">{t("versionDiff.colPeriod")}</th>
                  <th scope="col">{t("versionDiff.colKind")}</th>
                  <th scope="col" className="num">
                    {t("versionDiff.colBefore")} (v{from})
                  </th>
                  <th scope="col" className="num">
                    {t("versionDiff.colAfter")} (v{to})
                  </th>
                  <th scope="col" className="num">
                    {t("versionDiff.colDifference")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.map((c) => (
                  <ChangeRow
                    key={`${c.area}|${c.indicator}|${c.breakdown}|${c.period}`}
                    change={c}
                    areaName={areaName(c.area)}
                    indicator={indicators.get(c.indicator)}
                    t={t}
                  />
                ))}
              </tbody>
            </table>
          </TableScroll>
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

function ChangeRow({
  change,
  areaName,
  indicator,
  t,
}: {
  change: ObservationChange;
  areaName: string;
  indicator: Indicator | undefined;
  t: Translate;
}) {
  const { locale } = useT();
  const cell = (o: Observation | null): string => {
    if (!o) return t("versionDiff.absent");
    if (o.value === null) {
      if (o.low !== null && o.high !== null)
        return `${value(o.low)}–${value(o.high)}`;
      return t("versionDiff.missing");
    }
    return value(o.value);
  };
  const value = (n: number): string =>
    indicator
      ? formatValue(n, indicator.format, locale)
      : formatNumber(n, 2, locale);
  const label = indicator?.label[locale] ?? change.indicator;
  const breakdown =
    change.breakdown === ""
      ? "–"
      : (indicator?.breakdowns[change.breakdown]?.[locale] ?? change.breakdown);
  return (
    <tr className={`diff-row diff-row--${change.kind}`}>
      <th scope="row">{areaName}</th>
      <td>{label}</td>
      <td>{breakdown}</td>
      <td>{formatPeriod(change.period)}</td>
      <td>
        {t(`versionDiff.kind.${change.kind}`)}
        {change.kind === "changed" && (
          <span className="table-note">
            {t("versionDiff.changedFields", {
              fields: change.fields
                .map((f) => t(`versionDiff.fields.${f}`))
                .join(", "),
            })}
          </span>
        )}
      </td>
      <td className="num">{cell(change.before)}</td>
      <td className="num">{cell(change.after)}</td>
      <td className="num">
        {change.difference === null
          ? "–"
          : indicator
            ? formatDifference(change.difference, indicator.format, locale)
            : formatNumber(change.difference, 2, locale)}
      </td>
    </tr>
  );
}
