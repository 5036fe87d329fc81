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

import {
  checkDeck,
  cleanDeck,
  DECK_LIMITS,
  emptyDeck,
  isDeckFull,
  type Deck,
  type Slide,
} from "./deck";

export const STORAGE_KEY = "psykisk-halsa.decks";
const CURRENT_KEY = "psykisk-halsa.current-deck";
/** Where an unreadable container is kept before the first write replaces it. */
const BACKUP_KEY = "psykisk-halsa.decks-unreadable";
const STORE_VERSION = 1;
const EVENT = "deckstorechange";

export interface StoredDecks {
  readonly decks: readonly Deck[];
  /** Entries that did not pass the schema: left out of `decks`, kept in storage as they are. */
  readonly broken: readonly unknown[];
  /** The stored text was not a deck container at all. */
  readonly unreadable: boolean;
  /** That text (or the backup of an earlier one), kept until the user deletes it. */
  readonly unreadableText: string | null;
  readonly currentId: string | null;
}

const EMPTY: StoredDecks = {
  decks: [],
  broken: [],
  unreadable: false,
  unreadableText: null,
  currentId: null,
};

/** Why a deck could not be saved. */
export type DeckStoreFailure =
  /** The browser's storage is full. */
  | "quota"
  /** Storage is switched off or refused the write for another reason. */
  | "unavailable"
  /** The deck already has the most slides a deck may have. */
  | "full"
  /** A value the schema would refuse on the next read (`field` names it, "slides.3.query"). */
  | "invalid";

export class DeckStoreError extends Error {
  constructor(
    readonly reason: DeckStoreFailure,
    /** The field the schema refused, for reason "invalid". */
    readonly field = "",
  ) {
    super(
      `The deck could not be saved (${reason}${field ? `: ${field}` : ""}).`,
    );
    this.name = "DeckStoreError";
  }
}

/** Browsers name a full storage differently (Firefox before 2020: NS_ERROR_DOM_QUOTA_REACHED). */
function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === "QuotaExceededError" ||
      error.name === "NS_ERROR_DOM_QUOTA_REACHED")
  );
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    // Storage can be switched off (privacy settings); decks then live only in files and links.
    return null;
  }
}

function parseStore(
  raw: string | null,
  backup: string | null,
  currentId: string | null,
): StoredDecks {
  const base = { ...EMPTY, unreadableText: backup, currentId };
  if (raw === null) return base;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ...base, unreadable: true, unreadableText: raw };
  }
  const container = value as { version?: unknown; decks?: unknown } | null;
  if (
    container === null ||
    typeof container !== "object" ||
    container.version !== STORE_VERSION ||
    !Array.isArray(container.decks)
  ) {
    return { ...base, unreadable: true, unreadableText: raw };
  }
  const decks: Deck[] = [];
  const broken: unknown[] = [];
  for (const item of container.decks as unknown[]) {
    const result = checkDeck(item);
    if (result.ok) decks.push(result.deck);
    else broken.push(item);
  }
  return { ...base, decks, broken };
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

/**
 * What could not be read, as the text of one file: the unreadable container as it was stored,
 * the one broken deck, or several as a JSON array. Null when nothing is broken.
 */
export function brokenDecksText(stored: StoredDecks): string | null {
  const { broken, unreadableText } = stored;
  if (unreadableText !== null && broken.length === 0) return unreadableText;
  if (unreadableText !== null)
    return `${JSON.stringify({ unreadable: unreadableText, decks: broken }, null, 2)}\n`;
  if (broken.length === 0) return null;
  return `${JSON.stringify(broken.length === 1 ? broken[0] : broken, null, 2)}\n`;
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

/** The current deck, or the first, or null. */
export function currentDeck(stored: StoredDecks): Deck | null {
  return (
    stored.decks.find((d) => d.id === stored.currentId) ??
    stored.decks[0] ??
    null
  );
}

export type AddSlideResult =
  | { readonly ok: true; readonly deck: Deck; readonly number: number }
  | {
      readonly ok: false;
      readonly reason: DeckStoreFailure;
      /** The field the schema refused, for reason "invalid". */
      readonly field: string;
      /** The deck the slide was meant for. */
      readonly deck: Deck;
    };

/**
 * Appends a slide to the current deck (a new deck named `newDeckName` when there is none);
 * returns the deck and the slide's 1-based number, or why it could not (the deck has the most
 * slides a deck may have, a value the schema would refuse, or storage is full). A long title is
 * cut with "…".
 */
export function addSlide(slide: Slide, newDeckName: string): AddSlideResult {
  const stored = readDecks();
  const base = currentDeck(stored) ?? emptyDeck(newDeckName);
  if (isDeckFull(base))
    return { ok: false, reason: "full", field: "", deck: base };
  const deck = cleanDeck({ ...base, slides: [...base.slides, slide] });
  try {
    saveDeck(deck);
  } catch (error) {
    if (error instanceof DeckStoreError)
      return {
        ok: false,
        reason: error.reason,
        field: error.field,
        deck: base,
      };
    throw error;
  }
  return { ok: true, deck, number: deck.slides.length };
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
