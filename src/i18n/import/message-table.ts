/**
 * Message tables for text produced outside React: the import pipeline (src/data/import,
 * src/data/local) runs in a Web Worker and in Node, where neither React nor i18next exists. A
 * table maps a key to a function of typed parameters, once per language (Swedish is the
 * reference, English has its type); the pipeline produces a message as data, `{ key, params }`,
 * and whoever shows it (the Importera view, `npm run data:check`) formats it in its language.
 *
 * Why functions and not i18next's "{{variable}}" strings: the messages count (1 234 rows),
 * quote the file's text with each language's quotation marks, and some choose words by
 * a parameter; a typed function does that without a second interpolation syntax, and a wrong
 * or missing parameter is a type error where the message is made.
 */
import type { UiLocale } from "../locales";

/** A table of messages: key → text of the parameters (no parameters: a function of none). */
export type MessageTable = Readonly<Record<string, (params: never) => string>>;

/** One message of a table: its key and, when the key takes any, its parameters. */
export type MessageOf<T extends MessageTable> = {
  readonly [K in keyof T & string]: Parameters<T[K]> extends []
    ? { readonly key: K }
    : { readonly key: K; readonly params: Parameters<T[K]>[0] };
}[keyof T & string];

/** The text of a message in one language's table. */
export function formatMessage<T extends MessageTable>(
  table: T,
  message: MessageOf<T>,
): string {
  const format = table[message.key] as (params?: unknown) => string;
  return format("params" in message ? message.params : undefined);
}

/** A message in both languages' tables, for text that is stored in both (an indicator's definition). */
export function bothLanguages<T extends MessageTable>(
  tables: Readonly<Record<UiLocale, T>>,
  message: MessageOf<T>,
): { readonly sv: string; readonly en: string } {
  return {
    sv: formatMessage(tables.sv, message),
    en: formatMessage(tables.en, message),
  };
}
