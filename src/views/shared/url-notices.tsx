/** Tells the user which parts of the link could not be used and what is shown instead. */
import type { ReactNode } from "react";

import { stripBidi } from "@/domain/bidi";
import { formatNumber } from "@/domain/format";
import type { NoticeKey } from "@/navigation/url-params";
import type { UrlNotice } from "@/navigation/url-state";
import { useT, type Translate } from "@/i18n/i18n";
import { Notice } from "@/ui/notice";

const VALUE = "\ue000";
const FALLBACK = "\ue001";

/**
 * The sentence with the outside text in <bdi>, without bidi controls: a U+202E in a URL value
 * cannot reverse the app's own words after it ("2023" shown as "3202").
 */
function isolated(sentence: string, value: string, fallback: string) {
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
function modeName(fallback: string | undefined, t: Translate): string {
  if (fallback === "absolute") return t("compare.modeAbsolute");
  if (fallback === "per-capita") return t("compare.modePerCapita");
  return t("urlNotice.defaultMode");
}

/**
 * The message of a notice: a malformed indicator or period without a fallback is one the view
 * does not read (the view that reads it names what it shows instead), so it is "not used".
 */
function messageKey(
  key: Exclude<NoticeKey, "moreNotices" | "tooManyVersions">,
  fallback: string | undefined,
) {
  if (fallback === undefined && key === "malformedIndicator")
    return "malformedIndicatorUnused";
  if (fallback === undefined && key === "malformedPeriod")
    return "malformedPeriodUnused";
  return key;
}

export function UrlNotices({ notices }: { notices: readonly UrlNotice[] }) {
  const { t, locale } = useT();
  if (notices.length === 0) return null;
  const count = (n: UrlNotice): string =>
    formatNumber(Number(n.value), 0, locale);
  return (
    <Notice
      title={t("urlNotice.title")}
      dismissLabel={t("urlNotice.dismiss")}
      tone="warning"
    >
      <ul>
        {notices.map((n) => (
          <li key={`${n.key}-${n.value}-${n.fallback ?? ""}`}>
            {n.key === "moreNotices" || n.key === "tooManyVersions"
              ? t(`urlNotice.${n.key}`, {
                  n: count(n),
                  max: n.fallback ?? "",
                })
              : isolated(
                  t(`urlNotice.${messageKey(n.key, n.fallback)}`, {
                    value: VALUE,
                    fallback: FALLBACK,
                  }),
                  n.value,
                  n.key === "unknownMode"
                    ? modeName(n.fallback, t)
                    : (n.fallback ?? ""),
                )}
          </li>
        ))}
      </ul>
    </Notice>
  );
}
