/**
 * "Uppdatera": shown when a new version of the app has been downloaded by the service worker and
 * waits. The service worker is registered here, a moment after the first render
 * from a module loaded on demand (pwa.ts), so it never delays the first chart.
 */
import { useEffect, useState } from "react";

import { useT } from "@/i18n/i18n";

export function UpdateNotice() {
  const { t } = useT();
  const [update, setUpdate] = useState<(() => void) | null>(null);
  const [dismissed, setDismissed] = useState(false);

  useEffect(() => {
    if (!import.meta.env.PROD) return;
    const start = (): void => {
      void import("./pwa").then(({ registerServiceWorker }) => {
        registerServiceWorker((activate) => {
          setUpdate(() => activate);
        });
      });
    };
    // requestIdleCallback is not in every browser (Safari): a timer does the same there.
    const timer = setTimeout(start, 1500);
    return () => {
      clearTimeout(timer);
    };
  }, []);

  if (!update || dismissed) return null;
  return (
    <section className="notice update-notice" aria-label={t("pwa.title")}>
      <div className="notice__body">
        <strong className="notice__title">{t("pwa.title")}</strong>
        <p>{t("pwa.text")}</p>
      </div>
      <div className="update-notice__buttons">
        <button
          type="button"
          className="button button--primary"
          onClick={update}
        >
          {t("pwa.update")}
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            setDismissed(true);
          }}
        >
          {t("pwa.later")}
        </button>
      </div>
    </section>
  );
}
