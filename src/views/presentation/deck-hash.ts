/**
 * The deck in the page's URL hash: the link that opens a deck here, reading the deck a link
 * brought, and clearing it once it is saved or dismissed. The encoding itself (and its checks)
 * is data/decks/deck-link.ts.
 */
import { DECK_HASH_PREFIX, deckHash } from "@/data/decks/deck-link";
import type { Deck } from "@/data/decks/deck";
import type { Locale } from "@/domain/local-text";
import { DEFAULT_STATE, serializeUrlState } from "@/navigation/url-state";

/** The full link that opens the deck in the Presentation view. */
export async function deckLink(deck: Deck, lang: Locale): Promise<string> {
  const query = serializeUrlState({
    ...DEFAULT_STATE,
    view: "presentation",
    lang,
  });
  return `${window.location.origin}${window.location.pathname}${query}${await deckHash(deck)}`;
}

/** The encoded deck in the current URL's hash, or null. */
export function deckInHash(): string | null {
  const hash = window.location.hash.replace(/^#/, "");
  return hash.startsWith(DECK_HASH_PREFIX)
    ? hash.slice(DECK_HASH_PREFIX.length)
    : null;
}

/** Removes the deck from the URL (after it was saved or dismissed), keeping the view. */
export function clearDeckHash(): void {
  window.history.replaceState(
    null,
    "",
    `${window.location.pathname}${window.location.search}`,
  );
}
