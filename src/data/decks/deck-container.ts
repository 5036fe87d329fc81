/**
 * The container the decks are stored in (localStorage's text): a version and a list of decks,
 * each checked with the deck schema. Reading it keeps what does not pass (broken entries, or the
 * whole text when it is not a container at all) so nothing is dropped silently.
 */
import { checkDeck, type Deck } from "./deck";

export const STORE_VERSION = 1;

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

export const EMPTY: StoredDecks = {
  decks: [],
  broken: [],
  unreadable: false,
  unreadableText: null,
  currentId: null,
};

export function parseStore(
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

/** The current deck, or the first, or null. */
export function currentDeck(stored: StoredDecks): Deck | null {
  return (
    stored.decks.find((d) => d.id === stored.currentId) ??
    stored.decks[0] ??
    null
  );
}
