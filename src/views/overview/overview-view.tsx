/**
 * Översikt, the start page: the county's key figures with their sources, one card per theme
 * leading to its views, and the dataset versions in use.
 */
// Registers this view's messages with the i18n layer (they load with the view).
import "@/i18n/views/overview";
import type { UrlStateApi } from "@/navigation/use-url-state";
import { useT } from "@/i18n/i18n";

import { KeyFigures } from "./key-figures";
import { ThemeCards } from "./theme-cards";
import { VersionsTable } from "./versions-table";
import "./overview.css";

export default function OverviewView({ url }: { url: UrlStateApi }) {
  const { t } = useT();
  return (
    <>
      <h1 className="view-title">{t("overview.heading")}</h1>
      <p className="lead">{t("overview.lead")}</p>
      <section aria-labelledby="key-figures">
        <h2 id="key-figures">{t("overview.keyFigures")}</h2>
        <KeyFigures />
      </section>
      <section aria-labelledby="themes">
        <h2 id="themes">{t("overview.themesHeading")}</h2>
        <ThemeCards url={url} />
      </section>
      <section aria-labelledby="versions" className="card">
        <h2 id="versions">{t("overview.versionsHeading")}</h2>
        <p>{t("overview.versionsIntro")}</p>
        <VersionsTable />
      </section>
    </>
  );
}
