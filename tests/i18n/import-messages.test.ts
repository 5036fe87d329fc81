/**
 * The import pipeline's message tables (src/i18n/import), checked like the other message files
 * (tests/i18n/messages.test.ts): every message of both languages is formatted from its samples
 * (import-message-samples.ts, one or more per key, every branch of the words); none is empty,
 * each language shows every parameter, and English has no Swedish left untranslated. The parts
 * of the tables never share a key (a later part would silently replace an earlier one).
 */
import { describe, expect, it } from "vitest";

import {
  IMPORT_PARTS_SV,
  IMPORT_TEXTS,
  importText,
} from "@/i18n/import/import-text";
import { LOCAL_DATA_TEXTS, localDataText } from "@/i18n/import/local-data-text";
import type { UiLocale } from "@/i18n/locales";

import { IMPORT_SAMPLES, LOCAL_DATA_SAMPLES } from "./import-message-samples";
import { swedishWords } from "./swedish-words";

/**
 * Swedish the English import messages quote on purpose: the letters a Windows-1252 file may
 * garble, and headings of a Swedish file ("Kommunkod;Indikator;År;Värde").
 */
const QUOTED = ["å", "ä", "ö", "År", "Värde"];

interface Formatted {
  readonly key: string;
  readonly params: unknown;
  readonly text: Record<UiLocale, string>;
}

const formatted: Formatted[] = [
  ...Object.values(IMPORT_SAMPLES)
    .flat()
    .map((m) => ({
      key: m.key,
      params: "params" in m ? m.params : null,
      text: { sv: importText(m, "sv"), en: importText(m, "en") },
    })),
  ...Object.values(LOCAL_DATA_SAMPLES)
    .flat()
    .map((m) => ({
      key: m.key,
      params: "params" in m ? m.params : null,
      text: localDataText(m),
    })),
];

/** The markers among a sample's parameters: "x-…" texts and the counts 101–999. */
function markers(value: unknown): string[] {
  if (typeof value === "string") return value.startsWith("x-") ? [value] : [];
  if (typeof value === "number")
    return Number.isInteger(value) && value > 100 && value < 1000
      ? [String(value)]
      : [];
  if (value !== null && typeof value === "object")
    return Object.values(value).flatMap(markers);
  return [];
}

describe("import messages", () => {
  it("has a sample of every message", () => {
    expect(Object.keys(IMPORT_SAMPLES).sort()).toEqual(
      Object.keys(IMPORT_TEXTS.sv).sort(),
    );
    expect(Object.keys(LOCAL_DATA_SAMPLES).sort()).toEqual(
      Object.keys(LOCAL_DATA_TEXTS.sv).sort(),
    );
  });

  it("keeps every key in one part of the tables", () => {
    const keys = IMPORT_PARTS_SV.flatMap((part) => Object.keys(part));
    expect(keys.length).toBe(new Set(keys).size);
    expect(keys.length).toBe(Object.keys(IMPORT_TEXTS.en).length);
  });

  it.each(["sv", "en"] as const)("no %s message is empty", (locale) => {
    for (const { key, text } of formatted)
      expect(text[locale].trim(), key).not.toBe("");
  });

  it.each(["sv", "en"] as const)(
    "every %s message shows every parameter",
    (locale) => {
      const missing = formatted.flatMap(({ key, params, text }) =>
        markers(params)
          .filter((marker) => !text[locale].includes(marker))
          .map((marker) => `${key}: ${marker}`),
      );
      expect(missing).toEqual([]);
    },
  );

  it("English has no Swedish left untranslated", () => {
    const offenders = formatted.flatMap(({ key, text }) => {
      const words = swedishWords(text.en, QUOTED);
      return words.length > 0 ? [`${key}: ${words.join(", ")}`] : [];
    });
    expect(offenders).toEqual([]);
  });

  it("the checks would catch a Swedish word and a lost parameter", () => {
    expect(swedishWords("The file is tom", QUOTED)).toEqual([]);
    expect(swedishWords("The row används not", QUOTED)).toEqual(["används"]);
    expect(markers({ a: "x-one", b: [150, "plain"], c: 7 })).toEqual([
      "x-one",
      "150",
    ]);
  });
});
