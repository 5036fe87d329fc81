/**
 * The speaker notes: position and elapsed time, the slide's title and notes, the next slide's
 * title, and buttons to move. Shown on the screen beside the slide (N) or in a second window.
 */
import { useEffect, useState } from "react";

import { isolateText } from "@/domain/bidi";
import { useT } from "@/i18n/i18n";
import type { Slide } from "@/data/decks/deck";

/** "04:05": minutes and seconds since the show started. */
function formatElapsed(ms: number): string {
  const s = Math.floor(ms / 1000);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(Math.floor(s / 60))}:${pad(s % 60)}`;
}

export interface NotesPanelProps {
  readonly slide: Slide;
  readonly position: string;
  readonly next: Slide | undefined;
  readonly startedAt: number;
  readonly onPrevious: () => void;
  readonly onNext: () => void;
}

export function NotesPanel({
  slide,
  position,
  next,
  startedAt,
  onPrevious,
  onNext,
}: NotesPanelProps) {
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
      <h2 className="notes-panel__title">
        <bdi>{slide.title}</bdi>
      </h2>
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
