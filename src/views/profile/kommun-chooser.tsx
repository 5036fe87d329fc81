/**
 * Kommunprofil without a kommun: the 26 kommuner as a grid of links, alphabetical. Each is an
 * ordinary link (Tab, Enter, open in a new tab), so the page is never empty.
 */
import type { Area } from "@/domain/areas";
import type { UrlStateApi } from "@/navigation/use-url-state";
import { useT } from "@/i18n/i18n";

export function KommunChooser({
  kommuner,
  url,
}: {
  readonly kommuner: readonly Area[];
  readonly url: UrlStateApi;
}) {
  const { t, locale } = useT();
  const collator = new Intl.Collator(locale);
  const sorted = [...kommuner].sort((a, b) => collator.compare(a.name, b.name));
  return (
    <section className="kommun-chooser" aria-labelledby="kommun-chooser">
      <h2 id="kommun-chooser">{t("profile.chooserTitle")}</h2>
      <p className="profile-prompt">{t("profile.prompt")}</p>
      <ul className="kommun-chooser__grid">
        {sorted.map((k) => (
          <li key={k.code}>
            <a
              className="kommun-chooser__link"
              href={url.href({ kommuner: [k.code] })}
              onClick={(event) => {
                event.preventDefault();
                url.update({ kommuner: [k.code] });
              }}
            >
              {k.name}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
