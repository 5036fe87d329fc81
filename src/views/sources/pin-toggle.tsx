/** Pins one published version of a dataset in the URL, or removes the pin. */
import type { UrlStateApi } from "@/navigation/use-url-state";
import { useT } from "@/i18n/i18n";

export function PinToggle({
  url,
  id,
  version,
}: {
  url: UrlStateApi;
  id: string;
  version: number;
}) {
  const { t } = useT();
  const others = url.state.versions.filter((p) => p.id !== id);
  const pinned = url.state.versions.some(
    (p) => p.id === id && p.version === version,
  );
  const next = pinned ? others : [...others, { id, version }];
  return (
    <a
      href={url.href({ versions: next })}
      onClick={(event) => {
        event.preventDefault();
        url.update({ versions: next }, { replace: false });
      }}
    >
      {pinned ? t("versionDiff.pinned") : t("versionDiff.pin", { version })}
    </a>
  );
}
