/** The dataset versions in use, with their dates and what changed in each latest version (Data och källor). */
import { DataTable } from "@/charts/data-table/data-table";
import { request, useData } from "@/data/use-data";
import { formatDate } from "@/domain/format-period";
import { useT } from "@/i18n/i18n";

import { DataGate } from "../shared/data-gate";
import "@/i18n/views/sources";

export function VersionsTable() {
  const { t, locale } = useT();
  const gate = useData({ manifest: request.manifest() });
  if (gate.status !== "ready")
    return (
      <DataGate
        gate={gate}
        pending={<p aria-busy="true">{t("chart.loading")}</p>}
      />
    );
  const { manifest } = gate.data;
  return (
    <DataTable
      caption={t("sources.versionsTable")}
      captionHidden
      columns={[
        {
          id: "dataset",
          header: t("sources.contents"),
          rowHeader: true,
          cell: ({ d }) => (
            <>
              {d.title[locale]} <code className="meta-line">{d.id}</code>
            </>
          ),
        },
        {
          id: "version",
          header: t("sources.version"),
          cell: ({ latest }) => `v${String(latest.version)}`,
        },
        {
          id: "published",
          header: t("sources.published"),
          cell: ({ latest }) => formatDate(latest.published, locale),
        },
        {
          id: "change",
          header: t("sources.latestChange"),
          cell: ({ latest }) => latest.note[locale],
        },
      ]}
      body={manifest.datasets.map((d) => ({
        d,
        latest: d.versions.reduce((a, b) => (b.version > a.version ? b : a)),
      }))}
      rowKey={({ d }) => d.id}
    />
  );
}
