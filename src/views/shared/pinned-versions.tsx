/**
 * A banner while the URL pins dataset versions: which datasets are fixed at which version, and a
 * link back to the latest. Every chart's source line also names the version it shows.
 */
import type { DatasetPin } from "@/navigation/url-state";
import type { UrlStateApi } from "@/navigation/use-url-state";
import { useT } from "@/i18n/i18n";

export function PinnedVersions({ url }: { url: UrlStateApi }) {
  const { t } = useT();
  const pins: readonly DatasetPin[] = url.state.versions;
  if (pins.length === 0) return null;
  return (
    <section
      className="notice notice--info pinned-versions"
      aria-label={t("pins.title")}
    >
      <div className="notice__body">
        <strong className="notice__title">{t("pins.title")}</strong>
        <p>
          {t("pins.text", {
            list: pins.map((p) => `${p.id} v${String(p.version)}`).join(", "),
          })}
        </p>
      </div>
      <a
        className="button button--quiet"
        href={url.href({ versions: [] })}
        onClick={(event) => {
          event.preventDefault();
          url.update({ versions: [] });
        }}
      >
        {t("pins.showLatest")}
      </a>
    </section>
  );
}
