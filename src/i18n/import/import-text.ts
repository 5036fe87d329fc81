/**
 * The messages of the import pipeline (src/data/import): every problem, repair and guess a
 * report lists, and the plain-text report of `npm run data:check`. The pipeline's issues carry
 * `{ key, params }` (an ImportMessage), never text, so a report is the same in both languages;
 * the Importera view and the CLI call importText() in theirs. Why these are tables of functions
 * and not i18next messages: see message-table.ts.
 */
import type { UiLocale } from "../locales";

import { areasEn } from "./en/areas";
import { cellsEn } from "./en/cells";
import { csvEn } from "./en/csv";
import { fileEn } from "./en/file";
import { jsonEn } from "./en/json";
import { jsonStatEn } from "./en/json-stat";
import { layoutEn } from "./en/layout";
import { mappingEn } from "./en/mapping";
import { reportEn } from "./en/report";
import { valuesEn } from "./en/values";
import { formatMessage, type MessageOf } from "./message-table";
import { areasSv } from "./sv/areas";
import { cellsSv } from "./sv/cells";
import { csvSv } from "./sv/csv";
import { fileSv } from "./sv/file";
import { jsonSv } from "./sv/json";
import { jsonStatSv } from "./sv/json-stat";
import { layoutSv } from "./sv/layout";
import { mappingSv } from "./sv/mapping";
import { reportSv } from "./sv/report";
import { valuesSv } from "./sv/values";

/** The Swedish parts, in pipeline order; a key is in one part only (tests/i18n checks). */
export const IMPORT_PARTS_SV = [
  fileSv,
  csvSv,
  cellsSv,
  areasSv,
  layoutSv,
  valuesSv,
  mappingSv,
  jsonSv,
  jsonStatSv,
  reportSv,
] as const;

const importSv = {
  ...fileSv,
  ...csvSv,
  ...cellsSv,
  ...areasSv,
  ...layoutSv,
  ...valuesSv,
  ...mappingSv,
  ...jsonSv,
  ...jsonStatSv,
  ...reportSv,
};

export type ImportTexts = typeof importSv;

const importEn: ImportTexts = {
  ...fileEn,
  ...csvEn,
  ...cellsEn,
  ...areasEn,
  ...layoutEn,
  ...valuesEn,
  ...mappingEn,
  ...jsonEn,
  ...jsonStatEn,
  ...reportEn,
};

/** Both languages' tables (for the tests that check every message). */
export const IMPORT_TEXTS: Readonly<Record<UiLocale, ImportTexts>> = {
  sv: importSv,
  en: importEn,
};

/** A message of the import pipeline: a key of the tables and its parameters. */
export type ImportMessage = MessageOf<ImportTexts>;

/** The text of an import message in one language. */
export function importText(message: ImportMessage, locale: UiLocale): string {
  return formatMessage(IMPORT_TEXTS[locale], message);
}
