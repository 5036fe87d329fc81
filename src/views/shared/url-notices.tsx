/** Tells the user which parts of the link could not be used and what is shown instead. */
import { formatNumber } from "@/domain/format";
import type { UrlNotice } from "@/navigation/url-state";
import { useT } from "@/i18n/i18n";
import { Notice } from "@/ui/notice";

import {
  FALLBACK,
  isolated,
  messageKey,
  modeName,
  VALUE,
} from "./url-notice-text";

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
