/**
 * One slide in the deck editor: its title (typed, or picked from the notes) and speaker notes,
 * what it shows, a link to its view, and the buttons that move, duplicate, remove or present it.
 */
import { useId } from "react";

import { useT } from "@/i18n/i18n";
import { DECK_LIMITS, fitText, type Slide } from "@/data/decks/deck";
import { parseUrlState } from "@/navigation/url-state";

import { TitlePicker } from "./title-picker";

interface SlideItemProps {
  readonly slide: Slide;
  readonly index: number;
  readonly count: number;
  readonly href: string;
  readonly onEdit: (patch: { title?: string; notes?: string }) => void;
  readonly onMove: (to: number) => void;
  readonly onDuplicate: () => void;
  readonly onRemove: () => void;
  readonly onPresent: () => void;
}

export function SlideItem(props: SlideItemProps) {
  const { t } = useT();
  const id = useId();
  const { slide, index } = props;
  const n = index + 1;
  const view = parseUrlState(slide.query).state.view;
  return (
    <li className="deck-slide" aria-labelledby={`${id}-label`}>
      <h3 className="deck-slide__label" id={`${id}-label`}>
        {t("presentation.slideLabel", { n })}
        {slide.title === "" ? "" : ": "}
        {slide.title !== "" && <bdi>{slide.title}</bdi>}
      </h3>
      <div className="deck-slide__fields">
        <label htmlFor={`${id}-title`}>{t("presentation.title")}</label>
        <input
          id={`${id}-title`}
          value={slide.title}
          maxLength={DECK_LIMITS.title}
          onChange={(event) => {
            props.onEdit({ title: event.target.value });
          }}
        />
        <TitlePicker
          notes={slide.notes}
          title={slide.title}
          onPick={(title) => {
            props.onEdit({ title: fitText(title, DECK_LIMITS.title) });
          }}
        />
        <label htmlFor={`${id}-notes`}>{t("presentation.notes")}</label>
        <textarea
          id={`${id}-notes`}
          rows={3}
          value={slide.notes}
          maxLength={DECK_LIMITS.notes}
          onChange={(event) => {
            props.onEdit({ notes: event.target.value });
          }}
        />
        <p className="deck-slide__meta">
          {t("presentation.shows")}: {t(`views.${view}`)} ·{" "}
          {t("presentation.versions")}:{" "}
          {slide.versions.map((v) => `${v.id}@${String(v.version)}`).join(", ")}{" "}
          · <a href={props.href}>{t("presentation.openView")}</a>
        </p>
      </div>
      <SlideActions
        n={n}
        count={props.count}
        onMove={props.onMove}
        onDuplicate={props.onDuplicate}
        onRemove={props.onRemove}
        onPresent={props.onPresent}
      />
    </li>
  );
}

/** The buttons of slide `n` (1-based) of `count`. */
function SlideActions({
  n,
  count,
  onMove,
  onDuplicate,
  onRemove,
  onPresent,
}: {
  n: number;
  count: number;
  onMove: (to: number) => void;
  onDuplicate: () => void;
  onRemove: () => void;
  onPresent: () => void;
}) {
  const { t } = useT();
  return (
    <div
      className="deck-slide__actions"
      role="group"
      aria-label={t("presentation.slideLabel", { n })}
    >
      <button
        type="button"
        className="button"
        disabled={n === 1}
        onClick={() => {
          onMove(n - 2);
        }}
      >
        {t("presentation.moveUp")}
      </button>
      <button
        type="button"
        className="button"
        disabled={n === count}
        onClick={() => {
          onMove(n);
        }}
      >
        {t("presentation.moveDown")}
      </button>
      <button type="button" className="button" onClick={onDuplicate}>
        {t("presentation.duplicate")}
      </button>
      <button type="button" className="button" onClick={onRemove}>
        {t("presentation.remove")}
      </button>
      <button type="button" className="button" onClick={onPresent}>
        {t("presentation.presentFrom", { n })}
      </button>
    </div>
  );
}
