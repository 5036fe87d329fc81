/**
 * Issue 15: what the app saves must read back. Limits are kept on write (texts cut with "…",
 * the 201st slide refused), a deck that fails to load is kept (never dropped by the next save),
 * a full storage is reported as such, and bidi controls never reach a stored deck.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import {
  DECK_LIMITS,
  DECK_FORMAT,
  duplicateSlide,
  emptyDeck,
  fitText,
  parseDeck,
  serializeDeck,
  updateSlide,
  type Deck,
  type Slide,
} from "@/data/decks/deck";
import { brokenDecksText } from "@/data/decks/deck-container";
import { addSlide } from "@/data/decks/add-slide";
import {
  deleteDeck,
  readDecks,
  removeBrokenDecks,
  saveDeck,
  STORAGE_KEY,
} from "@/data/decks/deck-store";
import { DeckStoreError } from "@/data/decks/deck-store-error";

const slide = (id: string, title = id): Slide => ({
  id,
  query: "?view=compare",
  chart: "compare",
  versions: [],
  title,
  notes: "",
});

const fullDeck = (): Deck => ({
  ...emptyDeck("Full"),
  slides: Array.from({ length: DECK_LIMITS.slides }, (_, i) =>
    slide(`s${String(i)}`),
  ),
});

beforeEach(() => {
  localStorage.clear();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe("limits on write", () => {
  it("cuts notes, a title and a name at the limit, and the deck reads back", () => {
    const d = emptyDeck("x".repeat(250));
    saveDeck({ ...d, slides: [slide("a")] });
    const [stored] = readDecks().decks;
    expect(stored?.name).toHaveLength(DECK_LIMITS.name);
    expect(stored?.name.endsWith("…")).toBe(true);
    if (!stored) return;
    saveDeck(
      updateSlide(stored, 0, {
        notes: "n".repeat(10_001),
        title: "t".repeat(400),
      }),
    );
    const back = readDecks();
    expect(back.broken).toHaveLength(0);
    expect(back.decks[0]?.slides[0]?.notes).toHaveLength(DECK_LIMITS.notes);
    expect(back.decks[0]?.slides[0]?.title).toHaveLength(DECK_LIMITS.title);
  });

  it("shortens a slide title from a long label with … at the limit", () => {
    const result = addSlide(slide("a", "Egen data: ".padEnd(500, "x")), "P");
    expect(result.ok).toBe(true);
    const title = readDecks().decks[0]?.slides[0]?.title ?? "";
    expect(title).toHaveLength(DECK_LIMITS.title);
    expect(title.endsWith("…")).toBe(true);
  });

  it("refuses the 201st slide, by adding or duplicating, and keeps the deck", () => {
    saveDeck(fullDeck());
    const result = addSlide(slide("extra"), "P");
    expect(result).toMatchObject({ ok: false, reason: "full" });
    const [stored] = readDecks().decks;
    expect(stored?.slides).toHaveLength(DECK_LIMITS.slides);
    if (!stored) return;
    expect(duplicateSlide(stored, 0).slides).toHaveLength(DECK_LIMITS.slides);
    expect(() => {
      saveDeck({ ...stored, slides: [...stored.slides, slide("more")] });
    }).toThrow(DeckStoreError);
    expect(readDecks()).toMatchObject({ broken: [] });
  });

  it("refuses any other value the next read would refuse, and keeps what is stored", () => {
    saveDeck({ ...emptyDeck("Kept"), slides: [slide("a")] });
    const before = localStorage.getItem(STORAGE_KEY);
    // A view state longer than a slide keeps (a link with thousands of kommun codes).
    const long = {
      ...slide("b"),
      query: `?view=compare&kommuner=${"0127,".repeat(500)}`,
    };
    const result = addSlide(long, "P");
    expect(result).toMatchObject({
      ok: false,
      reason: "invalid",
      field: "slides.1.query",
    });
    const pins = Array.from({ length: 101 }, (_, i) => ({
      id: `d${String(i)}`,
      version: 1,
    }));
    expect(() => {
      saveDeck({
        ...emptyDeck("Pins"),
        slides: [{ ...slide("c"), versions: pins }],
      });
    }).toThrow(expect.objectContaining({ reason: "invalid" }));
    expect(localStorage.getItem(STORAGE_KEY)).toBe(before);
    expect(readDecks()).toMatchObject({ broken: [], unreadable: false });
    expect(readDecks().decks.map((d) => d.name)).toEqual(["Kept"]);
  });

  it("does not cut a surrogate pair in half", () => {
    const cut = fitText(`${"a".repeat(8)}😀😀`, 10);
    expect(cut).toBe(`${"a".repeat(8)}…`);
  });
});

describe("a deck that fails to load", () => {
  const broken = { format: DECK_FORMAT, name: "Trasig" };

  it("is kept when another deck is saved or deleted, and offered as text", () => {
    const good = emptyDeck("Bra");
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({ version: 1, decks: [good, broken] }),
    );
    saveDeck(emptyDeck("Ny"));
    deleteDeck(good.id);
    const stored = readDecks();
    expect(stored.broken).toEqual([broken]);
    expect(JSON.parse(brokenDecksText(stored) ?? "")).toEqual(broken);
    removeBrokenDecks();
    expect(readDecks().broken).toEqual([]);
    expect(brokenDecksText(readDecks())).toBeNull();
  });

  it("keeps unreadable storage aside before the first save replaces it", () => {
    localStorage.setItem(STORAGE_KEY, "{{{ not json");
    saveDeck(emptyDeck("Ny"));
    const stored = readDecks();
    expect(stored.decks).toHaveLength(1);
    expect(stored.unreadableText).toBe("{{{ not json");
    expect(brokenDecksText(stored)).toBe("{{{ not json");
    removeBrokenDecks();
    expect(readDecks().unreadableText).toBeNull();
  });
});

describe("full storage", () => {
  it("throws a DeckStoreError with reason quota, and addSlide says so", () => {
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new DOMException("full", "QuotaExceededError");
    });
    expect(() => {
      saveDeck(emptyDeck("P"));
    }).toThrow(expect.objectContaining({ reason: "quota" }));
    expect(addSlide(slide("a"), "P")).toMatchObject({
      ok: false,
      reason: "quota",
    });
  });
});

describe("bidi controls", () => {
  it("are stripped from names, titles and notes on write and on read", () => {
    const rlo = "\u202e";
    saveDeck({
      ...emptyDeck(`Namn${rlo}2023`),
      slides: [{ ...slide("a", `Rubrik${rlo}`), notes: `\u2066x\u2069\u200f` }],
    });
    const d = readDecks().decks[0];
    expect(d?.name).toBe("Namn2023");
    expect(d?.slides[0]?.title).toBe("Rubrik");
    expect(d?.slides[0]?.notes).toBe("x");
    const file = serializeDeck({ ...emptyDeck("a"), name: `\u202aA\u061cB` });
    const parsed = parseDeck(file);
    expect(parsed.ok && parsed.deck.name).toBe("AB");
  });
});
