/**
 * Kommunrapport (`?view=report&kommuner=0127`): the Kommunprofil of one kommun on A4 paper, for a
 * politician. Page 1 is the verdict (health and need against the county in words and symbols, the
 * three largest differences, population and funding in one line) with the kommun's name and the
 * data's date; then the spine charts and the same numbers as tables that fit the page; the gaps
 * and the sources' statements; at the end every source once, numbered, and the dataset versions in
 * one line. Each page's margin carries the kommun's name and "sida N av M" (print.css).
 *
 * It builds on the same data and model as the Kommunprofil (views/shared/use-profile-data), so the
 * report never drifts from the profile.
 */
import "@/i18n/views/report";
import type { UrlStateApi } from "@/navigation/use-url-state";
import { useT } from "@/i18n/i18n";

import { DataGate } from "../shared/data-gate";
import { useProfileData } from "../shared/use-profile-data";

import { ReportBody } from "./report-body";
import { usePageMargins } from "./page-margins";
import "./print.css";
import "./report.css";

export default function ReportView({ url }: { url: UrlStateApi }) {
  const { t } = useT();
  const data = useProfileData(url.state.kommuner.slice(0, 1));
  const { kommun, base } = data;
  usePageMargins(kommun ? t("report.title", { name: kommun.name }) : null);
  const profile = { view: "profile", table: false } as const;
  return (
    <article className="report">
      <div className="report__toolbar">
        <a
          href={url.href(profile)}
          onClick={(event) => {
            event.preventDefault();
            url.update(profile);
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
      {base.status !== "ready" ? (
        <DataGate gate={base} />
      ) : kommun ? (
        <DataGate gate={data.model}>
          {(model) => (
            <ReportBody
              model={model}
              base={[base.data.areas, base.data.catalogue]}
            />
          )}
        </DataGate>
      ) : (
        <p className="profile-prompt">{t("report.choose")}</p>
      )}
    </article>
  );
}
