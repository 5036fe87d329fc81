/**
 * Översikt, the start page: the county's key figures with their sources, one card per theme
 * leading to its views, and one line on the data with a link to Data och källor.
 */
// Registers this view's messages with the i18n layer (they load with the view).
import "@/i18n/views/overview";
import type { UrlStateApi } from "@/navigation/use-url-state";
import { useT } from "@/i18n/i18n";

import { KeyFigures } from "./key-figures";
import { ThemeCards } from "./theme-cards";
import { DataLine } from "./data-line";
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
      <DataLine url={url} />
    </>
  );
}
