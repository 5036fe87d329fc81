/**
 * A banner while the URL pins dataset versions: which datasets are fixed at which version, and a
 * link back to the latest. Every chart's source line also names the version it shows. A pin of
 * a dataset the manifest does not know (`constructor@1`) is refused with a line of its own; a pin
 * of a version that was never published is named as such (its charts show the data error, never
 * another version's figures). At most ten lines of each kind.
 */
import { useManifest } from "@/data/queries";
import type { Manifest } from "@/data/schemas/manifest";
import type { DatasetPin } from "@/navigation/url-state";
import type { UrlStateApi } from "@/navigation/use-url-state";
import { useT } from "@/i18n/i18n";

const MAX_LINES = 10;

type Checked = { pin: DatasetPin; published: readonly number[] | null };

/** Each pin with its dataset's published versions (null: no such dataset; all known until loaded). */
function check(pins: readonly DatasetPin[], manifest?: Manifest): Checked[] {
  return pins.map((pin) => {
    if (!manifest) return { pin, published: [pin.version] };
    const entry = manifest.datasets.find((d) => d.id === pin.id);
    return {
      pin,
      published: entry ? entry.versions.map((v) => v.version) : null,
    };
  });
}

export function PinnedVersions({ url }: { url: UrlStateApi }) {
  const { t } = useT();
  const manifest = useManifest();
  const all = check(url.state.versions, manifest.data);
  if (all.length === 0) return null;
  const shown = all.filter((c) => c.published?.includes(c.pin.version));
  const unpublished = all.filter(
    (c) => c.published !== null && !c.published.includes(c.pin.version),
  );
  const unknown = all.filter((c) => c.published === null);
  const more = (n: number) =>
    n > MAX_LINES && (
      <li>{t("urlNotice.moreNotices", { n: String(n - MAX_LINES) })}</li>
    );
  return (
    <section
      className="notice notice--info pinned-versions"
      aria-label={t("pins.title")}
    >
      <div className="notice__body">
        <strong className="notice__title">{t("pins.title")}</strong>
        {shown.length > 0 && (
          <p>
            {t("pins.text", {
              list: shown
                .map((c) => `${c.pin.id} v${String(c.pin.version)}`)
                .join(", "),
            })}
          </p>
        )}
        {unpublished.length + unknown.length > 0 && (
          <ul>
            {unpublished.slice(0, MAX_LINES).map(({ pin, published }) => (
              <li key={`v-${pin.id}`}>
                {t("pins.unpublished", {
                  id: pin.id,
                  version: String(pin.version),
                  published: (published ?? []).join(", "),
                })}
              </li>
            ))}
            {more(unpublished.length)}
            {unknown.slice(0, MAX_LINES).map(({ pin }) => (
              <li key={`d-${pin.id}`}>
                {t("urlNotice.unknownDataset", { value: pin.id })}
              </li>
            ))}
            {more(unknown.length)}
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
