/**
 * The kommuner a chart has no value (or no mark) for, listed below it with why: one list for
 * Jämför kommuner, Karta and Behov och resurser. `missingReason` says why one ranked row has no
 * value; `missingRows` picks the rows to list.
 */
import { noteLang, noteText } from "@/domain/note-text";
import type { Translate, UiLocale } from "@/i18n/i18n";

import type { RankingRow } from "./series/ranking-series";

export interface MissingItem {
  readonly key: string;
  /** One kommun, or several with the same reason ("Danderyd, Ekerö"). */
  readonly names: string;
  readonly reason: string;
  /** "sv" when the reason is a Swedish note with no English version. */
  readonly lang?: "sv" | undefined;
}

/** Why a kommun has no value: its reason, else the source's note, else its status. */
export function missingReason(
  row: RankingRow,
  t: Translate,
  locale: UiLocale,
): string {
  const status = t(`status.${row.status}`);
  if (row.reason) return row.reason[locale];
  return row.note !== "" ? `${status}: ${noteText(row.note)[locale]}` : status;
}

/** "sv" when the reason shown is a note left in Swedish (see noteLang). */
function missingLang(row: RankingRow, locale: UiLocale): "sv" | undefined {
  const text = row.reason ?? (row.note !== "" ? noteText(row.note) : null);
  return text ? noteLang(text, locale) : undefined;
}

/**
 * The rows without a value, each with why, in the order given. A range-only row has no value
 * but is listed only when the chart cannot draw its range (`rangeDrawn: false`).
 */
export function missingRows(
  rows: readonly RankingRow[],
  t: Translate,
  locale: UiLocale,
  options: { readonly rangeDrawn: boolean },
): MissingItem[] {
  return rows
    .filter(
      (r) =>
        r.value === null && !(options.rangeDrawn && r.status === "range-only"),
    )
    .map((r) => ({
      key: r.code,
      names: r.name,
      reason: missingReason(r, t, locale),
      lang: missingLang(r, locale),
    }));
}

/** The list under a chart; nothing when every kommun has a value. */
export function MissingList({
  title,
  items,
}: {
  readonly title: string;
  readonly items: readonly MissingItem[];
}) {
  if (items.length === 0) return null;
  return (
    <section className="missing-list" aria-label={title}>
      <h3>{title}</h3>
      <ul>
        {items.map((item) => (
          <li key={item.key}>
            <strong>{item.names}</strong>:{" "}
            <span lang={item.lang}>{item.reason}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
