/**
 * What the presentation view does with decks outside the editor: keep one in this browser,
 * open one from a file, save one to a file, share one as a link, start a new one. Each action
 * reports in `message`; a link the clipboard would not take is offered in `shareFallback`.
 */
import { useState } from "react";

import { exportFileName } from "@/charts/export/export-data";
import { saveBlob } from "@/charts/export/save-blob";
import type { Locale } from "@/domain/local-text";
import { useT } from "@/i18n/i18n";
import {
  emptyDeck,
  newId,
  parseDeck,
  serializeDeck,
  type Deck,
} from "@/navigation/deck";
import { deckLink } from "@/navigation/deck-link";
import { saveDeck, type StoredDecks } from "@/navigation/deck-store";

import { deckProblemText } from "./deck-problem";

interface DeckMessage {
  readonly text: string;
  readonly error: boolean;
}

export interface DeckFiles {
  readonly message: DeckMessage | null;
  readonly shareFallback: string | null;
  readonly store: (next: Deck) => void;
  readonly openFile: (file: File) => Promise<void>;
  readonly saveFile: (d: Deck) => void;
  readonly share: (d: Deck) => Promise<void>;
  readonly newDeck: () => void;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function useDeckFiles(stored: StoredDecks, lang: Locale): DeckFiles {
  const { t } = useT();
  const [message, setMessage] = useState<DeckMessage | null>(null);
  const [shareFallback, setShareFallback] = useState<string | null>(null);

  const store = (next: Deck): void => {
    try {
      saveDeck(next);
    } catch (error) {
      setMessage({
        text: t("presentation.storageError", {
          message: error instanceof Error ? error.message : String(error),
        }),
        error: true,
      });
    }
  };

  const openFile = async (file: File): Promise<void> => {
    const result = parseDeck(await file.text());
    if (!result.ok) {
      setMessage({
        text: `${t("presentation.fileError", { file: file.name })} ${deckProblemText(result.problem, t)}`,
        error: true,
      });
      return;
    }
    // A file never overwrites a deck kept here: same id → kept as a copy.
    const exists = stored.decks.some((d) => d.id === result.deck.id);
    const opened = exists ? { ...result.deck, id: newId() } : result.deck;
    store(opened);
    setMessage({
      text: t("presentation.opened", {
        name: opened.name,
        count: opened.slides.length,
      }),
      error: false,
    });
  };

  const saveFile = (d: Deck): void => {
    const name = exportFileName(d.name, today(), "presentation.json");
    saveBlob(new Blob([serializeDeck(d)], { type: "application/json" }), name);
    setMessage({ text: t("presentation.saved", { file: name }), error: false });
  };

  const share = async (d: Deck): Promise<void> => {
    const link = await deckLink(d, lang);
    try {
      if (!window.isSecureContext || !("clipboard" in navigator))
        throw new Error("no clipboard");
      await navigator.clipboard.writeText(link);
      setShareFallback(null);
      setMessage({ text: t("presentation.linkCopied"), error: false });
    } catch {
      setShareFallback(link);
    }
  };

  const newDeck = (): void => {
    store(
      emptyDeck(t("presentation.newDeckName", { n: stored.decks.length + 1 })),
    );
  };

  return { message, shareFallback, store, openFile, saveFile, share, newDeck };
}
