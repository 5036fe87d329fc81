/**
 * Every note in the latest version of every published dataset has its English
 * (note-translations.ts), so a new dataset version must bring the English of its new notes. The
 * words of the English are checked for Swedish in tests/i18n/messages.test.ts.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

import { beforeAll, describe, expect, it } from "vitest";

import {
  loadManifest,
  loadObservations,
  resolveVersion,
} from "@/data/load-dataset";
import type { ReadFile } from "@/data/read-file";
import { noteEnglish, noteLang, noteText } from "@/domain/note-text";
import { NOTE_TRANSLATIONS } from "@/domain/note-translations";
import { publicNote } from "@/domain/public-note";

import { PUBLIC_DATA } from "../setup";

const read: ReadFile = (file) =>
  Promise.resolve(new Uint8Array(readFileSync(resolve(PUBLIC_DATA, file))));

/** Every non-empty note, by the dataset versions that write it ("lansfakta@1"). */
const latestNotes = new Map<string, string>();
const anyVersionNotes = new Set<string>();

beforeAll(async () => {
  const manifest = await loadManifest(read);
  for (const entry of manifest.datasets) {
    if (entry.kind !== "observations") continue;
    for (const v of entry.versions) {
      const meta = resolveVersion(manifest, entry.id, v.version);
      const { observations } = await loadObservations(read, meta);
      for (const o of observations) {
        if (o.note.trim() === "") continue;
        anyVersionNotes.add(o.note.trim());
        if (v === entry.versions.at(-1))
          latestNotes.set(o.note, `${entry.id}@${v.version}`);
      }
    }
  }
});

describe("note translations", () => {
  it("every note of the latest published datasets has its English", () => {
    const missing = [...latestNotes]
      .filter(([note]) => noteEnglish(note) === undefined)
      .map(([note, where]) => `${where}: ${note}`);
    expect(missing).toEqual([]);
    expect(latestNotes.size).toBeGreaterThan(90);
  });

  it("translates only notes the published data writes (no stale or mistyped keys)", () => {
    const unknown = Object.keys(NOTE_TRANSLATIONS).filter(
      (key) => !anyVersionNotes.has(key),
    );
    expect(unknown).toEqual([]);
  });

  it("the English, like publicNote, names no line of the project's seed files", () => {
    for (const en of Object.values(NOTE_TRANSLATIONS)) {
      expect(en, en).not.toMatch(/\b(?:rad|line|seed)\s+\d/);
      expect(publicNote(en)).toBe(en);
    }
  });
});

describe("noteText", () => {
  it("gives the public Swedish note and its English", () => {
    const note =
      "Raden 'Totalt beviljat' i planen; 'Kvarstående' 0 (rad 3768).";
    expect(noteText(note)).toEqual({
      sv: "Raden 'Totalt beviljat' i planen; 'Kvarstående' 0.",
      en: "The plan's line 'Totalt beviljat' (total granted); 'Kvarstående' (remaining) 0.",
    });
    expect(noteLang(noteText(note), "en")).toBeUndefined();
  });

  it("finds a note written with stray spaces around it", () => {
    expect(
      noteText(" Kontroll: män + kvinnor = 66 + 27 = 93 – stämmer.").en,
    ).toBe("Check: men + women = 66 + 27 = 93 – correct.");
  });

  it("keeps a note it does not know in Swedish, marked as Swedish in English", () => {
    const own = noteText("Egen anteckning (rad 12).");
    expect(own).toEqual({ sv: "Egen anteckning.", en: "Egen anteckning." });
    expect(noteLang(own, "en")).toBe("sv");
    expect(noteLang(own, "sv")).toBeUndefined();
    expect(noteEnglish("constructor")).toBeUndefined();
  });
});
