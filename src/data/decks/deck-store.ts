/**
 * The decks kept in this browser (localStorage): a versioned container of decks, each checked
 * with the deck schema when read. A broken entry never breaks the app and is never dropped
 * silently: it is left out of the list but kept in storage (writes carry it along; a container
 * that cannot be read at all is copied to a backup key before it is overwritten), so the
 * Presentation view can offer it for download and delete it only when the user asks. Every
 * write keeps to the schema's limits, so what is saved always reads back. Writes notify every
 * subscriber in this tab (and other tabs through the "storage" event).
 */
import { useSyncExternalStore } from "react";

import { checkDeck, cleanDeck, DECK_LIMITS, type Deck } from "./deck";
import {
  EMPTY,
  parseStore,
  STORE_VERSION,
  type StoredDecks,
} from "./deck-container";
import { DeckStoreError, isQuotaError } from "./deck-store-error";

export const STORAGE_KEY = "psykisk-halsa.decks";
const CURRENT_KEY = "psykisk-halsa.current-deck";
/** Where an unreadable container is kept before the first write replaces it. */
const BACKUP_KEY = "psykisk-halsa.decks-unreadable";
const EVENT = "deckstorechange";

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    // Storage can be switched off (privacy settings); decks then live only in files and links.
    return null;
  }
}

let cache: { key: string; value: StoredDecks } | null = null;

/** What is stored now (the same object while nothing changed, for useSyncExternalStore). */
export function readDecks(): StoredDecks {
  const s = storage();
  const raw = s?.getItem(STORAGE_KEY) ?? null;
  const backup = s?.getItem(BACKUP_KEY) ?? null;
  const currentId = s?.getItem(CURRENT_KEY) ?? null;
  const key = `${currentId ?? ""}\u0000${raw ?? ""}\u0000${backup ?? ""}`;
  if (cache?.key !== key)
    cache = { key, value: parseStore(raw, backup, currentId) };
  return cache.value;
}

function notify(): void {
  window.dispatchEvent(new Event(EVENT));
}

function setItem(s: Storage, key: string, value: string): void {
  try {
    s.setItem(key, value);
  } catch (error) {
    throw new DeckStoreError(isQuotaError(error) ? "quota" : "unavailable");
  }
}

/** Writes the decks; the broken entries stay unless `dropBroken` (the user asked to delete them). */
function writeDecks(decks: readonly Deck[], dropBroken = false): void {
  const s = storage();
  if (!s) throw new DeckStoreError("unavailable");
  const stored = readDecks();
  // An unreadable container is kept aside before it is replaced (once: the backup is the first).
  if (!dropBroken && stored.unreadable && s.getItem(BACKUP_KEY) === null)
    setItem(s, BACKUP_KEY, stored.unreadableText ?? "");
  const all = dropBroken ? decks : [...decks, ...stored.broken];
  setItem(
    s,
    STORAGE_KEY,
    JSON.stringify({ version: STORE_VERSION, decks: all }),
  );
  notify();
}

export function setCurrentDeck(id: string): void {
  try {
    storage()?.setItem(CURRENT_KEY, id);
  } catch {
    // Which deck is current is a convenience: a full storage must not stop the save before it.
  }
  notify();
}

/**
 * Adds or replaces a deck (by id) and makes it the current one. Texts are kept within the
 * schema's limits (cut with "…"); a deck with too many slides is refused, and so is any other
 * value the schema would refuse when the deck is read back (a view state longer than a slide
 * keeps): nothing is written that the next read would call damaged. Throws DeckStoreError.
 */
export function saveDeck(deck: Deck): void {
  if (deck.slides.length > DECK_LIMITS.slides) throw new DeckStoreError("full");
  const checked = checkDeck(cleanDeck(deck));
  if (!checked.ok)
    throw new DeckStoreError(
      "invalid",
      checked.problem.kind === "field" ? checked.problem.field : "",
    );
  const clean = checked.deck;
  const { decks } = readDecks();
  const exists = decks.some((d) => d.id === clean.id);
  writeDecks(
    exists
      ? decks.map((d) => (d.id === clean.id ? clean : d))
      : [...decks, clean],
  );
  setCurrentDeck(clean.id);
}

export function deleteDeck(id: string): void {
  writeDecks(readDecks().decks.filter((d) => d.id !== id));
}

/** Deletes what could not be read (only when the user asks): broken entries and the backup. */
export function removeBrokenDecks(): void {
  writeDecks(readDecks().decks, true);
  storage()?.removeItem(BACKUP_KEY);
  notify();
}

function subscribe(onChange: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (
      event.key === STORAGE_KEY ||
      event.key === CURRENT_KEY ||
      event.key === BACKUP_KEY ||
      event.key === null
    )
      onChange();
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
