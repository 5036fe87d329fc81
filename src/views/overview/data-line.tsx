/** Översikt's one line about the data: how many datasets, when last updated, and a link to Data och källor. */
import { request, useData } from "@/data/use-data";
import { formatDate } from "@/domain/format-period";
import { useT } from "@/i18n/i18n";
import type { UrlStateApi } from "@/navigation/use-url-state";

import { DataGate } from "../shared/data-gate";

export function DataLine({ url }: { url: UrlStateApi }) {
  const { t, locale } = useT();
  const gate = useData({ manifest: request.manifest() });
  if (gate.status !== "ready")
    return (
      <DataGate
        gate={gate}
        pending={<p aria-busy="true">{t("chart.loading")}</p>}
      />
    );
  const { datasets } = gate.data.manifest;
  // ISO dates (yyyy-mm-dd) sort as text.
  const latest = datasets
    .flatMap((d) => d.versions.map((v) => v.published))
    .reduce((a, b) => (b > a ? b : a), "");
  const patch = { view: "sources" as const };
  return (
    <p className="data-line">
      {t("overview.dataLine", {
        count: datasets.length,
        date: formatDate(latest, locale),
      })}{" "}
      <a
        href={url.href(patch)}
        onClick={(event) => {
          event.preventDefault();
          url.update(patch);
        }}
      >
        {t("overview.dataLineLink")}
      </a>
    </p>
  );
}
