/**
 * Data och källor: every dataset with its versions (date, note, checksum, size), its sources in
 * full, a download of each file and of the tidy export of everything.
 */
import { useState } from "react";

import { fetchDataFile } from "@/data/read-file";
import type { Manifest } from "@/data/schemas/manifest";
import { request, useData } from "@/data/use-data";
import { buildTidyExport } from "@/data/tidy-export";
import type { UrlStateApi } from "@/navigation/use-url-state";
import { useT } from "@/i18n/i18n";
import "@/i18n/views/version-diff";

import { DatasetErrorMessage } from "../shared/dataset-error";
import { GatedView } from "../shared/gated-view";
import { LocalDatasets } from "../shared/local-datasets";

import { DatasetSection } from "./dataset-section";
import { VersionDiff } from "./version-diff";
import { VersionsTable } from "./versions-table";
import "@/i18n/views/sources";

export default function SourcesView({ url }: { url: UrlStateApi }) {
  const { t } = useT();
  const gate = useData({ manifest: request.manifest() });
  return (
    <GatedView title={t("sources.heading")} gate={gate}>
      {({ manifest }) => <SourcesBody manifest={manifest} url={url} />}
    </GatedView>
  );
}

function SourcesBody({
  manifest,
  url,
}: {
  manifest: Manifest;
  url: UrlStateApi;
}) {
  const { t, locale } = useT();
  return (
    <>
      <p className="lead">{t("sources.intro")}</p>
      <p>{t("versionDiff.pinHelp")}</p>
      <nav className="card toc" aria-labelledby="toc-heading">
        <h2 id="toc-heading">{t("sources.contents")}</h2>
        <ul>
          {manifest.datasets.map((d) => (
            <li key={d.id}>
              <a href={`#ds-${d.id}`}>{d.title[locale]}</a>{" "}
              <span className="meta-line">
                v{Math.max(...d.versions.map((v) => v.version))}
              </span>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="versions" className="card">
        <h2 id="versions">{t("sources.versionsHeading")}</h2>
        <p>{t("sources.versionsIntro")}</p>
        <VersionsTable />
      </section>
      <TidyExport />
      <LocalDatasets />
      <p>
        <a
          href={url.href({ view: "import" })}
          onClick={(event) => {
            event.preventDefault();
            url.update({ view: "import" });
          }}
        >
          {t("sources.importLink")}
        </a>
      </p>
      <VersionDiff datasets={manifest.datasets} />
      {manifest.datasets.map((d) => (
        <DatasetSection key={d.id} dataset={d} url={url} />
      ))}
    </>
  );
}

function TidyExport() {
  const { t } = useT();
  const [state, setState] = useState<{ busy: boolean; error: unknown }>({
    busy: false,
    error: null,
  });
  const download = async (): Promise<void> => {
    setState({ busy: true, error: null });
    try {
      const csv = await buildTidyExport(fetchDataFile);
      const url = URL.createObjectURL(
        new Blob([csv], { type: "text/csv;charset=utf-8" }),
      );
      const a = document.createElement("a");
      a.href = url;
      a.download = "psykisk-halsa-stockholms-lan-alla-observationer.csv";
      a.click();
      URL.revokeObjectURL(url);
      setState({ busy: false, error: null });
    } catch (error) {
      setState({ busy: false, error });
    }
  };
  return (
    <section className="card" aria-labelledby="tidy-export">
      <h2 id="tidy-export">{t("sources.exportHeading")}</h2>
      <p>{t("sources.exportText")}</p>
      <button
        type="button"
        className="button button--primary"
        disabled={state.busy}
        onClick={() => {
          void download();
        }}
      >
        {state.busy ? t("sources.exportPreparing") : t("sources.exportButton")}
      </button>
      {state.error !== null && <DatasetErrorMessage error={state.error} />}
    </section>
  );
}
