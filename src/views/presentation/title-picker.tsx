/**
 * Under a slide's title field: the sentences of its speaker notes (at first the chart's summary)
 * as one-click titles, so the slide's headline can say the point (title-suggestions.ts).
 */
import { useId } from "react";

import { useT } from "@/i18n/i18n";

import { titleSuggestions } from "./title-suggestions";

export function TitlePicker({
  notes,
  title,
  onPick,
}: {
  notes: string;
  title: string;
  onPick: (title: string) => void;
}) {
  const { t } = useT();
  const id = useId();
  const suggestions = titleSuggestions(notes, title);
  if (suggestions.length === 0) return null;
  return (
    <div className="deck-slide__titles" role="group" aria-labelledby={id}>
      <p id={id} className="deck-slide__titles-label">
        {t("presentation.titleFromNotes")}
      </p>
      <ul>
        {suggestions.map((s) => (
          <li key={s}>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => {
                onPick(s);
              }}
            >
              <bdi>{s}</bdi>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
