/**
 * A banner while the URL pins dataset versions: which datasets are fixed at which version, and a
 * link back to the latest. Every chart's source line also names the version it shows. A pin of
 * a dataset the manifest does not know (`constructor@1`) is refused with a line of its own.
 */
import { useManifest } from "@/data/queries";
import type { DatasetPin } from "@/navigation/url-state";
import type { UrlStateApi } from "@/navigation/use-url-state";
import { useT } from "@/i18n/i18n";

export function PinnedVersions({ url }: { url: UrlStateApi }) {
  const { t } = useT();
  const manifest = useManifest();
  const all: readonly DatasetPin[] = url.state.versions;
  const known = (p: DatasetPin): boolean =>
    manifest.data?.datasets.some((d) => d.id === p.id) ?? true;
  const pins = all.filter(known);
  const unknown = all.filter((p) => !known(p));
  if (all.length === 0) return null;
  return (
    <section
      className="notice notice--info pinned-versions"
      aria-label={t("pins.title")}
    >
      <div className="notice__body">
        <strong className="notice__title">{t("pins.title")}</strong>
        {pins.length > 0 && (
          <p>
            {t("pins.text", {
              list: pins.map((p) => `${p.id} v${String(p.version)}`).join(", "),
            })}
          </p>
        )}
        {unknown.length > 0 && (
          <ul>
            {unknown.slice(0, 10).map((p) => (
              <li key={p.id}>
                {t("urlNotice.unknownDataset", { value: p.id })}
              </li>
            ))}
            {unknown.length > 10 && (
              <li>
                {t("urlNotice.moreNotices", {
                  n: String(unknown.length - 10),
                })}
              </li>
            )}
          </ul>
        )}
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
