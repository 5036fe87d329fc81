/**
 * Kommunrapport (`?view=report&kommuner=0127`): a print-ready page with everything the
 * Kommunprofil shows for one kommun — key facts, one spine chart per theme and the same numbers
 * as tables, the gaps and the sources' statements — followed by the sources and the dataset
 * versions used. Printing it (or "Spara som PDF") gives clean A4 pages: print.css drops the
 * navigation and every control and puts each chart on its own page.
 *
 * It composes the Kommunprofil through the view registry (a view never imports another): the
 * profile is rendered twice with a fixed state, once with charts and once with tables, so the
 * report never drifts from the profile.
 */
import { Suspense } from "react";

import { ChartActionsContext } from "@/charts/chart-actions";
import { ChartPlaceholder } from "@/charts/chart-placeholder";
import { fullCitation } from "@/data/citation";
import { request, useData } from "@/data/use-data";
import { formatDate } from "@/domain/format-period";
import { profileDatasetIds } from "@/domain/profile-datasets";
import { today } from "@/domain/today";
import { useT } from "@/i18n/i18n";
import type { UrlStateApi } from "@/navigation/use-url-state";
import type { ViewState } from "@/navigation/url-state";

import { fixedUrl, VIEW_COMPONENTS } from "../registry";
import "./print.css";

const ProfileView = VIEW_COMPONENTS.profile;

/** No export menus or share buttons on paper. */
const NO_ACTIONS = { Extra: null, slideChart: null };

export default function ReportView({ url }: { url: UrlStateApi }) {
  const { t, locale } = useT();
  const profile: ViewState = {
    ...url.state,
    view: "profile",
    kommuner: url.state.kommuner.slice(0, 1),
    indicator: null,
    period: null,
    group: null,
    table: false,
  };
  const back = url.href({ ...profile, view: "profile" });
  return (
    <article className="report">
      <div className="report__toolbar">
        <a
          href={back}
          onClick={(event) => {
            event.preventDefault();
            url.update({ view: "profile", table: false });
          }}
        >
          {t("report.back")}
        </a>
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            window.print();
          }}
        >
          {t("report.print")}
        </button>
        <p className="report__hint">{t("report.hint")}</p>
      </div>
      <p className="report__kicker">
        {t("report.kicker", { date: formatDate(today(), locale) })}
      </p>
      <ChartActionsContext value={NO_ACTIONS}>
        <Suspense
          fallback={
            <ChartPlaceholder state="loading" title={t("chart.loading")} />
          }
        >
          <section className="report__charts">
            <ProfileView url={fixedUrl(profile)} />
          </section>
          {profile.kommuner.length > 0 && (
            <section className="report__tables" aria-labelledby="report-tables">
              <h2 id="report-tables" className="report__section-title">
                {t("report.tables")}
              </h2>
              <ProfileView url={fixedUrl({ ...profile, table: true })} />
            </section>
          )}
        </Suspense>
      </ChartActionsContext>
      <ReportSources pins={url.state.versions} />
    </article>
  );
}

/** The datasets the report draws on: id, version in force, published, and full citations. */
function ReportSources({
  pins,
}: {
  pins: readonly { readonly id: string; readonly version: number }[];
}) {
  const { t, locale } = useT();
  const gate = useData({
    manifest: request.manifest(),
    catalogue: request.indicators(),
  });
  // The list of sources closes the report once it is known; the report itself shows any failure.
  if (gate.status !== "ready") return null;
  const { manifest, catalogue } = gate.data;
  const used = new Set([
    "kommuner",
    "indikatorer",
    ...profileDatasetIds(catalogue.indicators),
  ]);
  const entries = manifest.datasets.filter((d) => used.has(d.id));
  return (
    <section className="report__sources" aria-labelledby="report-sources">
      <h2 id="report-sources" className="report__section-title">
        {t("report.sources")}
      </h2>
      <ul>
        {entries.map((entry) => {
          const latest = entry.versions.reduce((a, b) =>
            b.version > a.version ? b : a,
          );
          const version =
            entry.versions.find(
              (v) => v.version === pins.find((p) => p.id === entry.id)?.version,
            ) ?? latest;
          return (
            <li key={entry.id}>
              <strong>
                {entry.title[locale]} ({entry.id}@{version.version})
              </strong>
              {" · "}
              {t("report.published", {
                date: formatDate(version.published, locale),
              })}
              {" · SHA-256 "}
              <code>{version.sha256.slice(0, 12)}…</code>
              <ul>
                {entry.sources.map((s) => (
                  <li key={s.id}>{fullCitation(s)}</li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
