/**
 * The slide show: one slide at a time, full screen, in the presentation theme (large type, high
 * contrast, nothing interactive visible). The slide is laid out for a 1920×1080 screen and sized
 * in proportion to the screen it gets (slide-show.css); its chart fills the room left under the
 * title (charts/slide-fit.tsx). Keys: use-slide-keys.ts; the dialog: use-show-dialog.ts. The
 * speaker notes (N) stand beside the slide, which shrinks to stay whole, or go to a second
 * window (a React portal into it) when asked for.
 *
 * Each slide is a view with a fixed state (slide-view.tsx, through the view registry).
 */
import { useRef, useState } from "react";
import { createPortal } from "react-dom";

import { isolateText } from "@/domain/bidi";
import { useT } from "@/i18n/i18n";
import type { Deck, Slide } from "@/data/decks/deck";

import { NotesPanel } from "./notes-panel";
import { SlideView } from "./slide-view";
import { useShowDialog } from "./use-show-dialog";
import { useSlideKeys } from "./use-slide-keys";
import "./slide-show.css";

export interface SlideShowProps {
  readonly deck: Deck;
  readonly start: number;
  /** The speaker notes window, opened by the click that started the show ("blocked" if refused). */
  readonly notesWindow: Window | "blocked" | null;
  readonly onClose: () => void;
}

export function SlideShow({
  deck,
  start,
  notesWindow,
  onClose,
}: SlideShowProps) {
  const { t } = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const total = deck.slides.length;
  const keys = useSlideKeys(total, start, onClose);
  const { index, go } = keys;
  const popup = notesWindow === "blocked" ? null : notesWindow;
  useShowDialog(dialog, keys.onKey, onClose, popup);
  const [startedAt] = useState(() => Date.now());
  const slide = deck.slides[index];
  if (!slide) return null;
  const position = t("presentation.show.position", { n: index + 1, total });
  const notes = (
    <NotesPanel
      slide={slide}
      position={position}
      next={deck.slides[index + 1]}
      startedAt={startedAt}
      onPrevious={() => {
        go(index - 1);
      }}
      onNext={() => {
        go(index + 1);
      }}
    />
  );
  const classes = [
    "slide-show",
    slide.title === "" ? "" : "slide-show--titled",
    keys.notesShown ? "slide-show--notes" : "",
  ];

  return (
    <dialog
      ref={dialog}
      className={classes.filter((c) => c !== "").join(" ")}
      aria-label={t("presentation.show.label", {
        name: isolateText(deck.name),
      })}
      aria-describedby="slide-show-keys"
    >
      <p id="slide-show-keys" className="visually-hidden">
        {t("presentation.show.keys")}
      </p>
      <div className="slide-show__screen">
        <SlideStage
          slide={slide}
          index={index}
          total={total}
          position={position}
          typed={keys.typed}
          blocked={notesWindow === "blocked" && !keys.notesShown}
        />
      </div>
      {keys.notesShown && <div className="slide-show__notes">{notes}</div>}
      {keys.black && (
        <div className="slide-show__black" role="status">
          <span className="visually-hidden">
            {t("presentation.show.black")}
          </span>
        </div>
      )}
      {popup && createPortal(notes, popup.document.body)}
    </dialog>
  );
}

/** The slide itself: its title, its view, its number, the number being typed, a popup refused. */
function SlideStage({
  slide,
  index,
  total,
  position,
  typed,
  blocked,
}: {
  readonly slide: Slide;
  readonly index: number;
  readonly total: number;
  /** "Bild 2 av 5", for screen readers. */
  readonly position: string;
  readonly typed: string;
  /** The notes window was refused and the notes are not beside the slide. */
  readonly blocked: boolean;
}) {
  const { t } = useT();
  return (
    <div className="slide-show__stage" data-slide={index + 1}>
      {slide.title !== "" && (
        <h1 className="slide-show__title">
          <bdi>{slide.title}</bdi>
        </h1>
      )}
      <div className="slide-show__view" key={slide.id}>
        <SlideView slide={slide} />
      </div>
      <p className="slide-show__number" aria-live="polite">
        <span className="visually-hidden">{position}: </span>
        <span aria-hidden="true">
          {index + 1} / {total}
        </span>
      </p>
      {typed !== "" && (
        <p className="slide-show__typed" aria-live="polite">
          {typed}
        </p>
      )}
      {blocked && (
        <p className="slide-show__blocked">
          {t("presentation.show.popupBlocked")}
        </p>
      )}
    </div>
  );
}
