/**
 * What the presentation view does with decks outside the editor: keep one in this browser,
 * open one from a file, save one to a file, share one as a link, start a new one. Each action
 * reports in `message`; a link the clipboard would not take is offered in `shareFallback`.
 * A deck the store refused (storage full) is kept in `pending` and shown instead of the stored
 * one, so nothing typed is lost and it can still be saved as a file.
 */
import { useState } from "react";

import { exportFileName } from "@/charts/export/export-data";
import { saveBlob } from "@/charts/export/save-blob";
import type { Locale } from "@/domain/local-text";
import { isolateText } from "@/domain/bidi";
import { today } from "@/domain/today";
import { useT } from "@/i18n/i18n";
import {
  emptyDeck,
  newId,
  parseDeck,
  serializeDeck,
  type Deck,
} from "@/data/decks/deck";
import type { StoredDecks } from "@/data/decks/deck-container";
import { saveDeck } from "@/data/decks/deck-store";
import { useCopyLink } from "@/ui/copy-link";

import { deckLink } from "./deck-hash";
import { deckProblemText, storeFailureText } from "./deck-problem";

interface DeckMessage {
  readonly text: string;
  readonly error: boolean;
  /** A failed save: cleared by the next save that works. */
  readonly storage?: boolean;
}

export interface DeckFiles {
  readonly message: DeckMessage | null;
  readonly shareFallback: string | null;
  /** The deck as last edited when the store refused it (not saved in this browser). */
  readonly pending: Deck | null;
  /** Forgets the pending deck (another deck chosen, or this one deleted). */
  readonly discard: () => void;
  /** Saves the deck in this browser; false (and a message) when it could not. */
  readonly store: (next: Deck) => boolean;
  readonly openFile: (file: File) => Promise<void>;
  readonly saveFile: (d: Deck) => void;
  readonly share: (d: Deck) => Promise<void>;
  readonly newDeck: () => void;
}

export function useDeckFiles(stored: StoredDecks, lang: Locale): DeckFiles {
  const { t } = useT();
  const { message, setMessage, pending, setPending, store } = useDeckStore();
  const copyLink = useCopyLink();

  const openFile = async (file: File): Promise<void> => {
    const result = parseDeck(await file.text());
    if (!result.ok) {
      setMessage({
        text: `${t("presentation.fileError", { file: isolateText(file.name) })} ${deckProblemText(result.problem, t, lang)}`,
        error: true,
      });
      return;
    }
    // A file never overwrites a deck kept here: same id → kept as a copy.
    const exists = stored.decks.some((d) => d.id === result.deck.id);
    const opened = exists ? { ...result.deck, id: newId() } : result.deck;
    if (!store(opened)) return;
    setMessage({
      text: t("presentation.opened", {
        name: isolateText(opened.name),
        count: opened.slides.length,
      }),
      error: false,
    });
  };

  const saveFile = (d: Deck): void => {
    const name = exportFileName(d.name, today(), "presentation.json");
    saveBlob(new Blob([serializeDeck(d)], { type: "application/json" }), name);
    // A deck the store refused is still not kept here: the message keeps saying so.
    setMessage(
      pending === null
        ? { text: t("presentation.saved", { file: name }), error: false }
        : {
            text: t("presentation.savedNotStored", { file: name }),
            error: true,
            storage: true,
          },
    );
  };

  const share = async (d: Deck): Promise<void> => {
    if (await copyLink.copy(await deckLink(d, lang)))
      setMessage({ text: t("presentation.linkCopied"), error: false });
  };

  const newDeck = (): void => {
    store(
      emptyDeck(t("presentation.newDeckName", { n: stored.decks.length + 1 })),
    );
  };

  const discard = (): void => {
    setPending(null);
  };

  return {
    message,
    shareFallback: copyLink.fallback,
    pending,
    discard,
    store,
    openFile,
    saveFile,
    share,
    newDeck,
  };
}

/**
 * Keeping a deck in this browser: the last message, and the deck the store refused (pending). A
 * save that works clears a storage failure's message.
 */
function useDeckStore() {
  const { t } = useT();
  const [message, setMessage] = useState<DeckMessage | null>(null);
  const [pending, setPending] = useState<Deck | null>(null);
  const store = (next: Deck): boolean => {
    try {
      saveDeck(next);
    } catch (error) {
      setPending(next);
      setMessage({
        text: storeFailureText(error, next, t),
        error: true,
        storage: true,
      });
      return false;
    }
    setPending(null);
    setMessage((m) => (m?.storage ? null : m));
    return true;
  };
  return { message, setMessage, pending, setPending, store };
}
