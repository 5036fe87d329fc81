/** Tells the user which parts of the link could not be used and what is shown instead. */
import type { UrlNotice } from "@/navigation/url-state";
import { useT } from "@/i18n/i18n";
import { Notice } from "@/ui/notice";

export function UrlNotices({ notices }: { notices: readonly UrlNotice[] }) {
  const { t } = useT();
  if (notices.length === 0) return null;
  return (
    <Notice
      title={t("urlNotice.title")}
      dismissLabel={t("urlNotice.dismiss")}
      tone="warning"
    >
      <ul>
        {notices.map((n) => (
          <li key={`${n.key}-${n.value}`}>
            {t(`urlNotice.${n.key}`, {
              value: n.value,
              fallback:
                n.key === "unknownMode"
                  ? t("compare.modeAbsolute")
                  : (n.fallback ?? ""),
            })}
          </li>
        ))}
      </ul>
    </Notice>
  );
}
