/** The dataset versions in use, with their dates and what changed in each latest version. */
import { useManifest } from "@/data/queries";
import { formatDate } from "@/domain/format";
import { useT } from "@/i18n/i18n";
import { TableScroll } from "@/ui/table-scroll";

import { DatasetErrorMessage } from "../shared/dataset-error";

export function VersionsTable() {
  const { t, locale } = useT();
  const manifest = useManifest();
  if (manifest.isError) return <DatasetErrorMessage error={manifest.error} />;
  if (!manifest.data) return <p aria-busy="true">{t("chart.loading")}</p>;
  return (
    <TableScroll label={t("overview.versionsTable")}>
      <table className="data-table">
        <caption className="visually-hidden">
          {t("overview.versionsTable")}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("sources.contents")}</th>
            <th scope="col">{t("sources.version")}</th>
            <th scope="col">{t("sources.published")}</th>
            <th scope="col">{t("overview.latestChange")}</th>
          </tr>
        </thead>
        <tbody>
          {manifest.data.datasets.map((d) => {
            const latest = d.versions.reduce((a, b) =>
              b.version > a.version ? b : a,
            );
            return (
              <tr key={d.id}>
                <th scope="row">
                  {d.title[locale]} <code className="meta-line">{d.id}</code>
                </th>
                <td>v{latest.version}</td>
                <td>{formatDate(latest.published, locale)}</td>
                <td>{latest.note[locale]}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
