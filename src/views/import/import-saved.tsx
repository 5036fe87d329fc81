/** The card after a save: the dataset's name and links to the views that can show it. */
import type { LocalDatasetMeta } from "@/data/local/local-dataset";
import type { UrlStateApi } from "@/navigation/use-url-state";
import { useT } from "@/i18n/i18n";

export function ImportSaved({
  url,
  meta,
}: {
  url: UrlStateApi;
  meta: LocalDatasetMeta;
}) {
  const { t } = useT();
  return (
    <section className="card import-saved" aria-labelledby="import-saved">
      <div role="status">
        <h2 id="import-saved">{t("importView.saved", { name: meta.name })}</h2>
      </div>
      <SavedLinks url={url} meta={meta} />
    </section>
  );
}

function SavedLinks({
  url,
  meta,
}: {
  url: UrlStateApi;
  meta: LocalDatasetMeta;
}) {
  const { t } = useT();
  const first =
    meta.indicators.find((i) => i.scope === "kommun") ?? meta.indicators[0];
  const link = (
    view: "compare" | "map" | "sources",
    label: string,
    withIndicator: boolean,
  ) => {
    const patch = {
      view,
      indicator: withIndicator && first ? first.id : null,
      period: null,
      group: null,
      table: false,
    };
    return (
      <a
        className="button"
        href={url.href(patch)}
        onClick={(event) => {
          event.preventDefault();
          url.update(patch);
        }}
      >
        {label}
      </a>
    );
  };
  return (
    <p className="import-saved__links">
      {first && link("compare", t("importView.openCompare"), true)}{" "}
      {first?.scope === "kommun" && link("map", t("importView.openMap"), true)}{" "}
      {link("sources", t("importView.openSources"), false)}
    </p>
  );
}
