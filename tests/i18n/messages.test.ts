/**
 * Every message in both languages: the shell's (sv.ts, en.ts) and every view's
 * (src/i18n/views/*.ts, found by listing the folder, so a view added later is checked too).
 * English must have exactly the Swedish keys, no empty text, the same variables, and no Swedish
 * left untranslated; the English of the data notes (src/domain/note-translations.ts) likewise.
 */
import { readdirSync } from "node:fs";
import { resolve } from "node:path";

import { beforeAll, describe, expect, it } from "vitest";

import { SOURCE_TRANSLATIONS } from "@/data/source-translations";
import { NOTE_TRANSLATIONS } from "@/domain/note-translations";
import { registeredMessages } from "@/i18n/i18n";

import { swedishNoteWords, swedishWords } from "./swedish-words";

const VIEWS_DIR = resolve(import.meta.dirname, "../../src/i18n/views");
const viewModules = import.meta.glob("/src/i18n/views/*.ts");

type Tree = { readonly [key: string]: unknown };

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix === "" ? key : `${prefix}.${key}`;
    if (typeof value === "string") result.set(path, value);
    else if (value !== null && typeof value === "object")
      for (const [k, v] of leaves(value as Tree, path)) result.set(k, v);
    else result.set(path, String(value));
  }
  return result;
}

const variables = (text: string): string[] =>
  [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? "").sort();

/** Top-level keys each view file added when it loaded (so a file that registers nothing fails). */
const registeredBy = new Map<string, string[]>();

beforeAll(async () => {
  for (const [path, load] of Object.entries(viewModules).sort()) {
    const before = new Set(Object.keys(registeredMessages("sv")));
    await load();
    registeredBy.set(
      path,
      Object.keys(registeredMessages("sv")).filter((k) => !before.has(k)),
    );
  }
});

describe("messages", () => {
  const sv = () => leaves(registeredMessages("sv"));
  const en = () => leaves(registeredMessages("en"));

  it("finds every view's message file and each registers its messages", () => {
    const files = readdirSync(VIEWS_DIR)
      .filter((f) => f.endsWith(".ts"))
      .map((f) => `/src/i18n/views/${f}`)
      .sort();
    expect([...registeredBy.keys()]).toEqual(files);
    for (const [file, keys] of registeredBy)
      expect(keys.length, `${file} registers no messages`).toBeGreaterThan(0);
  });

  it("English has exactly the Swedish keys, in the shell and every view", () => {
    const svKeys = [...sv().keys()];
    const enKeys = new Set(en().keys());
    expect(
      svKeys.filter((k) => !enKeys.has(k)),
      "missing in English",
    ).toEqual([]);
    expect(
      [...enKeys].filter((k) => !sv().has(k)),
      "in English only",
    ).toEqual([]);
    expect(svKeys.length).toBeGreaterThan(500);
  });

  it("no message is empty", () => {
    for (const [key, text] of [...sv(), ...en()])
      expect(text.trim(), key).not.toBe("");
  });

  it("both languages use the same interpolation variables", () => {
    const english = en();
    for (const [key, text] of sv())
      expect(variables(english.get(key) ?? ""), key).toEqual(variables(text));
  });

  it("English text has no Swedish left untranslated (words with å, ä or ö)", () => {
    const offenders: string[] = [];
    for (const [key, text] of en()) {
      const unknown = swedishWords(text);
      if (unknown.length > 0) offenders.push(`${key}: ${unknown.join(", ")}`);
    }
    expect(offenders).toEqual([]);
  });

  it("data notes and source texts in English have no Swedish outside the words they quote", () => {
    const offenders = [
      ...Object.values(NOTE_TRANSLATIONS),
      ...Object.values(SOURCE_TRANSLATIONS),
    ].flatMap((text) => {
      const unknown = swedishNoteWords(text);
      return unknown.length > 0 ? [`${text}: ${unknown.join(", ")}`] : [];
    });
    expect(offenders).toEqual([]);
  });

  it("the note check sees Swedish outside quotes only", () => {
    expect(
      swedishNoteWords("Uppgift saknas i källan: 'Samtliga medel har använts'"),
    ).toEqual(["källan", "Uppgift", "saknas"]);
    expect(
      swedishNoteWords("The county's line 'Fördelade medel och så'"),
    ).toEqual([]);
  });

  it("the check would catch Swedish in English", () => {
    expect(swedishWords("Visa tabell för länet i Täby")).toEqual([
      "för",
      "länet",
    ]);
  });
});
