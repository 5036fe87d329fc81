/**
 * The words of a URL notice (UrlNotices): which message a notice gets, the mode shown instead,
 * and the sentence with the link's own text isolated so it cannot reorder the app's words.
 */
import type { ReactNode } from "react";

import { stripBidi } from "@/domain/bidi";
import type { NoticeKey } from "@/navigation/url-params";
import type { Translate } from "@/i18n/i18n";

export const VALUE = "\ue000";
export const FALLBACK = "\ue001";

/**
 * The sentence with the outside text in <bdi>, without bidi controls: a U+202E in a URL value
 * cannot reverse the app's own words after it ("2023" shown as "3202").
 */
export function isolated(sentence: string, value: string, fallback: string) {
  return sentence
    .split(/([\ue000\ue001])/)
    .map((part, i): ReactNode =>
      part === VALUE || part === FALLBACK ? (
        <bdi key={i}>{stripBidi(part === VALUE ? value : fallback)}</bdi>
      ) : (
        part
      ),
    );
}

/** The mode shown instead: the one named, or the view's own choice (a malformed link). */
export function modeName(fallback: string | undefined, t: Translate): string {
  if (fallback === "absolute") return t("compare.modeAbsolute");
  if (fallback === "per-capita") return t("compare.modePerCapita");
  return t("urlNotice.defaultMode");
}

/**
 * The message of a notice: a malformed indicator or period without a fallback is one the view
 * does not read (the view that reads it names what it shows instead), so it is "not used".
 */
export function messageKey(
  key: Exclude<NoticeKey, "moreNotices" | "tooManyVersions">,
  fallback: string | undefined,
) {
  if (fallback === undefined && key === "malformedIndicator")
    return "malformedIndicatorUnused";
  if (fallback === undefined && key === "malformedPeriod")
    return "malformedPeriodUnused";
  return key;
}
