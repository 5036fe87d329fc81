/**
 * The texts of a local dataset ("Egen data"), as the import writes them into it (see
 * message-table.ts for why these are tables of functions): both languages for fields the app
 * keeps in both (an indicator's definition), Swedish for those it keeps in Swedish only.
 */
import type { UiLocale } from "../locales";

import { localDataEn } from "./en/local-data";
import { bothLanguages, formatMessage, type MessageOf } from "./message-table";
import { localDataSv } from "./sv/local-data";

type LocalDataTexts = typeof localDataSv;

/** Both languages' tables (for the tests that check every message). */
export const LOCAL_DATA_TEXTS: Readonly<Record<UiLocale, LocalDataTexts>> = {
  sv: localDataSv,
  en: localDataEn,
};

export type LocalDataMessage = MessageOf<LocalDataTexts>;

/** The message in both languages. */
export function localDataText(message: LocalDataMessage): {
  readonly sv: string;
  readonly en: string;
} {
  return bothLanguages(LOCAL_DATA_TEXTS, message);
}

/** The message in Swedish, for the fields kept in Swedish only. */
export function localDataSwedish(message: LocalDataMessage): string {
  return formatMessage(localDataSv, message);
}
