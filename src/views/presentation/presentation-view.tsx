/**
 * Presentation: the decks kept in this browser, the slides of the current one (deck-editor),
 * save to and open from a file, share as a link (`#deck=…` in the hash), a deck opened from a
 * link, and the slide show. A broken file, link or stored deck gets a clear message and never
 * breaks the page.
 */
import "@/i18n/views/presentation";

import { useState } from "react";

import { useT } from "@/i18n/i18n";
import { newId, type Deck } from "@/data/decks/deck";
import { currentDeck } from "@/data/decks/deck-container";
import { setCurrentDeck, useDecks } from "@/data/decks/deck-store";
import type { UrlStateApi } from "@/navigation/use-url-state";

import { DeckCard } from "./deck-card";
import { clearDeckHash } from "./deck-hash";
import { BrokenDecksNotice, SharedDeckNotice } from "./deck-notices";
import { DeckPicker } from "./deck-picker";
import { SlideShow } from "./slide-show";
import { useDeckFiles } from "./use-deck-files";
import { useSharedDeck } from "./use-shared-deck";
import "./presentation.css";

export interface PresentationViewProps {
  readonly url: UrlStateApi;
}

interface Playing {
  readonly deck: Deck;
  readonly start: number;
  readonly notesWindow: Window | "blocked" | null;
}

export default function PresentationView({ url }: PresentationViewProps) {
  const { t } = useT();
  const stored = useDecks();
  const [playing, setPlaying] = useState<Playing | null>(null);
  const [shared, setShared] = useSharedDeck();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const files = useDeckFiles(stored, url.state.lang);
  const { message, store } = files;
  // A deck the store refused (storage full) is shown as last edited, so nothing typed is lost.
  const deck = files.pending ?? currentDeck(stored);

  return (
    <>
      <h1 className="view-title">{t("presentation.heading")}</h1>
      <p className="view-intro">{t("presentation.intro")}</p>

      <BrokenDecksNotice stored={stored} />

      <SharedDeckNotice
        shared={shared}
        onPresent={() => {
          if (shared.state === "ok")
            setPlaying({ deck: shared.deck, start: 0, notesWindow: null });
        }}
        onSave={() => {
          if (shared.state !== "ok") return;
          const exists = stored.decks.some((d) => d.id === shared.deck.id);
          if (store(exists ? { ...shared.deck, id: newId() } : shared.deck))
            setShared({ ...shared, saved: true });
        }}
        onClose={() => {
          clearDeckHash();
          setShared({ state: "none" });
        }}
      />

      <DeckPicker
        stored={stored}
        deck={deck}
        onSelect={(id) => {
          files.discard();
          setCurrentDeck(id);
          setConfirmDelete(false);
        }}
        onNew={files.newDeck}
        onOpenFile={(file) => {
          void files.openFile(file);
        }}
      />

      <DeckMessage message={message} />

      {!deck ? (
        <p className="deck-empty">{t("presentation.noDecks")}</p>
      ) : (
        <DeckCard
          deck={deck}
          files={files}
          confirmDelete={confirmDelete}
          onConfirmDelete={setConfirmDelete}
          onPlay={(start, notesWindow) => {
            setPlaying({ deck, start, notesWindow });
          }}
        />
      )}

      {playing && (
        <SlideShow
          deck={playing.deck}
          start={playing.start}
          notesWindow={playing.notesWindow}
          onClose={() => {
            setPlaying(null);
          }}
        />
      )}
    </>
  );
}

/** What the last file or store action said: a status, or an alert when it failed. */
function DeckMessage({
  message,
}: {
  readonly message: ReturnType<typeof useDeckFiles>["message"];
}) {
  if (!message) return null;
  return (
    <p
      className={
        message.error ? "deck-message deck-message--error" : "deck-message"
      }
      role={message.error ? "alert" : "status"}
    >
      {message.text}
    </p>
  );
}
