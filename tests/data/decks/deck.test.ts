import { beforeEach, describe, expect, it } from "vitest";

import {
  DECK_FORMAT,
  duplicateSlide,
  emptyDeck,
  moveSlide,
  parseDeck,
  removeSlide,
  serializeDeck,
  updateSlide,
  type Deck,
  type Slide,
} from "@/data/decks/deck";
import { decodeDeck, deckHash } from "@/data/decks/deck-link";
import { addSlide } from "@/data/decks/add-slide";
import {
  readDecks,
  removeBrokenDecks,
  STORAGE_KEY,
} from "@/data/decks/deck-store";

const slide = (id: string, title = id): Slide => ({
  id,
  query: "?view=compare&kommuner=0127",
  chart: "compare",
  versions: [{ id: "stimulansmedel-2018", version: 1 }],
  title,
  notes: "",
});

const deck = (): Deck => ({
  ...emptyDeck("Workshop"),
  slides: [slide("a"), slide("b"), slide("c")],
});

describe("deck editing", () => {
  it("moves, duplicates, removes and edits slides", () => {
    const d = deck();
    expect(moveSlide(d, 0, 2).slides.map((s) => s.id)).toEqual(["b", "c", "a"]);
    expect(moveSlide(d, 2, 0).slides.map((s) => s.id)).toEqual(["c", "a", "b"]);
    const dup = duplicateSlide(d, 1).slides;
    expect(dup.map((s) => s.title)).toEqual(["a", "b", "b", "c"]);
    expect(dup[2]?.id).not.toBe("b");
    expect(removeSlide(d, 1).slides.map((s) => s.id)).toEqual(["a", "c"]);
    expect(updateSlide(d, 0, { notes: "Säg detta" }).slides[0]?.notes).toBe(
      "Säg detta",
    );
  });
});

describe(parseDeck, () => {
  it("reads back what it writes", () => {
    const d = deck();
    expect(parseDeck(serializeDeck(d))).toEqual({ ok: true, deck: d });
  });

  it("names line and column of broken JSON", () => {
    const result = parseDeck('{\n  "format": "x",\n  oops\n}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toMatchObject({ kind: "json", line: 3 });
  });

  it("says when a file is not a deck at all", () => {
    expect(parseDeck('{"datasets": []}')).toEqual({
      ok: false,
      problem: { kind: "not-a-deck" },
    });
  });

  it("names the field and line of a bad value", () => {
    const d = deck();
    const text = serializeDeck({
      ...d,
      slides: [slide("a"), { ...slide("b"), query: "javascript:alert(1)" }],
    });
    const result = parseDeck(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toMatchObject({
      kind: "field",
      field: "slides.1.query",
    });
    const line = result.problem.kind === "field" ? result.problem.line : null;
    expect(text.split("\n")[(line ?? 0) - 1]).toContain('"query"');
  });

  it("refuses a deck from a newer version of the app", () => {
    const result = parseDeck(
      JSON.stringify({ format: DECK_FORMAT, schemaVersion: 7 }),
    );
    expect(result).toEqual({
      ok: false,
      problem: { kind: "newer", schemaVersion: 7 },
    });
  });
});

describe("deck link", () => {
  it("encodes a deck into the hash and decodes it again", async () => {
    const d = deck();
    const hash = await deckHash(d);
    expect(hash).toMatch(/^#deck=[A-Za-z0-9_-]+$/);
    await expect(decodeDeck(hash.slice("#deck=".length))).resolves.toEqual({
      ok: true,
      deck: d,
    });
  });

  it("reports a damaged link instead of throwing", async () => {
    const result = await decodeDeck("not-really-a-deck");
    expect(result.ok).toBe(false);
  });

  it("stops inflating a small link that would inflate past the limit (a zip bomb)", async () => {
    // 64 MB of spaces deflate to about 64 KB; inflating it all would take the tab's memory.
    const source = new ReadableStream<Uint8Array>({
      start(controller) {
        const chunk = new Uint8Array(1 << 20).fill(0x20);
        for (let i = 0; i < 64; i++) controller.enqueue(chunk);
        controller.close();
      },
    });
    const packed = new Uint8Array(
      await new Response(
        source.pipeThrough(
          new CompressionStream("deflate-raw") as ReadableWritablePair<
            Uint8Array,
            Uint8Array
          >,
        ),
      ).arrayBuffer(),
    );
    let binary = "";
    for (const b of packed) binary += String.fromCharCode(b);
    const encoded = btoa(binary).replace(/\+/g, "-").replace(/\//g, "_");
    expect(encoded.length).toBeLessThan(200_000);
    const result = await decodeDeck(encoded);
    expect(result).toEqual({ ok: false, problem: { kind: "link-too-large" } });
  });

  it("refuses a link longer than any deck could be before decoding it", async () => {
    const result = await decodeDeck("A".repeat(2_000_001));
    expect(!result.ok && result.problem.kind).toBe("link-too-large");
  });
});

describe("deck store", () => {
  beforeEach(() => {
    localStorage.clear();
  });

  it("adds slides to a new deck and keeps them", () => {
    const first = addSlide(slide("a"), "Min presentation");
    expect(first).toMatchObject({ ok: true, number: 1 });
    const second = addSlide(slide("b"), "Min presentation");
    expect(second).toMatchObject({ ok: true, number: 2 });
    const stored = readDecks();
    expect(stored.decks).toHaveLength(1);
    expect(stored.decks[0]?.name).toBe("Min presentation");
    expect(stored.decks[0]?.slides.map((s) => s.id)).toEqual(["a", "b"]);
  });

  it("leaves out a broken stored deck, counts it and can remove it", () => {
    const good = deck();
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({ version: 1, decks: [good, { format: DECK_FORMAT }] }),
    );
    const stored = readDecks();
    expect(stored.decks).toEqual([good]);
    expect(stored.broken).toHaveLength(1);
    removeBrokenDecks();
    expect(readDecks().broken).toHaveLength(0);
    expect(readDecks().decks).toEqual([good]);
  });

  it("survives storage that is not JSON", () => {
    localStorage.setItem(STORAGE_KEY, "{{{");
    expect(readDecks()).toMatchObject({ decks: [], unreadable: true });
  });
});
