/**
 * One dataset on Data och källor: its title, description, kind and licence, its versions with
 * their files, and its sources in full (open when there are three or fewer).
 */
import { fullCitation, sourceText } from "@/data/citation";
import type { DatasetEntry } from "@/data/schemas/manifest";
import type { UrlStateApi } from "@/navigation/use-url-state";
import { useT } from "@/i18n/i18n";

import { DatasetVersionsTable } from "./dataset-versions-table";
import "@/i18n/views/sources";

export function DatasetSection({
  dataset: d,
  url,
}: {
  dataset: DatasetEntry;
  url: UrlStateApi;
}) {
  const { t, locale } = useT();
  return (
    <section className="card dataset" aria-labelledby={`ds-${d.id}`}>
      <h2 id={`ds-${d.id}`}>{d.title[locale]}</h2>
      <p>{d.description[locale]}</p>
      <p className="meta-line">
        <code>{d.id}</code> · {t("sources.kind")}: {t(`kinds.${d.kind}`)} ·{" "}
        {t("sources.licence")}: {sourceText(d.licence)[locale]}
      </p>
      <h3>{t("sources.versions")}</h3>
      <DatasetVersionsTable dataset={d} url={url} />
      <details className="sources-details" open={d.sources.length <= 3}>
        <summary>
          {t("sources.sourcesHeading")} ({d.sources.length})
        </summary>
        <ul className="source-list">
          {d.sources.map((s) => (
            <li key={s.id}>
              {fullCitation(s, locale, false)}
              {s.url !== undefined && (
                <>
                  {". "}
                  <a href={s.url} rel="noreferrer">
                    {s.url}
                  </a>
                </>
              )}
              {s.note !== undefined && s.note !== "" && (
                <span className="table-note">{sourceText(s.note)[locale]}</span>
              )}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
