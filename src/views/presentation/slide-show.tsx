/**
 * The slide show: one slide at a time, full screen, in the presentation theme (large type, high
 * contrast, nothing interactive visible). A modal <dialog> in the top layer, so the page behind
 * is inert; full screen when the browser allows it. Keys: → ↓ Page Down Space Enter next,
 * ← ↑ Page Up Backspace previous, Home/End, a number then Enter to jump, B or . for a black
 * screen, N for the notes on screen, Esc to leave (leaving full screen leaves too). Speaker notes
 * go to a second window (a React portal into it) when asked for.
 *
 * Each slide is a view with a fixed state (slide-view.tsx, through the view registry).
 */
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from "react";
import { createPortal } from "react-dom";

import { isolateText } from "@/domain/bidi";
import { useT } from "@/i18n/i18n";
import type { Deck, Slide } from "@/data/decks/deck";

import { SlideView } from "./slide-view";

/** Slides are laid out this wide (CSS px) and scaled to the screen. */
const LAYOUT_WIDTH = 1100;

export interface SlideShowProps {
  readonly deck: Deck;
  readonly start: number;
  /** The speaker notes window, opened by the click that started the show ("blocked" if refused). */
  readonly notesWindow: Window | "blocked" | null;
  readonly onClose: () => void;
}

/** Scales the stage to fit the window: as wide as it can be, never taller than the screen. */
function useFitScale(
  stage: React.RefObject<HTMLDivElement | null>,
  key: unknown,
): number {
  const [scale, setScale] = useState(1);
  useLayoutEffect(() => {
    const el = stage.current;
    if (!el) return;
    const fit = () => {
      const availableHeight = window.innerHeight * 0.9;
      const byWidth = (window.innerWidth * 0.94) / LAYOUT_WIDTH;
      const byHeight = availableHeight / Math.max(1, el.offsetHeight);
      setScale(Math.max(0.3, Math.min(byWidth, byHeight)));
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(el);
    window.addEventListener("resize", fit);
    return () => {
      observer.disconnect();
      window.removeEventListener("resize", fit);
    };
  }, [stage, key]);
  return scale;
}

function formatElapsed(ms: number): string {
  const s = Math.floor(ms / 1000);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(Math.floor(s / 60))}:${pad(s % 60)}`;
}

export function SlideShow({
  deck,
  start,
  notesWindow,
  onClose,
}: SlideShowProps) {
  const { t } = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const stage = useRef<HTMLDivElement>(null);
  const total = deck.slides.length;
  const [index, setIndex] = useState(Math.min(Math.max(0, start), total - 1));
  const [black, setBlack] = useState(false);
  const [typed, setTyped] = useState("");
  const [notesShown, setNotesShown] = useState(false);
  const popup = notesWindow === "blocked" ? null : notesWindow;
  const popupBlocked = notesWindow === "blocked";
  const [startedAt] = useState(() => Date.now());
  const slide = deck.slides[index];
  const scale = useFitScale(stage, slide?.id);

  const go = useCallback(
    (to: number) => {
      setBlack(false);
      setIndex(Math.max(0, Math.min(total - 1, to)));
    },
    [total],
  );

  const onKey = useCallback(
    (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const key = event.key;
      let handled = true;
      if (/^\d$/.test(key)) setTyped((v) => (v + key).slice(-4));
      else if (key === "Enter" && typed !== "") {
        go(Number(typed) - 1);
        setTyped("");
      } else if (
        ["ArrowRight", "ArrowDown", "PageDown", " ", "Enter"].includes(key)
      ) {
        go(index + 1);
        setTyped("");
      } else if (
        ["ArrowLeft", "ArrowUp", "PageUp", "Backspace"].includes(key)
      ) {
        go(index - 1);
        setTyped("");
      } else if (key === "Home") go(0);
      else if (key === "End") go(total - 1);
      else if (key === "b" || key === "B" || key === ".") setBlack((b) => !b);
      else if (key === "n" || key === "N") setNotesShown((s) => !s);
      else if (key === "Escape") onClose();
      else handled = false;
      if (handled) event.preventDefault();
    },
    [go, index, onClose, total, typed],
  );

  // The dialog: modal (the page behind is inert), full screen when allowed.
  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (!el.open) el.showModal();
    el.requestFullscreen().catch(() => {
      // Full screen needs a user gesture and permission; the modal dialog fills the window anyway.
    });
    let wasFull = false;
    const onFullscreen = () => {
      if (document.fullscreenElement) wasFull = true;
      else if (wasFull) onClose();
    };
    document.addEventListener("fullscreenchange", onFullscreen);
    return () => {
      document.removeEventListener("fullscreenchange", onFullscreen);
      if (document.fullscreenElement) void document.exitFullscreen();
      if (el.open) el.close();
    };
  }, [onClose]);

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    const onCancel = (event: Event) => {
      // Esc: leave through onClose so the editor knows.
      event.preventDefault();
      onClose();
    };
    el.addEventListener("keydown", onKey);
    el.addEventListener("cancel", onCancel);
    popup?.addEventListener("keydown", onKey);
    return () => {
      el.removeEventListener("keydown", onKey);
      el.removeEventListener("cancel", onCancel);
      popup?.removeEventListener("keydown", onKey);
    };
  }, [onKey, onClose, popup]);

  // The speaker notes window closes with the show (and with the page).
  useEffect(() => {
    if (!popup) return;
    const closeWithPage = () => {
      popup.close();
    };
    window.addEventListener("pagehide", closeWithPage);
    return () => {
      window.removeEventListener("pagehide", closeWithPage);
      popup.close();
    };
  }, [popup]);

  if (!slide) return null;
  const position = t("presentation.show.position", { n: index + 1, total });
  const next = deck.slides[index + 1];
  const notes = (
    <NotesPanel
      slide={slide}
      position={position}
      next={next}
      startedAt={startedAt}
      onPrevious={() => {
        go(index - 1);
      }}
      onNext={() => {
        go(index + 1);
      }}
    />
  );

  return (
    <dialog
      ref={dialog}
      className={`slide-show${slide.title === "" ? "" : " slide-show--titled"}`}
      aria-label={t("presentation.show.label", {
        name: isolateText(deck.name),
      })}
      aria-describedby="slide-show-keys"
    >
      <p id="slide-show-keys" className="visually-hidden">
        {t("presentation.show.keys")}
      </p>
      <div
        ref={stage}
        className="slide-show__stage"
        style={{
          width: `${String(LAYOUT_WIDTH)}px`,
          transform: `translateX(-50%) scale(${String(scale)})`,
          // The presentation theme sizes body text by this, so it stays ≥ 24 px on screen.
          ["--slide-scale" as string]: String(scale),
        }}
        data-slide={index + 1}
      >
        {slide.title !== "" && (
          <h1 className="slide-show__title">
            <bdi>{slide.title}</bdi>
          </h1>
        )}
        <div className="slide-show__view" key={slide.id}>
          <SlideView slide={slide} />
        </div>
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
      {notesShown && <div className="slide-show__notes">{notes}</div>}
      {popupBlocked && !notesShown && (
        <p className="slide-show__blocked">
          {t("presentation.show.popupBlocked")}
        </p>
      )}
      {black && (
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

function NotesPanel({
  slide,
  position,
  next,
  startedAt,
  onPrevious,
  onNext,
}: {
  slide: Slide;
  position: string;
  next: Slide | undefined;
  startedAt: number;
  onPrevious: () => void;
  onNext: () => void;
}) {
  const { t } = useT();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => {
      setNow(Date.now());
    }, 1000);
    return () => {
      clearInterval(timer);
    };
  }, []);
  return (
    <section
      className="notes-panel"
      aria-label={t("presentation.show.notesTitle")}
    >
      <p className="notes-panel__position">
        {position} ·{" "}
        {t("presentation.show.elapsed", {
          time: formatElapsed(now - startedAt),
        })}
      </p>
      <h2 className="notes-panel__title">{slide.title}</h2>
      <p className="notes-panel__notes">
        {slide.notes === "" ? t("presentation.show.noNotes") : slide.notes}
      </p>
      <p className="notes-panel__next">
        {next
          ? t("presentation.show.next", { title: isolateText(next.title) })
          : t("presentation.show.last")}
      </p>
      <div className="notes-panel__buttons">
        <button type="button" className="button" onClick={onPrevious}>
          {t("presentation.show.previousButton")}
        </button>
        <button
          type="button"
          className="button button--primary"
          onClick={onNext}
        >
          {t("presentation.show.nextButton")}
        </button>
      </div>
    </section>
  );
}
