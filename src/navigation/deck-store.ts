/**
 * The decks kept in this browser (localStorage): a versioned container of decks, each checked
 * with the deck schema when read. A broken entry never breaks the app: it is left out and
 * counted, so the Presentation view can say so and offer to delete it. Writes notify every
 * subscriber in this tab (and other tabs through the "storage" event).
 */
import { useSyncExternalStore } from "react";

import { checkDeck, emptyDeck, type Deck, type Slide } from "./deck";

export const STORAGE_KEY = "psykisk-halsa.decks";
const CURRENT_KEY = "psykisk-halsa.current-deck";
const STORE_VERSION = 1;
const EVENT = "deckstorechange";

export interface StoredDecks {
  readonly decks: readonly Deck[];
  /** Entries that did not pass the schema (left out). */
  readonly broken: number;
  /** The stored text was not a deck container at all. */
  readonly unreadable: boolean;
  readonly currentId: string | null;
}

const EMPTY: StoredDecks = {
  decks: [],
  broken: 0,
  unreadable: false,
  currentId: null,
};

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    // Storage can be switched off (privacy settings); decks then live only in files and links.
    return null;
  }
}

function parseStore(raw: string | null, currentId: string | null): StoredDecks {
  if (raw === null) return { ...EMPTY, currentId };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ...EMPTY, unreadable: true, currentId };
  }
  const container = value as { version?: unknown; decks?: unknown } | null;
  if (
    container === null ||
    typeof container !== "object" ||
    container.version !== STORE_VERSION ||
    !Array.isArray(container.decks)
  ) {
    return { ...EMPTY, unreadable: true, currentId };
  }
  const decks: Deck[] = [];
  let broken = 0;
  for (const item of container.decks as unknown[]) {
    const result = checkDeck(item);
    if (result.ok) decks.push(result.deck);
    else broken++;
  }
  return { decks, broken, unreadable: false, currentId };
}

let cache: { key: string; value: StoredDecks } | null = null;

/** What is stored now (the same object while nothing changed, for useSyncExternalStore). */
export function readDecks(): StoredDecks {
  const s = storage();
  const raw = s?.getItem(STORAGE_KEY) ?? null;
  const currentId = s?.getItem(CURRENT_KEY) ?? null;
  const key = `${currentId ?? ""}\u0000${raw ?? ""}`;
  if (cache?.key !== key) cache = { key, value: parseStore(raw, currentId) };
  return cache.value;
}

function notify(): void {
  window.dispatchEvent(new Event(EVENT));
}

function writeDecks(decks: readonly Deck[]): void {
  const s = storage();
  if (!s) throw new Error("localStorage is not available");
  s.setItem(STORAGE_KEY, JSON.stringify({ version: STORE_VERSION, decks }));
  notify();
}

export function setCurrentDeck(id: string): void {
  storage()?.setItem(CURRENT_KEY, id);
  notify();
}

/** Adds or replaces a deck (by id) and makes it the current one. */
export function saveDeck(deck: Deck): void {
  const { decks } = readDecks();
  const exists = decks.some((d) => d.id === deck.id);
  writeDecks(
    exists ? decks.map((d) => (d.id === deck.id ? deck : d)) : [...decks, deck],
  );
  setCurrentDeck(deck.id);
}

export function deleteDeck(id: string): void {
  writeDecks(readDecks().decks.filter((d) => d.id !== id));
}

/** Rewrites the store with only the decks that passed the schema. */
export function removeBrokenDecks(): void {
  writeDecks(readDecks().decks);
}

/** The current deck, or the first, or null. */
export function currentDeck(stored: StoredDecks): Deck | null {
  return (
    stored.decks.find((d) => d.id === stored.currentId) ??
    stored.decks[0] ??
    null
  );
}

/**
 * Appends a slide to the current deck (a new deck named `newDeckName` when there is none);
 * returns the deck and the slide's 1-based number.
 */
export function addSlide(
  slide: Slide,
  newDeckName: string,
): { deck: Deck; number: number } {
  const stored = readDecks();
  const base = currentDeck(stored) ?? emptyDeck(newDeckName);
  const deck = { ...base, slides: [...base.slides, slide] };
  saveDeck(deck);
  return { deck, number: deck.slides.length };
}

function subscribe(onChange: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY || event.key === CURRENT_KEY) onChange();
  };
  window.addEventListener(EVENT, onChange);
  window.addEventListener("storage", onStorage);
  return () => {
    window.removeEventListener(EVENT, onChange);
    window.removeEventListener("storage", onStorage);
  };
}

/** The stored decks as React state. */
export function useDecks(): StoredDecks {
  return useSyncExternalStore(subscribe, readDecks, () => EMPTY);
}
