/**
 * The manifest-like entry and version a local dataset presents to the views, so source lines
 * and "Om uppgifterna" work unchanged: "Källa: Egen data, fil.csv · Dataversion egen-… v1".
 * Made from the stored metadata whenever the dataset is read, so it is never stored itself.
 */
import type { DatasetEntry, DatasetVersion } from "@/data/schemas/manifest";
import {
  localDataSwedish as swedish,
  localDataText as text,
} from "@/i18n/import/local-data-text";

import type { LocalDatasetMeta } from "./local-dataset";

export function localDatasetEntry(meta: LocalDatasetMeta): {
  entry: DatasetEntry;
  version: DatasetVersion;
} {
  const date = meta.importedAt.slice(0, 10);
  const file = meta.fileName;
  const { name } = meta;
  const version: DatasetVersion = {
    version: 1,
    file: `${meta.id}.v1.csv`,
    format: "csv",
    published: date,
    note: text({ key: "versionNote", params: { file } }),
    sha256: meta.sha256,
    bytes: meta.bytes,
  };
  const entry: DatasetEntry = {
    id: meta.id,
    kind: "observations",
    title: text({ key: "title", params: { name } }),
    description: text({ key: "description", params: { file } }),
    licence: swedish({ key: "licence" }),
    sources: [
      {
        id: "egen",
        title: swedish({ key: "sourceTitle", params: { name } }),
        shortTitle: swedish({ key: "sourceShortTitle" }),
        publisher: swedish({ key: "publisher" }),
        year: Number(date.slice(0, 4)),
        section: swedish({ key: "section", params: { file } }),
      },
    ],
    missingReason: text({ key: "missingReason" }),
    ...(meta.coverage ? { coverage: meta.coverage } : {}),
    versions: [version],
  };
  return { entry, version };
}
