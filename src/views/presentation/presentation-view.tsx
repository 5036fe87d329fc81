/**
 * Presentation: the decks kept in this browser, the slides of the current one (deck-editor),
 * save to and open from a file, share as a link (`#deck=…` in the hash), a deck opened from a
 * link, and the slide show. A broken file, link or stored deck gets a clear message and never
 * breaks the page.
 */
import "@/i18n/views/presentation";

import { useEffect, useRef, useState, type ReactNode } from "react";

import { exportFileName } from "@/charts/export/export-data";
import { saveBlob } from "@/charts/export/save-blob";
import { useT } from "@/i18n/i18n";
import {
  emptyDeck,
  newId,
  parseDeck,
  serializeDeck,
  type Deck,
  type Slide,
} from "@/navigation/deck";
import {
  clearDeckHash,
  decodeDeck,
  deckInHash,
  deckLink,
} from "@/navigation/deck-link";
import {
  currentDeck,
  deleteDeck,
  removeBrokenDecks,
  saveDeck,
  setCurrentDeck,
  useDecks,
} from "@/navigation/deck-store";
import { slideQuery } from "@/navigation/slide-state";
import type { UrlStateApi } from "@/navigation/use-url-state";
import { SelectField } from "@/ui/field";

import { deckProblemText } from "./deck-problem";
import { DeckEditor } from "./deck-editor";
import { SlideShow } from "./slide-show";
import "./presentation.css";

export interface PresentationViewProps {
  readonly url: UrlStateApi;
  /** Renders a slide (a view with a fixed state); given by the app, which may import views. */
  readonly renderSlide: (slide: Slide) => ReactNode;
}

interface Playing {
  readonly deck: Deck;
  readonly start: number;
  readonly notesWindow: Window | "blocked" | null;
}

/**
 * Opens the speaker notes window (it must happen in the click that starts the show) and gives
 * it the page's language and stylesheets; the slide show renders the notes into it.
 */
function openNotesWindow(title: string): Window | "blocked" {
  const win = window.open(
    "",
    "psykisk-halsa-talarmanus",
    "popup,width=760,height=560",
  );
  if (!win) return "blocked";
  win.document.title = title;
  win.document.documentElement.lang = document.documentElement.lang;
  for (const sheet of document.querySelectorAll(
    'link[rel="stylesheet"], style',
  )) {
    win.document.head.append(sheet.cloneNode(true));
  }
  win.document.body.className = "notes-window";
  return win;
}

type Shared =
  | { readonly state: "none" }
  | { readonly state: "error"; readonly message: string }
  | { readonly state: "ok"; readonly deck: Deck; readonly saved: boolean };

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A deck from a link, when there is one in the URL's hash. */
function useSharedDeck(): [Shared, (s: Shared) => void] {
  const { t } = useT();
  const [shared, setShared] = useState<Shared>({ state: "none" });
  useEffect(() => {
    const encoded = deckInHash();
    if (encoded === null) return;
    let live = true;
    void decodeDeck(encoded).then((result) => {
      if (!live) return;
      setShared(
        result.ok
          ? { state: "ok", deck: result.deck, saved: false }
          : {
              state: "error",
              message: `${t("presentation.linkError")} ${deckProblemText(result.problem, t)}`,
            },
      );
    });
    return () => {
      live = false;
    };
  }, [t]);
  return [shared, setShared];
}

export default function PresentationView({
  url,
  renderSlide,
}: PresentationViewProps) {
  const { t } = useT();
  const stored = useDecks();
  const deck = currentDeck(stored);
  const [playing, setPlaying] = useState<Playing | null>(null);
  const [message, setMessage] = useState<{
    text: string;
    error: boolean;
  } | null>(null);
  const [shared, setShared] = useSharedDeck();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [shareFallback, setShareFallback] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

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

  const slideHref = (slide: Slide): string =>
    `${window.location.pathname}${slideQuery(slide)}`;

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
    const link = await deckLink(d, url.state.lang);
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

  return (
    <>
      <h1 className="view-title">{t("presentation.heading")}</h1>
      <p className="view-intro">{t("presentation.intro")}</p>

      {(stored.broken > 0 || stored.unreadable) && (
        <div className="deck-notice deck-notice--error" role="alert">
          <p>
            {stored.unreadable
              ? t("presentation.unreadable")
              : t("presentation.broken", { count: stored.broken })}
          </p>
          <button
            type="button"
            className="button"
            onClick={() => {
              removeBrokenDecks();
            }}
          >
            {t("presentation.removeBroken")}
          </button>
        </div>
      )}

      {shared.state === "error" && (
        <div className="deck-notice deck-notice--error" role="alert">
          <p>{shared.message}</p>
        </div>
      )}
      {shared.state === "ok" && (
        <section className="deck-notice" aria-labelledby="shared-deck">
          <h2 id="shared-deck">
            {t("presentation.shared", {
              name: shared.deck.name,
              count: shared.deck.slides.length,
            })}
          </h2>
          <div className="deck-toolbar">
            <button
              type="button"
              className="button button--primary"
              disabled={shared.deck.slides.length === 0}
              onClick={() => {
                setPlaying({ deck: shared.deck, start: 0, notesWindow: null });
              }}
            >
              {t("presentation.present")}
            </button>
            {shared.saved ? (
              <p role="status">{t("presentation.sharedSaved")}</p>
            ) : (
              <button
                type="button"
                className="button"
                onClick={() => {
                  const exists = stored.decks.some(
                    (d) => d.id === shared.deck.id,
                  );
                  store(exists ? { ...shared.deck, id: newId() } : shared.deck);
                  setShared({ ...shared, saved: true });
                }}
              >
                {t("presentation.sharedSave")}
              </button>
            )}
            <button
              type="button"
              className="button button--quiet"
              onClick={() => {
                clearDeckHash();
                setShared({ state: "none" });
              }}
            >
              {t("presentation.close")}
            </button>
          </div>
        </section>
      )}

      <div className="deck-toolbar">
        {stored.decks.length > 0 && deck && (
          <SelectField
            label={t("presentation.deck")}
            value={deck.id}
            options={stored.decks.map((d) => ({ value: d.id, label: d.name }))}
            onChange={(id) => {
              setCurrentDeck(id);
              setConfirmDelete(false);
            }}
          />
        )}
        <button type="button" className="button" onClick={newDeck}>
          {t("presentation.newDeck")}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => fileInput.current?.click()}
        >
          {t("presentation.openFile")}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          tabIndex={-1}
          aria-label={t("presentation.openFile")}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = "";
            if (file) void openFile(file);
          }}
        />
      </div>

      {message && (
        <p
          className={
            message.error ? "deck-message deck-message--error" : "deck-message"
          }
          role={message.error ? "alert" : "status"}
        >
          {message.text}
        </p>
      )}

      {!deck ? (
        <p className="deck-empty">{t("presentation.noDecks")}</p>
      ) : (
        <section className="deck card" aria-labelledby="deck-name-label">
          <div className="deck-name">
            <label id="deck-name-label" htmlFor="deck-name">
              {t("presentation.name")}
            </label>
            <input
              id="deck-name"
              value={deck.name}
              onChange={(event) => {
                const name = event.target.value;
                if (name.trim() !== "") store({ ...deck, name });
              }}
            />
          </div>
          <div className="deck-toolbar">
            <button
              type="button"
              className="button button--primary"
              disabled={deck.slides.length === 0}
              onClick={() => {
                setPlaying({ deck, start: 0, notesWindow: null });
              }}
            >
              {t("presentation.present")}
            </button>
            <button
              type="button"
              className="button"
              disabled={deck.slides.length === 0}
              onClick={() => {
                setPlaying({
                  deck,
                  start: 0,
                  notesWindow: openNotesWindow(
                    t("presentation.show.notesTitle"),
                  ),
                });
              }}
            >
              {t("presentation.presentWithNotes")}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                saveFile(deck);
              }}
            >
              {t("presentation.saveFile")}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                void share(deck);
              }}
            >
              {t("presentation.shareLink")}
            </button>
            {confirmDelete ? (
              <>
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    deleteDeck(deck.id);
                    setConfirmDelete(false);
                  }}
                >
                  {t("presentation.confirmDelete", { name: deck.name })}
                </button>
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() => {
                    setConfirmDelete(false);
                  }}
                >
                  {t("presentation.cancel")}
                </button>
              </>
            ) : (
              <button
                type="button"
                className="button button--quiet"
                onClick={() => {
                  setConfirmDelete(true);
                }}
              >
                {t("presentation.deleteDeck")}
              </button>
            )}
          </div>
          {shareFallback !== null && (
            <label className="deck-share-fallback">
              {t("presentation.linkFallback")}
              <input
                readOnly
                value={shareFallback}
                ref={(el) => {
                  el?.select();
                }}
              />
            </label>
          )}
          <DeckEditor
            deck={deck}
            onChange={store}
            slideHref={slideHref}
            onPresent={(start) => {
              setPlaying({ deck, start, notesWindow: null });
            }}
          />
        </section>
      )}

      {playing && (
        <SlideShow
          deck={playing.deck}
          start={playing.start}
          notesWindow={playing.notesWindow}
          renderSlide={renderSlide}
          onClose={() => {
            setPlaying(null);
          }}
        />
      )}
    </>
  );
}
