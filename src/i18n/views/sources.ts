/** Messages of Data och källor (sv is the reference; en must have the same keys). */
import { registerMessages } from "../i18n";
import type { Widen } from "../widen";

export const sourcesSv = {
  heading: "Data och källor",
  versionsHeading: "Dataversioner som används",
  versionsTable:
    "Tabell: dataset, version, publiceringsdatum och senaste ändring",
  versionsIntro: "Alla siffror i verktyget kommer från dessa versioner.",
  latestChange: "Senaste ändring",
  importLink: "Importera egen data (stannar i din webbläsare)",
  intro:
    "Alla uppgifter i verktyget kommer från de dataset som listas här. En publicerad version ändras aldrig; en rättelse blir en ny version. Kontrollsumman (SHA-256) kontrolleras varje gång en fil läses.",
  exportHeading: "Hela datamängden i ett format",
  exportText:
    "En CSV-fil med varje observation i senaste versionen av varje dataset (punkt som decimaltecken, tomt fält när värde saknas).",
  exportButton: "Ladda ned alla observationer (CSV)",
  exportPreparing: "Förbereder filen …",
  versions: "Versioner",
  version: "Version",
  published: "Publicerad",
  note: "Ändring",
  checksum: "SHA-256",
  size: "Storlek",
  file: "Fil",
  download: "Ladda ned",
  sourcesHeading: "Källor",
  contents: "Dataset",
  licence: "Licens",
  kind: "Innehåll",
  bytes: "{{size}} byte",
} as const;

export const sourcesEn = {
  heading: "Data and sources",
  versionsHeading: "Data versions in use",
  versionsTable: "Table: dataset, version, publication date and latest change",
  versionsIntro: "Every figure in the tool comes from these versions.",
  latestChange: "Latest change",
  importLink: "Import your own data (it stays in your browser)",
  intro:
    "Every figure in the tool comes from the datasets listed here. A published version never changes; a correction becomes a new version. The checksum (SHA-256) is verified every time a file is read.",
  exportHeading: "All data in one file",
  exportText:
    "A CSV file with every observation in the latest version of every dataset (dot as decimal separator, empty field where a value is missing).",
  exportButton: "Download all observations (CSV)",
  exportPreparing: "Preparing the file …",
  versions: "Versions",
  version: "Version",
  published: "Published",
  note: "Change",
  checksum: "SHA-256",
  size: "Size",
  file: "File",
  download: "Download",
  sourcesHeading: "Sources",
  contents: "Datasets",
  licence: "Licence",
  kind: "Content",
  bytes: "{{size}} bytes",
} as const satisfies Widen<typeof sourcesSv>;

registerMessages("sources", sourcesSv, sourcesEn);
