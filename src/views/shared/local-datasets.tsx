/**
 * The user's own datasets in this browser, with what they hold and a delete button. Shown on
 * Importera and on Data och källor.
 */
import { useState } from "react";

import { useLocalDatasetActions, useLocalDatasets } from "@/data/queries";
import { formatNumber } from "@/domain/format";
import { formatDate } from "@/domain/format-period";
import { useT } from "@/i18n/i18n";
import "@/i18n/views/import";

import { DatasetErrorMessage } from "./dataset-error";
import "./local-datasets.css";

export function LocalDatasets({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { t, locale } = useT();
  const list = useLocalDatasets();
  const actions = useLocalDatasetActions();
  const [status, setStatus] = useState<string>("");
  const [error, setError] = useState<unknown>(null);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section className="card local-datasets" aria-labelledby="local-datasets">
      <Heading id="local-datasets">{t("importView.localHeading")}</Heading>
      <p>{t("importView.localIntro")}</p>
      {list.isError && <DatasetErrorMessage error={list.error} />}
      {error !== null && <DatasetErrorMessage error={error} />}
      {list.data?.length === 0 && <p>{t("importView.localNone")}</p>}
      {list.data && list.data.length > 0 && (
        <ul className="local-datasets__list">
          {list.data.map((d) => (
            <li key={d.id} className="local-datasets__item">
              <div>
                <strong>{d.name}</strong>{" "}
                <span className="meta-line">
                  <code>{d.id}</code>
                </span>
                <p className="meta-line">
                  {t("importView.localImported", {
                    date: formatDate(d.importedAt.slice(0, 10), locale),
                    file: d.fileName,
                  })}{" "}
                  ·{" "}
                  {t("importView.localCounts", {
                    observations: formatNumber(d.observationCount, 0, locale),
                    indicators: formatNumber(d.indicators.length, 0, locale),
                  })}
                </p>
                <ul className="local-datasets__indicators">
                  {d.indicators.map((i) => (
                    <li key={i.id}>{i.label[locale]}</li>
                  ))}
                </ul>
              </div>
              <button
                type="button"
                className="button"
                onClick={() => {
                  if (
                    !window.confirm(
                      t("importView.localDeleteConfirm", { name: d.name }),
                    )
                  )
                    return;
                  setError(null);
                  actions.remove(d.id).then(
                    () => {
                      setStatus(t("importView.localDeleted", { name: d.name }));
                    },
                    (e: unknown) => {
                      setError(e);
                    },
                  );
                }}
              >
                {t("importView.localDelete", { name: d.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p role="status" className="local-datasets__status">
        {status}
      </p>
    </section>
  );
}
