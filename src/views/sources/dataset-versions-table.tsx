/** A dataset's versions, newest first: date, note, file to download, size, checksum and pin. */
import { DataTable } from "@/charts/data-table/data-table";
import type { DatasetEntry } from "@/data/schemas/manifest";
import { formatNumber } from "@/domain/format";
import { formatDate } from "@/domain/format-period";
import { useT } from "@/i18n/i18n";
import type { UrlStateApi } from "@/navigation/use-url-state";

import { PinToggle } from "./pin-toggle";
import "@/i18n/views/sources";

const dataUrl = (file: string): string =>
  `${import.meta.env.BASE_URL}data/${file}`;

export function DatasetVersionsTable({
  dataset: d,
  url,
}: {
  dataset: DatasetEntry;
  url: UrlStateApi;
}) {
  const { t, locale } = useT();
  return (
    <DataTable
      caption={`${t("sources.versions")}: ${d.title[locale]}`}
      captionHidden
      columns={[
        {
          id: "version",
          header: t("sources.version"),
          rowHeader: true,
          cell: (v) => `v${String(v.version)}`,
        },
        {
          id: "published",
          header: t("sources.published"),
          cell: (v) => formatDate(v.published, locale),
        },
        {
          id: "note",
          header: t("sources.note"),
          cell: (v) => v.note[locale],
        },
        {
          id: "file",
          header: t("sources.file"),
          cell: (v) => (
            <a href={dataUrl(v.file)} download={v.file}>
              {v.file}
            </a>
          ),
        },
        {
          id: "size",
          header: t("sources.size"),
          numeric: true,
          cell: (v) =>
            t("sources.bytes", { size: formatNumber(v.bytes, 0, locale) }),
        },
        {
          id: "checksum",
          header: t("sources.checksum"),
          cell: (v) => <code className="checksum">{v.sha256}</code>,
        },
        {
          id: "pin",
          header: t("versionDiff.pinColumn"),
          cell: (v) => <PinToggle url={url} id={d.id} version={v.version} />,
        },
      ]}
      body={[...d.versions].sort((a, b) => b.version - a.version)}
      rowKey={(v) => String(v.version)}
    />
  );
}
